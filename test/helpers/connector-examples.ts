// Hand-written configs for every connector in the registry: valid ones (the first is the one the
// HTTP tests create) and invalid ones, each saying why it is invalid. Values are written as the
// connector's zod schema takes them (enum values lowercase); test/connectors.test.ts turns them
// into GraphQL input. Every secret value contains "SECRET-" so a leak is easy to find (the global
// teardown scans the server logs for that marker too).

export type Config = Record<string, unknown>;

export interface InvalidExample {
  why: string;
  config: unknown;
}

export interface ConnectorExamples {
  valid: Config[];
  invalid: InvalidExample[];
}

/** A copy of `base` with the value at a dotted path replaced; `undefined` removes the key. */
export function withChange(base: Config, path: string, value: unknown): Config {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Invalid examples built from one valid config: `[why, path, value]` each. */
function changes(base: Config, list: [why: string, path: string, value: unknown][]): InvalidExample[] {
  return list.map(([why, path, value]) => ({ why, config: withChange(base, path, value) }));
}

const password = (connector: string) => ({ passwordAuth: { username: 'loader', password: `SECRET-${connector}-password` } });

const awsKeys = (connector: string) => ({ accessId: 'AKIAEXAMPLE123', secretKey: `SECRET-${connector}-aws-secret-key` });

const serviceAccountKey = (connector: string) => ({
  serviceAccountEmail: 'loader@acme-analytics.iam.gserviceaccount.com',
  serviceAccountKey: JSON.stringify({ type: 'service_account', project_id: 'acme-analytics', private_key: `SECRET-${connector}-sa-key` }),
});

const serviceAccountRole = { serviceAccountEmail: 'loader@acme-analytics.iam.gserviceaccount.com' };

const roleArn = 'arn:aws:iam::123456789012:role/service-role/iceberg-writer';

/** The invalid examples every connector with host, port and password auth shares. */
function hostPortPasswordInvalid(base: Config): InvalidExample[] {
  return changes(base, [
    ['port 0 is out of range', 'port', 0],
    ['port 65536 is out of range', 'port', 65536],
    ['port is a string', 'port', '5432'],
    ['port is not an integer', 'port', 54.5],
    ['host has spaces and symbols', 'host', 'db example!com'],
    ['host is missing', 'host', undefined],
    ['auth is missing', 'auth', undefined],
    ['auth gives no member', 'auth', {}],
    ['auth gives two members', 'auth', { ...(base.auth as Config), tokenAuth: { token: 'SECRET-two-members' } }],
    ['password is empty', 'auth.passwordAuth.password', ''],
    ['password is a number', 'auth.passwordAuth.password', 1234],
    ['username is missing', 'auth.passwordAuth.username', undefined],
    ['disableSsl is a string', 'disableSsl', 'true'],
  ]);
}

function mysqlLike(name: string): ConnectorExamples {
  const base = {
    host: 'mysql.example.com',
    port: 3306,
    connectionDatabase: 'app',
    writeDatabase: 'exports',
    auth: password(name),
  };
  return {
    valid: [base, { host: '10.0.0.12', writeDatabase: 'exports', auth: password(name), useSshTunnel: true, disableSsl: true }],
    invalid: [
      ...hostPortPasswordInvalid(base),
      ...changes(base, [
        ['writeDatabase is missing', 'writeDatabase', undefined],
        ['writeDatabase is longer than 64 characters', 'writeDatabase', 'x'.repeat(65)],
        ['disableSsl is a number', 'disableSsl', 1],
      ]),
    ],
  };
}

function postgresLike(name: string): ConnectorExamples {
  const base = { host: 'db.example.com', port: 5432, database: 'app', schema: 'public', auth: password(name) };
  return {
    valid: [base, { host: 'db.internal', database: 'app', auth: password(name), connectionTimeoutInSeconds: 30, useSshTunnel: true }],
    invalid: [
      ...hostPortPasswordInvalid(base),
      ...changes(base, [
        ['database is missing', 'database', undefined],
        ['schema is empty', 'schema', ''],
        ['connection timeout 0 is out of range', 'connectionTimeoutInSeconds', 0],
        ['connection timeout 301 is out of range', 'connectionTimeoutInSeconds', 301],
      ]),
    ],
  };
}

const absBase = {
  storageAccountName: 'acmeexports',
  containerName: 'prequel-data',
  folder: 'daily',
  auth: { azureServiceSharedAccessSignature: { sharedAccessSignatureToken: 'sv=2022-11-02&sig=SECRET-abs-sas-token' } },
};

const athenaBase = {
  accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'SECRET-athena-secret-key' },
  region: 'eu-west-1',
  workgroup: 'primary',
  scope: { include: [{ database: 'analytics' }], exclude: [] },
};

const bigqueryBase = {
  projectId: 'acme-analytics',
  dataset: 'prequel_exports',
  location: 'EU',
  auth: { gcpServiceAccountKey: serviceAccountKey('bigquery') },
  bucketGcs: { bucketName: 'acme-staging', folder: 'bigquery' },
};

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

const databricksBase = {
  host: 'dbc-a1b2c3d4-e5f6.cloud.databricks.com',
  httpPath: '/sql/1.0/warehouses/abc123def456',
  catalog: 'main',
  schema: 'exports',
  auth: { oauthClientSecretAuth: { clientId: 'c0ffee-client', clientSecret: 'SECRET-databricks-client-secret' } },
};

const deltaLakeBase = {
  bucket: {
    bucketAbs: {
      storageAccountName: 'acmelake',
      containerName: 'delta',
      bucketAuth: { azureStorageAccountAccessKey: { storageAccountAccessKey: 'SECRET-delta-abs-access-key' } },
    },
  },
  retentionWindowDays: 30,
  columnMappingMode: 'name',
};

const gcsBase = { bucketName: 'acme-exports', folder: 'prequel', auth: { gcpServiceAccountRole: serviceAccountRole } };

const httpApiBase = {
  baseUrl: 'https://api.example.com',
  headers: { Accept: 'application/json' },
  credentials: {
    oauth2: { clientId: 'client-1', clientSecret: 'SECRET-http-client-secret', tokenHost: 'https://auth.example.com' },
  },
  authorization: { bearer: { token: 'SECRET-http-bearer-token' } },
  pagination: { page: { pageKey: 'page', limitKey: 'per_page' } },
  resources: [{ name: 'users', method: 'list', path: '/users', responsePath: 'data.users' }],
  webhook: { signatureVerification: { secret: 'SECRET-http-webhook-secret' } },
};

const icebergS3Bucket = {
  bucketName: 'acme-lake',
  bucketRegion: 'us-east-1',
  folder: 'iceberg',
  bucketAuth: { awsIamRole: { awsIamRoleArn: roleArn } },
};
const icebergBase = {
  catalog: {
    catalogIcebergRest: {
      uri: 'https://polaris.example.com/api/catalog',
      warehouse: 'analytics',
      namespace: 'exports',
      auth: { oauthClientSecretAuth: { clientId: 'polaris-client', clientSecret: 'SECRET-iceberg-client-secret' } },
      storageOptions: { bucketS3: icebergS3Bucket },
    },
  },
};

const oracleBase = {
  host: 'oracle.example.com',
  port: 1521,
  database: 'ORCLPDB1',
  schema: 'LOADER',
  auth: password('oracle'),
  // Base64 ("SECRET-oracle-wallet" cannot be base64: it has hyphens); the test looks for the value itself.
  sslOptions: { wallet: 'U0VDUkVUb3JhY2xld2FsbGV0SECRETwallet==' },
};

const sftpBase = {
  host: 'sftp.example.com',
  username: 'prequel',
  folder: '/upload',
  auth: {
    publicKeyAuth: {
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nSECRET-sftp-private-key\n-----END OPENSSH PRIVATE KEY-----\n',
      publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey gateway@example.com',
    },
  },
};

const snowflakeBase = {
  host: 'xy12345.eu-west-1.snowflakecomputing.com',
  username: 'PREQUEL_LOADER',
  database: 'ANALYTICS',
  schema: 'EXPORTS',
  warehouse: 'LOADING',
  auth: { keyPairAuth: { privateKey: '-----BEGIN PRIVATE KEY-----\nSECRET-snowflake-private-key\n-----END PRIVATE KEY-----\n' } },
};

const redshiftBase = {
  host: 'examplecluster.abc123xyz789.us-west-1.redshift.amazonaws.com',
  database: 'dev',
  schema: 'exports',
  auth: password('redshift'),
  bucketS3: { bucketName: 'acme-staging', bucketRegion: 'us-west-1', awsAccessKeys: awsKeys('redshift') },
};

const s3Base = {
  bucketName: 'my-bucket',
  bucketRegion: 'us-east-1',
  folder: 'exports',
  awsAccessKeys: { accessId: 'AKIAS3EXAMPLE', secretKey: 'SECRET-s3-secret-key' },
};

const mongodbBase = { host: 'mongo.example.com', writeDatabase: 'exports', auth: password('mongodb') };

const sqlServerBase = { host: 'sql.example.com', port: 1433, database: 'app', schema: 'dbo', auth: password('sql-server') };

export const connectorExamples: Record<string, ConnectorExamples> = {
  abs: {
    valid: [absBase, { ...absBase, folder: undefined, disableManifest: true }],
    invalid: changes(absBase, [
      ['storage account name has uppercase letters', 'storageAccountName', 'AcmeExports'],
      ['storage account name is too long', 'storageAccountName', 'a'.repeat(25)],
      ['container name is missing', 'containerName', undefined],
      ['container name has an underscore', 'containerName', 'prequel_data'],
      ['auth gives no member', 'auth', {}],
      ['auth gives an unknown member', 'auth', { ...absBase.auth, passwordAuth: { username: 'x', password: 'SECRET-abs-x' } }],
      ['SAS token is empty', 'auth.azureServiceSharedAccessSignature.sharedAccessSignatureToken', ''],
      ['SAS token is missing', 'auth.azureServiceSharedAccessSignature', {}],
      ['disableManifest is a string', 'disableManifest', 'yes'],
    ]),
  },
  athena: {
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
  },
  auroraMysql: mysqlLike('aurora-mysql'),
  auroraPostgres: postgresLike('aurora-postgres'),
  bigquery: {
    valid: [
      bigqueryBase,
      { projectId: 'acme-analytics', dataset: 'exports', auth: { gcpServiceAccountRole: serviceAccountRole } },
      { ...bigqueryBase, location: 'europe-west1', bucketGcs: undefined },
    ],
    invalid: changes(bigqueryBase, [
      ['project id has uppercase letters', 'projectId', 'Acme-Analytics'],
      ['project id is missing', 'projectId', undefined],
      ['dataset has a hyphen', 'dataset', 'prequel-exports'],
      ['location is not a BigQuery location', 'location', 'Mars 1'],
      ['service account email is not an email', 'auth.gcpServiceAccountKey.serviceAccountEmail', 'not-an-email'],
      ['service account key is not a JSON key file', 'auth.gcpServiceAccountKey.serviceAccountKey', 'SECRET-bigquery-not-json'],
      ['auth gives two members', 'auth.gcpServiceAccountRole', serviceAccountRole],
      ['staging bucket name has uppercase letters', 'bucketGcs.bucketName', 'Acme-Staging'],
    ]),
  },
  clickhouse: {
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
  },
  databricks: {
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
  },
  deltaLake: {
    valid: [
      deltaLakeBase,
      {
        bucket: {
          bucketGcs: { bucketName: 'acme-lake', folder: 'delta', bucketAuth: { gcpServiceAccountKey: serviceAccountKey('delta-lake') } },
        },
      },
      { bucket: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } } } },
      {
        bucket: {
          bucketS3Compatible: {
            endpoint: 'minio.internal.example.com',
            port: 9000,
            bucketName: 'delta',
            disableSsl: true,
            bucketAuth: { accessKeys: { accessId: 'minio-loader', secretKey: 'SECRET-delta-minio-secret' } },
          },
        },
        deletionVectorsDisabled: true,
        changeDataFeedDisabled: true,
        columnMappingMode: 'id',
      },
    ],
    invalid: changes(deltaLakeBase, [
      ['bucket is missing', 'bucket', undefined],
      ['bucket gives two members', 'bucket.bucketGcs', { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } }],
      ['column mapping mode is not one of none, name, id', 'columnMappingMode', 'auto'],
      ['column mapping mode is given in GraphQL case', 'columnMappingMode', 'NAME'],
      ['retention window 0 is out of range', 'retentionWindowDays', 0],
      ['retention window is not an integer', 'retentionWindowDays', 1.5],
      ['storage account access key is empty', 'bucket.bucketAbs.bucketAuth.azureStorageAccountAccessKey.storageAccountAccessKey', ''],
      ['bucket auth is missing', 'bucket.bucketAbs.bucketAuth', undefined],
    ]).concat([
      {
        why: 'GCS bucket auth gives both role and key',
        config: {
          bucket: {
            bucketGcs: {
              bucketName: 'acme-lake',
              bucketAuth: { gcpServiceAccountRole: serviceAccountRole, gcpServiceAccountKey: serviceAccountKey('delta-lake') },
            },
          },
        },
      },
      {
        why: 'S3-compatible port is out of range',
        config: {
          bucket: {
            bucketS3Compatible: {
              endpoint: 'minio.internal.example.com',
              port: 70000,
              bucketName: 'delta',
              bucketAuth: { accessKeys: { accessId: 'minio', secretKey: 'SECRET-delta-minio-x' } },
            },
          },
        },
      },
      {
        why: 'service account email is not an email',
        config: { bucket: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: { serviceAccountEmail: 'loader@' } } } } },
      },
    ]),
  },
  gcs: {
    valid: [
      gcsBase,
      {
        bucketName: 'acme-exports',
        auth: { gcsHmacKeys: { accessKey: 'GOOG1EEXAMPLEACCESSID', secret: 'SECRET-gcs-hmac-secret' } },
        disableManifest: true,
      },
    ],
    invalid: changes(gcsBase, [
      ['auth gives both role and HMAC keys', 'auth.gcsHmacKeys', { accessKey: 'GOOG1EEXAMPLEACCESSID', secret: 'SECRET-gcs-two' }],
      ['auth is missing', 'auth', undefined],
      ['bucket name has a space', 'bucketName', 'acme exports'],
      ['service account email is not an email', 'auth.gcpServiceAccountRole.serviceAccountEmail', 'loader@localhost'],
      ['HMAC access id is too short', 'auth', { gcsHmacKeys: { accessKey: 'GOOG', secret: 'SECRET-gcs-short' } }],
      ['folder is a number', 'folder', 42],
    ]),
  },
  googleSheets: {
    valid: [
      { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit' },
      { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
    ],
    invalid: [
      { why: 'host is missing', config: {} },
      { why: 'host is not a URL', config: { host: 'docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
      { why: 'host is not a Google Sheets URL', config: { host: 'https://example.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
      { why: 'host is plain http', config: { host: 'http://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn' } },
      { why: 'host has a space', config: { host: 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn/edit me' } },
      { why: 'host is a number', config: { host: 42 } },
    ],
  },
  httpApi: {
    valid: [httpApiBase, { baseUrl: 'http://localhost:8080/api' }],
    invalid: changes(httpApiBase, [
      ['base URL is not a URL', 'baseUrl', 'not a url'],
      ['base URL is not http(s)', 'baseUrl', 'ftp://api.example.com'],
      ['authorization gives two members', 'authorization.basic', { username: 'u', password: 'SECRET-http-basic' }],
      ['a resource method is not a known operation', 'resources', [{ name: 'users', method: 'fetch', path: '/users' }]],
      ['a resource name is not snake_case', 'resources', [{ name: 'Users', method: 'list', path: '/users' }]],
      ['page key is empty', 'pagination.page.pageKey', ''],
      ['query array format is unknown', 'queryArrayFormat', 'pipes'],
      ['webhook signs no parts', 'webhook.signatureVerification.parts', []],
      ['token host is not a URL', 'credentials.oauth2.tokenHost', 'auth.example.com'],
      ['headers hold a number', 'headers', { Accept: 1 }],
    ]),
  },
  iceberg: {
    valid: [
      icebergBase,
      {
        catalog: {
          catalogIcebergRest: {
            uri: 'https://catalog.example.com/api/catalog',
            namespace: 'exports',
            auth: { oauthBearerTokenAuth: { password: 'SECRET-iceberg-bearer-token' } },
            storageOptions: {
              bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } },
            },
          },
        },
        retentionWindowDays: 14,
      },
      { catalog: { catalogGlue: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } } } },
      {
        catalog: {
          catalogS3Tables: {
            tableBucketArn: 'arn:aws:s3tables:us-east-1:123456789012:bucket/analytics',
            database: 'exports',
            storageOptions: { bucketS3: icebergS3Bucket },
          },
        },
      },
      {
        catalog: {
          catalogGoogleLakehouse: {
            projectId: 'acme-analytics',
            catalogName: 'lakehouse',
            schema: 'exports',
            bucketName: 'acme-lake',
            auth: { gcpServiceAccountKey: serviceAccountKey('iceberg') },
          },
        },
      },
    ],
    invalid: [
      { why: 'catalog is missing', config: {} },
      { why: 'catalog gives no member', config: { catalog: {} } },
      {
        why: 'catalog gives two members',
        config: {
          catalog: {
            ...icebergBase.catalog,
            catalogGlue: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } },
          },
        },
      },
      ...changes(icebergBase, [
        ['catalog URI is not a URL', 'catalog.catalogIcebergRest.uri', 'polaris'],
        ['catalog URI is not http(s)', 'catalog.catalogIcebergRest.uri', 'ftp://polaris.example.com/catalog'],
        ['role ARN has a 3-digit account', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketAuth.awsIamRole.awsIamRoleArn', 'arn:aws:iam::123:role/x'],
        ['role ARN is not an IAM role', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketAuth.awsIamRole.awsIamRoleArn', 'arn:aws:s3:::acme-lake'],
        ['bucket region is not an AWS region', 'catalog.catalogIcebergRest.storageOptions.bucketS3.bucketRegion', 'US East'],
        ['namespace is missing', 'catalog.catalogIcebergRest.namespace', undefined],
        ['retention window is a string', 'retentionWindowDays', '7'],
        ['storage options give an unknown member', 'catalog.catalogIcebergRest.storageOptions', { bucketAbs: { containerName: 'x' } }],
      ]),
      {
        why: 'S3 Tables catalog has no table bucket ARN',
        config: { catalog: { catalogS3Tables: { database: 'exports', storageOptions: { bucketS3: icebergS3Bucket } } } },
      },
      {
        why: 'S3 Tables ARN names another service',
        config: {
          catalog: {
            catalogS3Tables: {
              tableBucketArn: 'arn:aws:s3:us-east-1:123456789012:bucket/analytics',
              database: 'exports',
              storageOptions: { bucketS3: icebergS3Bucket },
            },
          },
        },
      },
      {
        why: 'Glue storage options offer no GCS bucket',
        config: {
          catalog: {
            catalogGlue: {
              database: 'exports',
              storageOptions: { bucketGcs: { bucketName: 'acme-lake', bucketAuth: { gcpServiceAccountRole: serviceAccountRole } } },
            },
          },
        },
      },
    ],
  },
  mongodb: {
    valid: [mongodbBase, { ...mongodbBase, port: 27018, authenticationDatabase: 'users', disableSsl: true }],
    invalid: [
      ...hostPortPasswordInvalid(mongodbBase),
      ...changes(mongodbBase, [
        ['write database has a dot', 'writeDatabase', 'my.db'],
        ['authentication database has a space', 'authenticationDatabase', 'a b'],
        ['write database is missing', 'writeDatabase', undefined],
      ]),
    ],
  },
  motherduck: {
    valid: [
      { database: 'analytics', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-token' } } },
      { database: 'analytics', schema: 'exports', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-token-2' } } },
    ],
    invalid: [
      { why: 'database is missing', config: { auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-x' } } } },
      { why: 'access token is missing', config: { database: 'analytics', auth: { accessTokenAuth: {} } } },
      { why: 'access token is empty', config: { database: 'analytics', auth: { accessTokenAuth: { accessToken: '' } } } },
      { why: 'auth gives an unknown member', config: { database: 'analytics', auth: password('motherduck') } },
      { why: 'auth is a string discriminator', config: { database: 'analytics', auth: 'access_token_auth' } },
      { why: 'schema is empty', config: { database: 'analytics', schema: '', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-y' } } } },
    ],
  },
  mysql: mysqlLike('mysql'),
  oracle: {
    valid: [oracleBase, { ...oracleBase, sslOptions: undefined, disableSsl: true, port: 2484 }],
    invalid: [
      ...hostPortPasswordInvalid(oracleBase),
      ...changes(oracleBase, [
        ['wallet is not base64', 'sslOptions.wallet', 'SECRET-oracle-not-base64!'],
        ['ssl options have no wallet', 'sslOptions', {}],
        ['schema is missing', 'schema', undefined],
        ['disableSsl is a string', 'disableSsl', 'false'],
      ]),
    ],
  },
  planetscale: mysqlLike('planetscale'),
  postgres: postgresLike('postgres'),
  redshift: {
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
  },
  s3: {
    valid: [s3Base, { ...s3Base, folder: undefined, disableManifest: true, useSshTunnel: true }],
    invalid: changes(s3Base, [
      ['bucket name has uppercase and underscore', 'bucketName', 'My_Bucket'],
      ['region is not an AWS region', 'bucketRegion', 'useast1'],
      ['access keys are missing', 'awsAccessKeys', undefined],
      ['secret key is empty', 'awsAccessKeys.secretKey', ''],
      ['folder is a number', 'folder', 7],
    ]),
  },
  sftp: {
    valid: [
      sftpBase,
      {
        host: 'files.example.com',
        port: 2222,
        username: 'exports',
        auth: {
          publicKeyAuth: {
            privateKey: '-----BEGIN RSA PRIVATE KEY-----\nSECRET-sftp-rsa-key\n-----END RSA PRIVATE KEY-----\n',
            passphrase: 'SECRET-sftp-passphrase',
          },
        },
      },
    ],
    invalid: changes(sftpBase, [
      ['private key is a public key', 'auth.publicKeyAuth.privateKey', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 SECRET-sftp-x'],
      ['public key is not an OpenSSH key', 'auth.publicKeyAuth.publicKey', 'not a key'],
      ['port 0 is out of range', 'port', 0],
      ['username is missing', 'username', undefined],
      ['auth gives no member', 'auth', {}],
      ['auth gives an unknown member', 'auth.passwordAuth', { username: 'x', password: 'SECRET-sftp-y' }],
    ]),
  },
  singlestore: mysqlLike('singlestore'),
  snowflake: {
    valid: [
      snowflakeBase,
      {
        ...snowflakeBase,
        warehouse: undefined,
        role: 'LOADER',
        port: 443,
        auth: {
          keyPairAuth: {
            privateKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nSECRET-snowflake-encrypted-key\n-----END ENCRYPTED PRIVATE KEY-----\n',
            privateKeyPassphrase: 'SECRET-snowflake-passphrase',
          },
        },
      },
    ],
    invalid: changes(snowflakeBase, [
      ['private key is not PEM', 'auth.keyPairAuth.privateKey', 'SECRET-snowflake-not-pem'],
      ['username is missing', 'username', undefined],
      ['port is a string', 'port', 'https'],
      ['auth gives an unknown member', 'auth.passwordAuth', { username: 'x', password: 'SECRET-snowflake-pw' }],
      ['schema is empty', 'schema', ''],
      ['host is missing', 'host', undefined],
    ]),
  },
  sqlServer: {
    valid: [sqlServerBase, { ...sqlServerBase, schema: undefined, primaryKeyCollation: 'Latin1_General_BIN2', disableSsl: true }],
    invalid: [
      ...hostPortPasswordInvalid(sqlServerBase),
      ...changes(sqlServerBase, [
        ['collation has a space', 'primaryKeyCollation', 'Latin1 General'],
        ['database is missing', 'database', undefined],
      ]),
    ],
  },
};
