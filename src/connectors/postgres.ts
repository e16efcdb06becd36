// PostgreSQL (Prequel's destination): host, port, database, schema, and the auth method as a
// nested oneOf (`auth: { passwordAuth: {...} }`).
import { z } from 'zod';
import { host, passwordAuth, port } from './common.js';
import { defineConnector, named, oneOf } from './kit.js';

export const postgres = defineConnector({
  type: 'POSTGRES',
  name: 'postgres',
  label: 'PostgreSQL',
  category: 'DATABASE',
  description: 'A PostgreSQL database, reached directly or through an SSH tunnel.',
  config: z.object({
    host: host(),
    port: port(5432),
    database: z.string().min(1).max(63).describe('Database name.'),
    schema: z.string().min(1).max(63).default('public').describe('Schema to write into; "public" when left out.'),
    auth: named('PostgresAuth', oneOf('How the gateway authenticates to PostgreSQL.', { passwordAuth })),
    useSshTunnel: z.boolean().default(false).describe('Connect through the SSH tunnel set up for this tenant.'),
    disableSsl: z.boolean().default(false).describe('Connect without TLS. Only for servers on a private network.'),
    connectionTimeoutInSeconds: z
      .int()
      .min(1)
      .max(300)
      .default(10)
      .describe('How long to wait for a connection, in seconds (1–300); 10 when left out.'),
  }),
});
