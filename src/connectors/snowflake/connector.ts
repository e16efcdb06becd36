// Snowflake (Prequel's destination): the user, the account host, port, database and schema. The
// seed has no secret because Prequel holds the key pair itself; the gateway needs a credential,
// so key-pair auth (Snowflake's method for service users, which cannot sign in with a password)
// is added as a nested oneOf, as are the optional warehouse and role every Snowflake session uses.
import { z } from 'zod';
import { host, port } from '../common.js';
import { defineConnector, named, oneOf, secret } from '../kit.js';

const keyPairAuth = named(
  'SnowflakeKeyPairAuth',
  z
    .object({
      privateKey: secret('The PEM private key (PKCS#8) whose public key is set on the user. Write-only.').regex(
        /^-----BEGIN (ENCRYPTED )?PRIVATE KEY-----/,
        'must be a PEM PKCS#8 private key (-----BEGIN PRIVATE KEY-----)',
      ),
      privateKeyPassphrase: secret('Passphrase of an encrypted private key. Write-only.').optional(),
    })
    .describe('Key-pair authentication.'),
);

export const snowflake = defineConnector({
  type: 'SNOWFLAKE',
  name: 'snowflake',
  label: 'Snowflake',
  category: 'WAREHOUSE',
  description: 'A Snowflake account, reached with key-pair authentication.',
  config: z.object({
    host: host('Account hostname, e.g. xy12345.eu-west-1.snowflakecomputing.com.'),
    port: port(443),
    username: z.string().min(1).max(255).describe('The user to connect as.'),
    database: z.string().min(1).max(255).describe('Database name.'),
    schema: z.string().min(1).max(255).describe('Schema to write into.'),
    warehouse: z.string().min(1).max(255).optional().describe("Virtual warehouse to run in; the user's default when left out."),
    role: z.string().min(1).max(255).optional().describe("Role to use; the user's default when left out."),
    auth: named('SnowflakeAuth', oneOf('How the gateway authenticates to Snowflake.', { keyPairAuth })),
  }),
});
