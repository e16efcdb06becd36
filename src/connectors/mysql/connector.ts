// MySQL (Prequel's destination): host, port, the database to connect to and the one to write
// into, and the auth method as a nested oneOf (`auth: { passwordAuth: {...} }`).
import { z } from 'zod';
import { disableSsl, host, passwordAuth, port, useSshTunnel } from '../common.js';
import { defineConnector, named, oneOf } from '../kit.js';

/** The fields MySQL-compatible destinations (MySQL, Aurora MySQL, PlanetScale, SingleStore) share. */
export function mysqlCompatibleConfig(authTypeName: string, product: string) {
  return z.object({
    host: host(),
    port: port(3306),
    connectionDatabase: z.string().min(1).max(64).optional().describe('Database to connect to; the write database when left out.'),
    writeDatabase: z.string().min(1).max(64).describe('Database the gateway writes into.'),
    auth: named(authTypeName, oneOf(`How the gateway authenticates to ${product}.`, { passwordAuth })),
    useSshTunnel: useSshTunnel(),
    disableSsl: disableSsl(),
  });
}

export const mysql = defineConnector({
  type: 'MYSQL',
  name: 'mysql',
  label: 'MySQL',
  category: 'DATABASE',
  description: 'A MySQL database, reached directly or through an SSH tunnel.',
  config: mysqlCompatibleConfig('MysqlAuth', 'MySQL'),
});
