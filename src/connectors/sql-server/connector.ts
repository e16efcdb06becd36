// Microsoft SQL Server (Prequel's `sql_server`): host, port, database, schema, password auth as
// a nested oneOf, and the collation of primary key columns.
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

export const sqlServer = defineConnector({
  type: 'SQL_SERVER',
  name: 'sqlServer',
  label: 'Microsoft SQL Server',
  category: 'DATABASE',
  description: 'A Microsoft SQL Server or Azure SQL database, reached directly or through an SSH tunnel.',
  config: z.object({
    host: host(),
    port: port(1433),
    database: z.string().min(1).max(128).describe('Database name.'),
    schema: z.string().min(1).max(128).default('dbo').describe('Schema to write into; "dbo" when left out.'),
    auth: named('SqlServerAuth', oneOf('How the gateway authenticates to SQL Server.', { passwordAuth })),
    useSshTunnel: useSshTunnel(),
    disableSsl: disableSsl(),
    primaryKeyCollation: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,128}$/, 'must be a collation name such as Latin1_General_BIN2')
      .optional()
      .describe("Collation of primary key columns, e.g. Latin1_General_BIN2; the database's default when left out."),
  }),
});
