// Oracle Database (Prequel's destination): host, port, service name, schema, password auth as a
// nested oneOf, and TLS options. The seed shows `disable_ssl` as `<unknown>`; it is a boolean
// defaulting to false, like every other destination's `disableSsl`.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf, secret } from '../kit.js';

/** The one secret larger than SECRET_MAX_LENGTH: a whole wallet, base64 (README, "Size bounds"). */
export const ORACLE_WALLET_MAX_LENGTH = 98_304;

export const oracle = defineConnector({
  type: 'ORACLE',
  name: 'oracle',
  label: 'Oracle Database',
  category: 'DATABASE',
  description: 'An Oracle database, reached directly or through an SSH tunnel.',
  config: z.object({
    host: host(),
    port: port(1521),
    database: z.string().min(1).max(128).describe('Service name of the database, e.g. ORCLPDB1.'),
    schema: z.string().min(1).max(128).describe('Schema (user) to write into.'),
    auth: named('OracleAuth', oneOf('How the gateway authenticates to Oracle.', { passwordAuth })),
    sslOptions: named(
      'OracleSslOptions',
      z
        .object({
          // A wallet holds private keys and certificates, so it is a secret. A wallet ZIP (cwallet.sso,
          // ewallet.p12, keystore/truststore, tnsnames.ora) is ~20–40 KB, so ~55 KB as base64.
          wallet: secret(
            `The Oracle wallet (ewallet.p12 or the wallet ZIP), base64-encoded, at most ${ORACLE_WALLET_MAX_LENGTH} characters. Write-only.`,
            ORACLE_WALLET_MAX_LENGTH,
          ).regex(/^[A-Za-z0-9+/=\s]+$/, 'must be base64'),
        })
        .describe('TLS settings for servers that require a client wallet (mTLS).'),
    )
      .optional()
      .describe('TLS settings; the server certificate is checked against public CAs when left out.'),
    disableSsl: disableSsl(),
    useSshTunnel: useSshTunnel(),
  }),
});
