// athena's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const athenaBase = {
  accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'SECRET-athena-secret-key' },
  region: 'eu-west-1',
  workgroup: 'primary',
  scope: { include: [{ database: 'analytics' }], exclude: [] },
};

export const examples: ConnectorExamples = {
  valid: [
    athenaBase,
    {
      ...athenaBase,
      connectionDatabase: 'awsdatacatalog',
      writeDatabase: 'exports',
      bucketS3: { bucketName: 'athena-results', bucketRegion: 'eu-west-1' },
      useShowCreateTable: true,
    },
  ],
  invalid: changes(athenaBase, [
    ['region is not an AWS region', 'region', 'Europe'],
    ['access key id is lowercase', 'accessKey.accessKeyId', 'akiaexample'],
    ['secret access key is missing', 'accessKey.secretAccessKey', undefined],
    ['access key is missing', 'accessKey', undefined],
    ['a scope rule has no database', 'scope.include', [{ schema: 'x' }]],
    ['workgroup is longer than 128 characters', 'workgroup', 'w'.repeat(129)],
    ['staging bucket region is malformed', 'bucketS3', { bucketName: 'athena-results', bucketRegion: 'eu-west' }],
    ['fetchQueryLogs is a string', 'fetchQueryLogs', 'no'],
  ]),
};
