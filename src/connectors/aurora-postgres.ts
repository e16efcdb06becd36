// Amazon Aurora PostgreSQL (Prequel's `aurora_postgres`): the same fields as PostgreSQL, with its
// own auth type so the two can gain different auth methods (e.g. IAM database auth) later.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from './common.js';
import { defineConnector, named, oneOf } from './kit.js';

export const auroraPostgres = defineConnector({
  type: 'AURORA_POSTGRES',
  name: 'auroraPostgres',
  label: 'Amazon Aurora PostgreSQL',
  category: 'DATABASE',
  description: 'An Amazon Aurora PostgreSQL cluster, reached directly or through an SSH tunnel.',
  config: z.object({
    host: host(),
    port: port(5432),
    database: z.string().min(1).max(63).describe('Database name.'),
    schema: z.string().min(1).max(63).default('public').describe('Schema to write into; "public" when left out.'),
    auth: named('AuroraPostgresAuth', oneOf('How the gateway authenticates to Aurora PostgreSQL.', { passwordAuth })),
    useSshTunnel: useSshTunnel(),
    disableSsl: disableSsl(),
    connectionTimeoutInSeconds: z
      .int()
      .min(1)
      .max(300)
      .default(10)
      .describe('How long to wait for a connection, in seconds (1–300); 10 when left out.'),
  }),
});
