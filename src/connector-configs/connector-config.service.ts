// The rules of connector configs: a tenant's definitions of a connector (shared settings and shared
// secrets, per-customer params, sharing, environments), changed only by the owning team or a key
// of the tenant's own, guarded by etag or version, with revisions; a change of a config changes
// every integration built on it in the same transaction, each with a revision of its own. Also the
// owning team's decisions on requests (ASK) and customers' attributes, which integrations take too.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { mergeStoredSecrets, redactConfig, type StoredSecretState, splitSecrets, withoutNulls } from '../connectors/kit.js';
import type { Connector } from '../connectors/registry.js';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { ConnectorConfigEtagMismatchError, EtagMismatchError, type FieldIssue, NotFoundError, PermissionDeniedError, ValidationError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import type { ConfigParam, ConnectorConfigRow, Database, EncryptedSecret, IntegrationRow, SharingPolicy } from '../db/database.js';
import { inTransaction } from '../db/transact.js';
import { encodeIntegrationId } from '../integrations/ids.js';
import { type IntegrationRecord, toRecord } from '../integrations/integration.model.js';
import { findIntegrationById, findIntegrationForUpdate } from '../integrations/integration.repository.js';
import {
  changedPaths,
  encryptSecrets,
  newEtag,
  planUpdate,
  type WriteGuard,
  type WriteOptions,
  writePlan,
  written,
} from '../integrations/integration.service.js';
import { RevokedKeyError } from '../tenants/key-check.js';
import { findCustomerAttributes, findEnvironmentsByNames, mergeCustomerAttributes } from '../tenants/organisation.repository.js';
import { assertTenantKey } from '../tenants/organisation.service.js';
import {
  findConfigLocked,
  findConfigsOfTenant,
  findConfiguredIntegrationsOfCustomerForUpdate,
  findIntegrationsOfConfigForUpdate,
  insertConfig,
  insertConfigRevision,
  updateConfigRow,
} from './connector-config.repository.js';
import { configConnector, configSecretOwner, connectorOfType, sharedSecretsOf } from './layers.js';
import { checkParams, ownValuesOf, settingsIssues } from './params.js';

export interface ConnectorConfigRecord {
  id: string;
  tenantId: string;
  connector: Connector;
  title: string;
  description: string | null;
  category: string | null;
  beta: boolean;
  sharing: SharingPolicy;
  ownerTeamId: string | null;
  environmentIds: string[];
  /** The shared settings as stored (secrets apart). */
  config: Plain;
  secretStates: Record<string, StoredSecretState>;
  params: ConfigParam[];
  etag: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deleted: boolean;
}

export function toConfigRecord(row: ConnectorConfigRow): ConnectorConfigRecord {
  const secretStates: Record<string, StoredSecretState> = {};
  for (const [path, secret] of Object.entries(row.secrets)) secretStates[path] = { updatedAt: secret.updatedAt, fingerprint: secret.fp ?? null };
  return {
    id: row.id,
    tenantId: row.tenant_id,
    connector: configConnector(row),
    title: row.title,
    description: row.description,
    category: row.category,
    beta: row.beta,
    sharing: row.sharing,
    ownerTeamId: row.owner_team_id,
    environmentIds: row.environment_ids,
    config: row.config,
    secretStates,
    params: row.params,
    etag: row.etag,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    deleted: row.deleted_at !== null,
  };
}

/** The settings as readers see them: each shared secret as `{ isSet, updatedAt, fingerprint }`. */
export const configSettingsView = (record: ConnectorConfigRecord) => redactConfig(record.connector.shape, record.config, record.secretStates);

/** What a config revision keeps: every field, secrets redacted. */
function snapshotOfConfig(record: ConnectorConfigRecord): Plain {
  return {
    connector: record.connector.type,
    title: record.title,
    description: record.description,
    category: record.category,
    beta: record.beta,
    sharing: record.sharing,
    ownerTeamId: record.ownerTeamId,
    environmentIds: record.environmentIds,
    settings: configSettingsView(record),
    params: record.params,
  };
}

export interface ConnectorConfigInput {
  title: string;
  description?: string | null;
  category?: string | null;
  beta?: boolean | null;
  sharing?: SharingPolicy | null;
  /** The owning team's id (a key of the tenant's own may give one; a team's key owns what it makes). */
  ownerTeamId?: string | null;
  environments?: string[] | null;
  /** The connector's type or its input member's name. */
  connector: string;
  /** The shared settings: a part of the connector's config (secrets included). */
  settings: Plain;
  params?: { path: string; fromAttribute?: string | null }[] | null;
}

export interface ConnectorConfigPatch {
  title?: string;
  description?: string | null;
  category?: string | null;
  beta?: boolean;
  sharing?: SharingPolicy;
  environments?: string[];
  settings?: Plain;
  params?: { path: string; fromAttribute?: string | null }[];
}

/** Configs are managed by keys of every environment: a key of one cannot see the others a config is installed in. */
function assertManagesConfigs(actor: Actor): void {
  if (actor.environmentId !== null) {
    throw new PermissionDeniedError(
      'Connector configs are managed by keys of every environment (they are installed across environments): use such a key, of the owning team or of the tenant.',
    );
  }
}

/** Only the owning team's keys and the tenant's own keys change a config or decide on its requests. */
function assertOwns(actor: Actor, config: Pick<ConnectorConfigRow, 'owner_team_id'>): void {
  if (actor.teamId !== null && actor.teamId !== config.owner_team_id) {
    throw new PermissionDeniedError(
      "This connector config belongs to another team: only that team's keys, or a key of the tenant's own (no team), may change it or decide on its requests.",
    );
  }
}

async function environmentIdsOf(db: Kysely<Database>, actor: Actor, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const found = await findEnvironmentsByNames(db, actor.tenantId, names);
  const byName = new Map(found.map((env) => [env.name, env.id]));
  const issues: FieldIssue[] = names
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => !byName.has(name) || names.indexOf(name) !== index)
    .map(({ name, index }) => ({
      path: ['environments', String(index)],
      code: byName.has(name) ? 'duplicate' : 'not_found',
      message: byName.has(name) ? 'names an environment twice' : 'no environment of this name exists: create it with createEnvironment first',
    }));
  if (issues.length > 0) throw new ValidationError(issues);
  return names.map((name) => byName.get(name) as string);
}

const normalParams = (params: readonly { path: string; fromAttribute?: string | null }[]): ConfigParam[] =>
  params.map((p) => ({ path: p.path, fromAttribute: p.fromAttribute ?? null }));

/**
 * Validates a config's settings against its connector and its params: the settings as given (null
 * means left out), merged with the stored shared secrets a change leaves out. A stored secret is
 * kept only where its destination stays as it was written for (the rule of every secret).
 */
function resolveSettings(connector: Connector, value: Plain, params: ConfigParam[], stored: { plain: Plain; secrets: Record<string, string> } | null) {
  const { config, kept } = mergeStoredSecrets(connector.shape, withoutNulls(value) as Plain, stored?.secrets ?? {});
  const prefix = ['settings'];
  const issues = settingsIssues(connector, config, params, prefix);
  if (issues.length > 0) throw new ValidationError(issues);
  const { plain, secrets } = splitSecrets(connector.shape, config);
  const paramIssues = checkParams(connector, params, plain, Object.keys(secrets), ['params']);
  if (paramIssues.length > 0) throw new ValidationError(paramIssues);
  if (stored) {
    const changedFields = connector.destinations.fields.filter((field) => !isDeepStrictEqual(valueAtPath(stored.plain, field), valueAtPath(plain, field)));
    const left = kept
      .map((path) => ({ path, changed: (connector.destinations.bySecret[path] ?? []).filter((field) => changedFields.includes(field)) }))
      .filter((entry) => entry.changed.length > 0);
    if (left.length > 0) {
      throw new ValidationError(
        left.map(({ path, changed }) => ({
          path: [...prefix, ...path.split('.')],
          code: 'secret_destination_changed',
          message: `re-enter: ${changed.join(', ')} changed, and a stored secret is only sent where it was written for; send it again in this update (or "" to clear an optional one)`,
        })),
      );
    }
  }
  return { plain, secrets, kept };
}

function valueAtPath(value: unknown, dotted: string): unknown {
  let current = value;
  for (const key of dotted.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Plain)[key];
  }
  return current;
}

/** A dry run runs the whole change in its transaction, then rolls it back with this. */
class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

async function writeOrRollBack<T>(db: Kysely<Database>, dryRun: boolean, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (!dryRun) return inTransaction(db, work);
  try {
    await db.transaction().execute(async (trx) => {
      throw new DryRunRollback(await work(trx));
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

export async function createConnectorConfig(
  deps: ServiceDeps,
  actor: Actor,
  input: ConnectorConfigInput,
  options: WriteOptions = {},
): Promise<ConnectorConfigRecord> {
  assertManagesConfigs(actor);
  if (actor.teamId !== null && input.ownerTeamId != null && input.ownerTeamId !== actor.teamId) {
    throw new PermissionDeniedError("A team's key makes configs of its own team: leave ownerTeam out, or use a key of the tenant's own.");
  }
  const connector = connectorOfType(input.connector, ['connector']);
  const value = input.settings;
  const params = normalParams(input.params ?? []);
  const { plain, secrets } = resolveSettings(connector, value, params, null);
  const id = randomUUID();
  const now = new Date();
  const encrypted = encryptSecrets(deps.keyring, configSecretOwner(id), secrets, { paths: new Set(), stored: {} }, now);
  return writeOrRollBack(deps.db, options.dryRun === true, async (trx) => {
    const environmentIds = await environmentIdsOf(trx, actor, input.environments ?? []);
    const row = await insertConfig(trx, {
      id,
      tenant_id: actor.tenantId,
      connector: connector.type,
      title: input.title,
      description: input.description ?? null,
      category: input.category ?? null,
      beta: input.beta ?? false,
      sharing: input.sharing ?? 'DENY',
      owner_team_id: actor.teamId ?? input.ownerTeamId ?? null,
      environment_ids: JSON.stringify(environmentIds),
      config: JSON.stringify(plain),
      secrets: JSON.stringify(encrypted),
      params: JSON.stringify(params),
      etag: newEtag(),
      version: 1,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    if (!row) throw new Error('insertConnectorConfig returned no row');
    const record = toConfigRecord(row);
    await insertConfigRevision(trx, {
      config_id: id,
      version: 1,
      tenant_id: actor.tenantId,
      action: 'create',
      etag: row.etag,
      created_at: now,
      api_key_id: actor.apiKeyId,
      actor: actor.apiKeyName,
      changed_paths: JSON.stringify(Object.keys(snapshotOfConfig(record)).filter((key) => key !== 'connector')),
      snapshot: JSON.stringify(snapshotOfConfig(record)),
    });
    return withoutDrawnFingerprints(record, options.dryRun === true, Object.keys(secrets));
  });
}

/** A dry run shows no fingerprint of a secret it would write (as for integrations: no free way to compare values). */
function withoutDrawnFingerprints(record: ConnectorConfigRecord, dryRun: boolean, writtenPaths: readonly string[]): ConnectorConfigRecord {
  if (!dryRun || writtenPaths.length === 0) return record;
  const secretStates = { ...record.secretStates };
  for (const path of writtenPaths) if (secretStates[path]) secretStates[path] = { ...secretStates[path], fingerprint: null };
  return { ...record, secretStates };
}

export interface ConfigWriteOutcome {
  connectorConfig: ConnectorConfigRecord;
  changedPaths: string[];
  /** The integrations built on it that the change changed (each with a revision of its own). */
  integrationsChanged: number;
}

function checkGuard(guard: WriteGuard, row: ConnectorConfigRow): void {
  if (guard.etag != null && guard.expectedVersion != null) {
    throw new ValidationError([
      { path: ['expectedVersion'], code: 'etag_and_version', message: 'send either etag or expectedVersion, not both: they guard the same thing' },
    ]);
  }
  if ((guard.etag != null && guard.etag !== row.etag) || (guard.expectedVersion != null && guard.expectedVersion !== row.version)) {
    throw new ConnectorConfigEtagMismatchError(row.etag, row.version, toConfigRecord(row));
  }
}

/**
 * Changes a config and, in the same transaction, every integration built on it: the config row is
 * locked (its guard checked under the lock), then its integrations in id order. An integration
 * whose own secret would go to a changed destination refuses the whole change (nothing is written):
 * its owner must re-enter it first, or the change must leave the destination as it is.
 */
export async function updateConnectorConfig(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  patch: ConnectorConfigPatch,
  guard: WriteGuard,
  options: WriteOptions = {},
): Promise<ConfigWriteOutcome> {
  assertManagesConfigs(actor);
  if (!id) throw new NotFoundError('connector config');
  return writeOrRollBack(deps.db, options.dryRun === true, async (trx) => {
    const row = await findConfigLocked(trx, actor, id, 'update');
    if (!row) throw new NotFoundError('connector config');
    assertOwns(actor, row);
    checkGuard(guard, row);
    const connector = configConnector(row);
    const current = toConfigRecord(row);
    const now = new Date();
    const changes: Record<string, unknown> = {};
    const paths: string[] = [];
    const set = (path: string, column: string, before: unknown, after: unknown, stored: unknown = after) => {
      if (isDeepStrictEqual(before, after)) return;
      changes[column] = stored;
      paths.push(path);
    };
    if (patch.title !== undefined) set('title', 'title', row.title, patch.title);
    if (patch.description !== undefined) set('description', 'description', row.description, patch.description);
    if (patch.category !== undefined) set('category', 'category', row.category, patch.category);
    if (patch.beta !== undefined) set('beta', 'beta', row.beta, patch.beta);
    if (patch.sharing !== undefined) set('sharing', 'sharing', row.sharing, patch.sharing);
    let environmentIds = row.environment_ids;
    if (patch.environments !== undefined) {
      environmentIds = await environmentIdsOf(trx, actor, patch.environments);
      set('environments', 'environment_ids', row.environment_ids, environmentIds, JSON.stringify(environmentIds));
    }
    const params = patch.params !== undefined ? normalParams(patch.params) : row.params;
    if (patch.params !== undefined) set('params', 'params', row.params, params, JSON.stringify(params));

    // Settings: a new value replaces them (shared secrets left out are kept); new params are checked against them either way.
    let plain = row.config;
    let secretsRow: Record<string, EncryptedSecret> = row.secrets;
    const storedSecrets = sharedSecretsOf(deps.keyring, row);
    const writtenSecrets: Record<string, string> = {};
    const clearedSecrets: string[] = [];
    if (patch.settings !== undefined || patch.params !== undefined) {
      const member = { value: (patch.settings ?? { ...row.config }) as Plain };
      const resolved = resolveSettings(connector, member.value, params, { plain: row.config, secrets: storedSecrets });
      plain = resolved.plain;
      const kept = new Set(resolved.kept);
      for (const [path, value] of Object.entries(resolved.secrets)) if (!kept.has(path)) writtenSecrets[path] = value;
      for (const path of Object.keys(storedSecrets)) if (!(path in resolved.secrets)) clearedSecrets.push(path);
      const configPaths = changedPaths(row.config, plain, 'settings');
      if (configPaths.length > 0) {
        changes.config = JSON.stringify(plain);
        paths.push(...configPaths);
      }
      if (Object.keys(writtenSecrets).length > 0 || clearedSecrets.length > 0) {
        secretsRow = encryptSecrets(deps.keyring, configSecretOwner(row.id), resolved.secrets, { paths: kept, stored: row.secrets }, now);
        changes.secrets = JSON.stringify(secretsRow);
        paths.push(...[...Object.keys(writtenSecrets), ...clearedSecrets].map((path) => `settings.${path}`));
      }
    }
    if (paths.length === 0) return { connectorConfig: current, changedPaths: [], integrationsChanged: 0 };

    // Uninstalling from an environment that still has integrations of this config would leave them using it there.
    const removed = row.environment_ids.filter((env) => !environmentIds.includes(env));
    const integrations = await findIntegrationsOfConfigForUpdate(trx, actor.tenantId, row.id);
    const stranded = integrations.filter((integration) => integration.environment_id !== null && removed.includes(integration.environment_id));
    if (stranded.length > 0) {
      throw new ValidationError([
        {
          path: ['environments'],
          code: 'in_use',
          message: `${stranded.length} integration(s) built on this config live in an environment this change removes: delete them (or keep the environment) first`,
        },
      ]);
    }

    const etag = newEtag();
    const updated = await updateConfigRow(trx, {
      tenantId: actor.tenantId,
      id: row.id,
      expectedEtag: row.etag,
      changes: { ...changes, etag, version: row.version + 1, updated_at: now } as never,
    });
    if (!updated) throw new Error('updateConnectorConfig changed no row under its lock');
    const record = toConfigRecord(updated);
    await insertConfigRevision(trx, {
      config_id: row.id,
      version: updated.version,
      tenant_id: actor.tenantId,
      action: 'update',
      etag,
      created_at: now,
      api_key_id: actor.apiKeyId,
      actor: actor.apiKeyName,
      changed_paths: JSON.stringify(paths),
      snapshot: JSON.stringify(snapshotOfConfig(record)),
    });

    const settingsChanged = paths.some((path) => path === 'params' || path.startsWith('settings.'));
    let integrationsChanged = 0;
    if (settingsChanged) {
      const shared: Record<string, string> = { ...writtenSecrets };
      for (const path of clearedSecrets) shared[path] = '';
      const attributesOf = customerAttributesReader(trx, actor.tenantId);
      for (const integration of integrations) {
        const changedOne = await remergeIntegration(deps, trx, actor, integration, updated, await attributesOf(integration.customer_id), shared, now);
        if (changedOne) integrationsChanged++;
      }
    }
    return {
      connectorConfig: withoutDrawnFingerprints(record, options.dryRun === true, Object.keys(writtenSecrets)),
      changedPaths: paths,
      integrationsChanged,
    };
  });
}

function customerAttributesReader(db: Kysely<Database>, tenantId: string) {
  const cache = new Map<string, Record<string, string>>();
  return async (customerId: string | null): Promise<Record<string, string>> => {
    if (!customerId) return {};
    let attributes = cache.get(customerId);
    if (!attributes) {
      attributes = await findCustomerAttributes(db, tenantId, customerId);
      cache.set(customerId, attributes);
    }
    return attributes;
  };
}

/**
 * Merges an integration (locked by the caller) with its config and customer again and writes the
 * difference with a revision of its own (action update, by the acting key). A refusal names the
 * integration, since it is not the one the caller changed. True when it changed.
 */
async function remergeIntegration(
  deps: ServiceDeps,
  trx: Kysely<Database>,
  actor: Actor,
  row: IntegrationRow,
  config: ConnectorConfigRow,
  attributes: Record<string, string>,
  sharedSecrets: Record<string, string>,
  now: Date,
): Promise<boolean> {
  const current = toRecord(row);
  const own = ownValuesOf(current.config, config.params);
  // Its own secrets are kept as stored (left out); only the shared ones given are written or cleared.
  let planned: ReturnType<typeof planUpdate>;
  try {
    planned = planUpdate(deps.keyring, row, current, { config: { [current.connector.name]: own } }, now, { config, attributes, sharedSecrets });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.fieldErrors.map((issue) => ({
          ...issue,
          message: `integration ${encodeIntegrationId(row.id)} built on this config: ${issue.message}`,
        })),
      );
    }
    throw error;
  }
  if (planned.paths.length === 0) return false;
  const updated = await writePlan(trx, actor, row, planned, 'update', now);
  // Not remembered in the row cache: the transaction may still roll back (a later refusal, a dry run).
  if (!updated) throw new RevokedKeyError();
  return true;
}

/** Deletes a config that no live integration is built on. */
export async function deleteConnectorConfig(deps: ServiceDeps, actor: Actor, id: string | null, guard: WriteGuard): Promise<ConnectorConfigRecord> {
  assertManagesConfigs(actor);
  if (!id) throw new NotFoundError('connector config');
  return inTransaction(deps.db, async (trx) => {
    const row = await findConfigLocked(trx, actor, id, 'update');
    if (!row) throw new NotFoundError('connector config');
    assertOwns(actor, row);
    checkGuard(guard, row);
    const integrations = await findIntegrationsOfConfigForUpdate(trx, actor.tenantId, row.id);
    if (integrations.length > 0) {
      throw new ValidationError([
        { path: ['id'], code: 'in_use', message: `${integrations.length} integration(s) are built on this config: delete them first` },
      ]);
    }
    const now = new Date();
    const etag = newEtag();
    const updated = await updateConfigRow(trx, {
      tenantId: actor.tenantId,
      id: row.id,
      expectedEtag: row.etag,
      changes: { deleted_at: now, etag, version: row.version + 1, updated_at: now },
    });
    if (!updated) throw new Error('deleteConnectorConfig changed no row under its lock');
    const record = toConfigRecord(updated);
    await insertConfigRevision(trx, {
      config_id: row.id,
      version: updated.version,
      tenant_id: actor.tenantId,
      action: 'delete',
      etag,
      created_at: now,
      api_key_id: actor.apiKeyId,
      actor: actor.apiKeyName,
      changed_paths: JSON.stringify(['deleted']),
      snapshot: JSON.stringify(snapshotOfConfig(record)),
    });
    return record;
  });
}

/**
 * The owning team's decision on an integration built on its ASK config: approve (it may be used
 * from then on) or reject (it never will be). Guarded like every write; the integration is locked
 * for it, and the decision is a revision of the integration.
 */
export async function decideIntegrationRequest(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  decision: 'approve' | 'reject',
  guard: WriteGuard,
): Promise<IntegrationRecord> {
  if (!id) throw new NotFoundError();
  return inTransaction(deps.db, async (trx) => {
    const visible = await findIntegrationById(trx, actor, id);
    if (!visible?.connector_config_id) {
      if (visible) {
        throw new ValidationError([{ path: ['id'], code: 'not_pending', message: 'is not a request: it is not built on a connector config' }]);
      }
      throw new NotFoundError();
    }
    const [config] = await findConfigsOfTenant(trx, actor.tenantId, [visible.connector_config_id]);
    if (!config) throw new NotFoundError('connector config');
    assertOwns(actor, config);
    const row = await findIntegrationForUpdate(trx, actor, id);
    if (!row) throw new NotFoundError();
    if (guard.etag != null && guard.expectedVersion != null) {
      throw new ValidationError([{ path: ['expectedVersion'], code: 'etag_and_version', message: 'send either etag or expectedVersion, not both' }]);
    }
    if ((guard.etag != null && guard.etag !== row.etag) || (guard.expectedVersion != null && guard.expectedVersion !== row.version)) {
      throw new EtagMismatchError(row.etag, row.version, toRecord(row));
    }
    if (row.approval !== 'PENDING') {
      throw new ValidationError([
        {
          path: ['id'],
          code: 'not_pending',
          message: row.approval ? `was already ${row.approval.toLowerCase()}: a decision is final` : 'needed no approval (its creator may use the config)',
        },
      ]);
    }
    const now = new Date();
    const state = decision === 'approve' ? 'APPROVED' : 'REJECTED';
    const planned = {
      changes: { approval: state, approval_decided_at: now, approval_decided_by: actor.apiKeyName },
      after: { approval: state, approval_decided_at: now, approval_decided_by: actor.apiKeyName },
      paths: ['approval'],
    } as const;
    const updated = await writePlan(trx, actor, row, planned as never, decision, now);
    if (!updated) throw new RevokedKeyError();
    return written(deps, actor, updated);
  });
}

/**
 * Merges attributes into a customer's (null removes one) and, in the same transaction, merges every
 * integration of that customer built on a config with a param from an attribute again. The
 * customer's row is locked by the upsert, so concurrent changes of one customer queue.
 */
export async function setCustomerAttributes(
  deps: ServiceDeps,
  actor: Actor,
  customerId: string,
  patch: Record<string, string | null>,
): Promise<{ customerId: string; attributes: Record<string, string>; integrationsChanged: number }> {
  // Attributes feed integrations of every team and environment: they are the tenant's to set.
  assertTenantKey(actor, "customers' attributes");
  return inTransaction(deps.db, async (trx) => {
    const attributes = await mergeCustomerAttributes(trx, actor.tenantId, customerId, patch);
    const integrations = await findConfiguredIntegrationsOfCustomerForUpdate(trx, actor.tenantId, customerId);
    const configIds = [...new Set(integrations.map((i) => i.connector_config_id as string))];
    const configs = new Map((configIds.length > 0 ? await findConfigsOfTenant(trx, actor.tenantId, configIds) : []).map((c) => [c.id, c]));
    const now = new Date();
    let integrationsChanged = 0;
    for (const integration of integrations) {
      const config = configs.get(integration.connector_config_id as string);
      if (!config?.params.some((p) => p.fromAttribute !== null)) continue;
      if (await remergeIntegration(deps, trx, actor, integration, config, attributes, {}, now)) integrationsChanged++;
    }
    return { customerId, attributes, integrationsChanged };
  });
}
