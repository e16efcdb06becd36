// SingleStore (Prequel's destination): MySQL wire-compatible, so the same fields as MySQL.
import { defineConnector } from '../kit.js';
import { mysqlCompatibleConfig } from '../mysql/connector.js';

export const singlestore = defineConnector({
  type: 'SINGLESTORE',
  name: 'singlestore',
  label: 'SingleStore',
  category: 'DATABASE',
  description: 'A SingleStore database, reached directly or through an SSH tunnel.',
  config: mysqlCompatibleConfig('SinglestoreAuth', 'SingleStore'),
});
