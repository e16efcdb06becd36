// PostgreSQL (Prequel's destination): host, port, database, schema, and the auth method as a
// nested oneOf (`auth: { passwordAuth: {...} }`). Aurora PostgreSQL takes the same fields
// (`postgresFields`) with an auth type of its own.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

/** The fields of a PostgreSQL-compatible server; `authType` names its auth-method oneOf. */
export const postgresFields = (authType: string, serverLabel: string) => ({
  host: host(),
  port: port(5432),
  database: z.string().min(1).max(63).describe('Database name.'),
  schema: z.string().min(1).max(63).default('public').describe('Schema to write into; "public" when left out.'),
  auth: named(authType, oneOf(`How the gateway authenticates to ${serverLabel}.`, { passwordAuth })),
  useSshTunnel: useSshTunnel(),
  disableSsl: disableSsl(),
  connectionTimeoutInSeconds: z.int().min(1).max(300).default(10).describe('How long to wait for a connection, in seconds (1–300); 10 when left out.'),
});

export const postgres = defineConnector({
  type: 'POSTGRES',
  name: 'postgres',
  label: 'PostgreSQL',
  category: 'DATABASE',
  description: 'A PostgreSQL database, reached directly or through an SSH tunnel.',
  config: z.object(postgresFields('PostgresAuth', 'PostgreSQL')),
});
