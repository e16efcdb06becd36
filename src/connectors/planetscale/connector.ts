// PlanetScale (Prequel's destination): MySQL-compatible, so the same fields as MySQL.
import { defineConnector } from '../kit.js';
import { mysqlCompatibleConfig } from '../mysql/connector.js';

export const planetscale = defineConnector({
  type: 'PLANETSCALE',
  name: 'planetscale',
  label: 'PlanetScale',
  category: 'DATABASE',
  description: 'A PlanetScale (MySQL-compatible) database.',
  config: mysqlCompatibleConfig('PlanetscaleAuth', 'PlanetScale'),
});
