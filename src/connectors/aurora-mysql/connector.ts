// Amazon Aurora MySQL (Prequel's `aurora_mysql`): the same fields as MySQL.
import { defineConnector } from '../kit.js';
import { mysqlCompatibleConfig } from '../mysql/connector.js';

export const auroraMysql = defineConnector({
  type: 'AURORA_MYSQL',
  name: 'auroraMysql',
  label: 'Amazon Aurora MySQL',
  category: 'DATABASE',
  description: 'An Amazon Aurora MySQL cluster, reached directly or through an SSH tunnel.',
  config: mysqlCompatibleConfig('AuroraMysqlAuth', 'Aurora MySQL'),
});
