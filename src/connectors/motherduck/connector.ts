// MotherDuck (Prequel's destination): a database and schema, and the auth method as a nested
// oneOf. The seed's only method, `access_token_auth`, has no fields of its own; the token it
// needs is its one field (`auth: { accessTokenAuth: { accessToken } }`).
import { z } from 'zod';
import { accessTokenAuth } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

export const motherduck = defineConnector({
  type: 'MOTHERDUCK',
  name: 'motherduck',
  label: 'MotherDuck',
  category: 'WAREHOUSE',
  description: 'A MotherDuck (DuckDB in the cloud) database.',
  config: z.object({
    database: z.string().min(1).max(255).describe('Database name.'),
    schema: z.string().min(1).max(255).default('main').describe('Schema to write into; "main" when left out.'),
    auth: named('MotherduckAuth', oneOf('How the gateway authenticates to MotherDuck.', { accessTokenAuth })),
  }),
});
