// Which connectors have a live connection check, keyed by connector type. Connector definitions
// stay declarative: the checks live here, one small module per kind of client.
import type { Connector } from '../connectors/registry.js';
import type { Plain } from '../core/plain.js';
import type { ConnectionCheck } from './check.js';
import { httpApiCheck } from './http-api.check.js';
import { mysqlCheck } from './mysql.check.js';
import { postgresCheck } from './postgres.check.js';

export const connectionChecks: Readonly<Record<string, ConnectionCheck>> = {
  POSTGRES: postgresCheck,
  AURORA_POSTGRES: postgresCheck,
  MYSQL: mysqlCheck,
  AURORA_MYSQL: mysqlCheck,
  PLANETSCALE: mysqlCheck,
  SINGLESTORE: mysqlCheck,
  HTTP_API: httpApiCheck,
};

export const NO_LIVE_CHECK = 'no live check for this connector yet';

export function connectionCheckFor(connector: Connector): ConnectionCheck | undefined {
  return connectionChecks[connector.type];
}

/** Whether an integration with this (non-secret) config can be checked live at all. */
export function canCheckLive(connector: Connector, config: Plain): boolean {
  const check = connectionCheckFor(connector);
  return check !== undefined && !check.unsupportedReason?.(config);
}
