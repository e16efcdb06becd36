// snowflake's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const snowflakeBase = {
  host: 'xy12345.eu-west-1.snowflakecomputing.com',
  username: 'PREQUEL_LOADER',
  database: 'ANALYTICS',
  schema: 'EXPORTS',
  warehouse: 'LOADING',
  auth: { keyPairAuth: { privateKey: '-----BEGIN PRIVATE KEY-----\nSECRET-snowflake-private-key\n-----END PRIVATE KEY-----\n' } },
};

export const examples: ConnectorExamples = {
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
};
