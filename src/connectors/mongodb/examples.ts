// mongodb's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, hostPortPasswordInvalid, password } from '../examples-kit.js';

const mongodbBase = { host: 'mongo.example.com', writeDatabase: 'exports', auth: password('mongodb') };

export const examples: ConnectorExamples = {
  valid: [mongodbBase, { ...mongodbBase, port: 27018, authenticationDatabase: 'users', disableSsl: true }],
  invalid: [
    ...hostPortPasswordInvalid(mongodbBase),
    ...changes(mongodbBase, [
      ['write database has a dot', 'writeDatabase', 'my.db'],
      ['authentication database has a space', 'authenticationDatabase', 'a b'],
      ['write database is missing', 'writeDatabase', undefined],
    ]),
  ],
};
