// Which connectors have a live connection check, keyed by connector type: each connector's folder
// names its check (check.ts); the checks themselves live here, one small module per kind of client.
import { connectorFolders } from '../connectors/index.generated.js';
import type { Connector } from '../connectors/registry.js';
import type { Plain } from '../core/plain.js';
import type { ConnectionCheck, UnsupportedReason } from './check.js';

export const connectionChecks: Readonly<Record<string, ConnectionCheck>> = Object.fromEntries(
  connectorFolders.flatMap(({ definition, check }) => (check ? [[definition.type, check]] : [])),
);

export const NO_LIVE_CHECK = 'no live check for this connector yet';

export function connectionCheckFor(connector: Connector): ConnectionCheck | undefined {
  return connectionChecks[connector.type];
}

/** Why an integration with this (non-secret) config cannot be checked live at all, or null when it can. */
export function liveCheckBlocker(connector: Connector, config: Plain): { code: 'NO_LIVE_CHECK' | UnsupportedReason['code']; message: string } | null {
  const check = connectionCheckFor(connector);
  if (!check) return { code: 'NO_LIVE_CHECK', message: NO_LIVE_CHECK };
  return check.unsupportedReason?.(config) ?? null;
}
