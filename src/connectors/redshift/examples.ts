// redshift's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { awsKeys, type ConnectorExamples, changes, hostPortPasswordInvalid, password } from '../examples-kit.js';

const redshiftBase = {
  host: 'examplecluster.abc123xyz789.us-west-1.redshift.amazonaws.com',
  database: 'dev',
  schema: 'exports',
  auth: password('redshift'),
  bucketS3: { bucketName: 'acme-staging', bucketRegion: 'us-west-1', awsAccessKeys: awsKeys('redshift') },
};

export const examples: ConnectorExamples = {
  valid: [redshiftBase, { host: 'default.123456789012.us-east-1.redshift-serverless.amazonaws.com', database: 'dev', auth: password('redshift') }],
  invalid: [
    ...hostPortPasswordInvalid(redshiftBase),
    ...changes(redshiftBase, [
      ['staging bucket has no access keys', 'bucketS3.awsAccessKeys', undefined],
      ['staging bucket region is malformed', 'bucketS3.bucketRegion', 'us-east'],
      ['staging bucket name has uppercase letters', 'bucketS3.bucketName', 'Acme-Staging'],
      ['schema is empty', 'schema', ''],
    ]),
  ],
};
