// An integration built on a connector config: its config is the config's settings and shared
// secrets, its own params' values, and its customer's attributes, merged by the rule of params.ts.
// Used when such an integration is created or updated, and when its config or customer changes.
import { type Connector, connectorByName, connectorByType } from '../connectors/registry.js';
import { ValidationError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import type { ConnectorConfigRow, EncryptedSecret } from '../db/database.js';
import { type Keyring, secretAad } from '../secrets/keyring.js';
import { mergeLayers, ownValueIssues } from './params.js';

/** The owner a config's secrets are encrypted for (their AAD and match tags): never an integration's id. */
export const configSecretOwner = (configId: string) => `ccfg:${configId}`;

export function configConnector(row: Pick<ConnectorConfigRow, 'id' | 'connector'>): Connector {
  const connector = connectorByType(row.connector);
  if (!connector) throw new Error(`Connector config ${row.id} has unknown connector ${row.connector}`);
  return connector;
}

/** The plaintext of a config's shared secrets, by path. */
export function sharedSecretsOf(keyring: Keyring, row: Pick<ConnectorConfigRow, 'id' | 'secrets'>, paths?: Iterable<string>): Record<string, string> {
  const owner = configSecretOwner(row.id);
  const out: Record<string, string> = {};
  for (const path of paths ?? Object.keys(row.secrets)) {
    const secret: EncryptedSecret | undefined = row.secrets[path];
    if (secret) out[path] = keyring.decrypt(secret, secretAad(owner, path));
  }
  return out;
}

/** The connector a config input names (its ConnectorType), or the ValidationError of that field. */
export function connectorOfType(type: string, path: string[]): Connector {
  const connector = connectorByType(type) ?? connectorByName(type);
  if (!connector) throw new ValidationError([{ path, code: 'invalid_value', message: 'is not a connector: see the connectors query' }]);
  return connector;
}

function setAt(target: Plain, path: readonly string[], value: unknown): void {
  let parent = target;
  for (const key of path.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null || Array.isArray(parent[key])) parent[key] = {};
    parent = parent[key] as Plain;
  }
  parent[path[path.length - 1]] = value;
}

/**
 * The value an integration's config input stands for: the config's settings, the integration's own
 * param values (`own`, refused where they are not its params), the customer's attributes, and the
 * shared secrets given (a value writes it, "" clears it; the ones left out are kept as stored).
 */
export function layeredValue(
  config: Pick<ConnectorConfigRow, 'config' | 'params'>,
  own: Plain,
  attributes: Record<string, string>,
  sharedSecrets: Record<string, string>,
): Plain {
  const issues = ownValueIssues(config.params, config.config, own, ['params']);
  if (issues.length > 0) throw new ValidationError(issues);
  const merged = mergeLayers(config.config, own, config.params, attributes);
  for (const [path, value] of Object.entries(sharedSecrets)) setAt(merged, path.split('.'), value);
  return merged;
}
