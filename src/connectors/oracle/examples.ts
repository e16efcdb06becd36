// oracle's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes, hostPortPasswordInvalid, password } from '../examples-kit.js';

const oracleBase = {
  host: 'oracle.example.com',
  port: 1521,
  database: 'ORCLPDB1',
  schema: 'LOADER',
  auth: password('oracle'),
  // Base64 ("SECRET-oracle-wallet" cannot be base64: it has hyphens); the test looks for the value itself.
  sslOptions: { wallet: 'U0VDUkVUb3JhY2xld2FsbGV0SECRETwallet==' },
};

export const examples: ConnectorExamples = {
  valid: [oracleBase, { ...oracleBase, sslOptions: undefined, disableSsl: true, port: 2484 }],
  invalid: [
    ...hostPortPasswordInvalid(oracleBase),
    ...changes(oracleBase, [
      ['wallet is not base64', 'sslOptions.wallet', 'SECRET-oracle-not-base64!'],
      ['ssl options have no wallet', 'sslOptions', {}],
      ['schema is missing', 'schema', undefined],
      ['disableSsl is a string', 'disableSsl', 'false'],
    ]),
  ],
};
