// Which connectors have a live connection check, keyed by connector type: each connector's folder
// names its check (check.ts); the checks themselves live here, one small module per kind of client.
import { connectorFolders } from '../connectors/index.generated.js';
import type { Connector } from '../connectors/registry.js';
import type { Plain } from '../core/plain.js';
import type { ConnectionCheck } from './check.js';

export const connectionChecks: Readonly<Record<string, ConnectionCheck>> = Object.fromEntries(
  connectorFolders.flatMap(({ definition, check }) => (check ? [[definition.type, check]] : [])),
);

export const NO_LIVE_CHECK = 'no live check for this connector yet';

export function connectionCheckFor(connector: Connector): ConnectionCheck | undefined {
  return connectionChecks[connector.type];
}

/** Whether an integration with this (non-secret) config can be checked live at all. */
export function canCheckLive(connector: Connector, config: Plain): boolean {
  const check = connectionCheckFor(connector);
  return check !== undefined && !check.unsupportedReason?.(config);
}
