// Amazon Aurora PostgreSQL (Prequel's `aurora_postgres`): the same fields as PostgreSQL, with its
// own auth type so the two can gain different auth methods (e.g. IAM database auth) later.
import { z } from 'zod';
import { defineConnector } from '../kit.js';
import { postgresFields } from '../postgres/connector.js';

export const auroraPostgres = defineConnector({
  type: 'AURORA_POSTGRES',
  name: 'auroraPostgres',
  label: 'Amazon Aurora PostgreSQL',
  category: 'DATABASE',
  description: 'An Amazon Aurora PostgreSQL cluster, reached directly or through an SSH tunnel.',
  config: z.object(postgresFields('AuroraPostgresAuth', 'Aurora PostgreSQL')),
});
