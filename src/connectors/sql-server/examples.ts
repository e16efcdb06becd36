// sqlServer's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, hostPortPasswordInvalid, password } from '../examples-kit.js';

const sqlServerBase = { host: 'sql.example.com', port: 1433, database: 'app', schema: 'dbo', auth: password('sql-server') };

export const examples: ConnectorExamples = {
  valid: [sqlServerBase, { ...sqlServerBase, schema: undefined, primaryKeyCollation: 'Latin1_General_BIN2', disableSsl: true }],
  invalid: [
    ...hostPortPasswordInvalid(sqlServerBase),
    ...changes(sqlServerBase, [
      ['collation has a space', 'primaryKeyCollation', 'Latin1 General'],
      ['database is missing', 'database', undefined],
    ]),
  ],
};
