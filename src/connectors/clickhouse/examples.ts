// clickhouse's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { awsKeys, type ConnectorExamples, changes, hostPortPasswordInvalid, password } from '../examples-kit.js';

const clickhouseBase = {
  host: 'abc123.eu-west-1.aws.clickhouse.cloud',
  port: 9440,
  writeDatabase: 'exports',
  auth: password('clickhouse'),
  bucket: { bucketS3: { bucketName: 'acme-staging', bucketRegion: 'eu-west-1', awsAccessKeys: awsKeys('clickhouse') } },
};
const clickhouseGcsBucket = {
  bucketName: 'acme-staging',
  gcsHmacKeys: { accessKey: 'GOOG1EEXAMPLEACCESSID', secret: 'SECRET-clickhouse-hmac-secret' },
};

export const examples: ConnectorExamples = {
  valid: [
    clickhouseBase,
    { ...clickhouseBase, cluster: 'default', connectionDatabase: 'default', bucket: { bucketGcs: clickhouseGcsBucket } },
    { host: 'clickhouse.internal', writeDatabase: 'exports', auth: password('clickhouse'), disableSsl: true },
  ],
  invalid: [
    ...hostPortPasswordInvalid(clickhouseBase),
    ...changes(clickhouseBase, [
      ['staging bucket gives two members', 'bucket.bucketGcs', clickhouseGcsBucket],
      ['staging bucket gives no member', 'bucket', {}],
      ['S3 staging bucket has no access keys', 'bucket.bucketS3.awsAccessKeys', undefined],
      ['S3 staging bucket region is not an AWS region', 'bucket.bucketS3.bucketRegion', 'moon-1'],
      ['AWS access key id is lowercase', 'bucket.bucketS3.awsAccessKeys.accessId', 'akiaexample'],
      ['writeDatabase is empty', 'writeDatabase', ''],
    ]),
  ],
};
