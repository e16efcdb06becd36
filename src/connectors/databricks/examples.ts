// databricks's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { awsKeys, type ConnectorExamples, changes } from '../examples-kit.js';

const databricksBase = {
  host: 'dbc-a1b2c3d4-e5f6.cloud.databricks.com',
  httpPath: '/sql/1.0/warehouses/abc123def456',
  catalog: 'main',
  schema: 'exports',
  auth: { oauthClientSecretAuth: { clientId: 'c0ffee-client', clientSecret: 'SECRET-databricks-client-secret' } },
};

export const examples: ConnectorExamples = {
  valid: [
    databricksBase,
    {
      ...databricksBase,
      catalog: undefined,
      port: 443,
      useSshTunnel: true,
      hive: { bucketS3: { bucketName: 'acme-hive', bucketRegion: 'us-west-2', awsAccessKeys: awsKeys('databricks') } },
    },
  ],
  invalid: changes(databricksBase, [
    ['HTTP path has no leading slash', 'httpPath', 'sql/1.0/warehouses/abc123'],
    ['schema is missing', 'schema', undefined],
    ['port 70000 is out of range', 'port', 70000],
    ['hive gives an unknown member', 'hive', { bucketGcs: { bucketName: 'acme-hive' } }],
    ['client secret is missing', 'auth.oauthClientSecretAuth.clientSecret', undefined],
    ['auth gives two members', 'auth.personalAccessToken', { token: 'SECRET-databricks-pat' }],
    ['host is a URL, not a hostname', 'host', 'https://dbc-a1b2c3d4-e5f6.cloud.databricks.com'],
  ]),
};
