// The rules of creating, updating and deleting integrations: patch semantics, config and secret
// handling, optimistic concurrency, revisions. Each write and its revision are atomic: create in one
// transaction, update and delete in one statement.
import { randomFillSync, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { findConfigLocked, findConfigsOfTenant } from '../connector-configs/connector-config.repository.js';
import { configConnector, layeredValue, sharedSecretsOf } from '../connector-configs/layers.js';
import { ownValuesOf } from '../connector-configs/params.js';
import { issuesFromZod, mergeStoredSecrets, secretsLeftAtChangedDestinations, splitSecrets, withoutNulls } from '../connectors/kit.js';
import { type Connector, connectorByName } from '../connectors/registry.js';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { ConnectorMismatchError, EtagMismatchError, NotFoundError, ValidationError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import { decryptSecrets } from '../core/secrets.js';
import type { ConnectorConfigRow, Database, DeliverySettings, EncryptedSecret, IntegrationRow } from '../db/database.js';
import { inTransaction } from '../db/transact.js';
import { type Keyring, newFingerprint, secretAad } from '../secrets/keyring.js';
import { statusAfterConfigChange } from '../status/status.repository.js';
import { RevokedKeyError } from '../tenants/key-check.js';
import { findCustomerAttributes, findEnvironmentsByNames } from '../tenants/organisation.repository.js';
import { type DeliveryInput, METADATA_MAX_JSON_LENGTH, METADATA_TOO_LARGE } from './integration.inputs.js';
import { defaultDelivery, hasDelivery, type IntegrationRecord, snapshotOf, toRecord } from './integration.model.js';
import {
  findIntegrationById,
  findIntegrationForUpdate,
  findRevisionToRestore,
  insertIntegration,
  insertRevision,
  updateIntegrationWithRevision,
} from './integration.repository.js';
import type { IntegrationChanges } from './update-batch.js';

/** `{ athena: {...} }`: exactly one member, named after the connector. */
export type ConfigInput = Record<string, Plain>;

export interface CreateIntegrationInput {
  title: string;
  description?: string | null;
  labels?: string[] | null;
  metadata?: Plain | null;
  customerId?: string | null;
  disabled?: boolean | null;
  /** Required unless built on a connector config (then left out). */
  config?: ConfigInput | null;
  /** Built on a connector config: the values of its per-customer params (a part of the connector's config). */
  params?: Plain | null;
  delivery?: DeliveryInput | null;
  /** The connector config to build on (its uuid; null when the public id did not decode). */
  connectorConfigId?: string | null;
  /** The environment's name; a key of one environment creates in its own. */
  environment?: string | null;
}

export interface UpdateIntegrationInput {
  title?: string;
  description?: string | null;
  labels?: string[];
  metadata?: Plain | null;
  customerId?: string | null;
  disabled?: boolean;
  config?: ConfigInput;
  delivery?: DeliveryInput | null;
  /** Built on a connector config: the new values of its per-customer params (they replace the old; secrets left out are kept). */
  params?: Plain;
}

/** Applies a delivery patch: omitted sub-fields keep, null resets to the default, values set. */
function patchDelivery(connector: Connector, current: DeliverySettings | null, patch: DeliveryInput | null | undefined) {
  if (!hasDelivery(connector)) {
    if (patch) {
      throw new ValidationError([
        { path: ['delivery'], code: 'not_supported', message: `${connector.label} integrations have no delivery settings; leave delivery out` },
      ]);
    }
    return null;
  }
  if (patch === null) return { ...defaultDelivery };
  const base = current ?? defaultDelivery;
  const next = { ...base };
  for (const key of Object.keys(defaultDelivery) as (keyof DeliverySettings)[]) {
    const value = patch?.[key];
    if (value === null) (next as Plain)[key] = defaultDelivery[key];
    else if (value !== undefined) (next as Plain)[key] = value;
  }
  return next;
}

/**
 * 12 random bytes, base64url. Drawn from a pool refilled for 256 etags at a time, as randomUUID
 * does: a call into the CSPRNG per etag was a measurable share of an update's CPU (bench/README.md,
 * "Figures behind the code").
 */
const etagPool = Buffer.allocUnsafe(12 * 256);
let etagOffset = etagPool.length;
export function newEtag(): string {
  if (etagOffset === etagPool.length) {
    randomFillSync(etagPool);
    etagOffset = 0;
  }
  const etag = etagPool.toString('base64url', etagOffset, etagOffset + 12);
  etagOffset += 12;
  return etag;
}

export function configMember(config: ConfigInput): { connector: Connector; value: Plain } {
  const entries = Object.entries(config).filter(([, value]) => value !== undefined && value !== null);
  const [name, value] = entries[0] ?? [];
  const connector = name ? connectorByName(name) : undefined;
  if (entries.length !== 1 || !connector) {
    throw new ValidationError([{ path: ['config'], code: 'invalid_union', message: 'must give exactly one connector member' }]);
  }
  return { connector, value: value as Plain };
}

/** The stored config an update starts from: its non-secret part and its secrets' plaintext. */
interface StoredConfig {
  plain: Plain;
  secrets: Record<string, string>;
}

/**
 * Validates a config against its connector, filling left-out secrets from the stored ones. A stored
 * secret is only kept where it was written for: when a destination field it is bound to changes
 * (kit.ts), it must be sent again in the same update, or the update is refused at its path.
 */
export function resolveConfig(connector: Connector, value: Plain, stored: StoredConfig | null) {
  const { config, kept } = mergeStoredSecrets(connector.shape, withoutNulls(value) as Plain, stored?.secrets ?? {});
  const parsed = connector.schema.safeParse(config);
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error, config, ['config', connector.name], connector.shape));
  const { plain, secrets } = splitSecrets(connector.shape, parsed.data as Plain);
  if (stored) {
    const left = secretsLeftAtChangedDestinations(connector.destinations, stored.plain, plain, kept);
    if (left.length > 0) {
      throw new ValidationError(
        left.map(({ path, changed }) => ({
          path: ['config', connector.name, ...path.split('.')],
          code: 'secret_destination_changed',
          message: `re-enter: ${changed.join(', ')} changed, and a stored secret is only sent where it was written for; send it again in this update (or "" to clear an optional one)`,
        })),
      );
    }
  }
  return { plain, secrets, kept };
}

/**
 * Encrypts every secret the input gave; the ones it left out (`kept`) keep their stored ciphertext.
 * A given value is never compared with the stored one for the answer's sake: re-sending the same
 * secret is a rewrite like any other (a new etag, version, revision and updatedAt), or its answer
 * would tell a key whether its guess was right. Only the fingerprint follows the value: kept when
 * the stored secret's match tag recognises the value as the one it holds, new (random) otherwise.
 */
export function encryptSecrets(
  keyring: Keyring,
  integrationId: string,
  next: Record<string, string>,
  kept: { paths: ReadonlySet<string>; stored: Record<string, EncryptedSecret> },
  now: Date,
): Record<string, EncryptedSecret> {
  const out: Record<string, EncryptedSecret> = {};
  for (const [path, value] of Object.entries(next)) {
    if (kept.paths.has(path)) {
      out[path] = kept.stored[path];
      continue;
    }
    const stored = kept.stored[path];
    const fp = stored?.fp !== undefined && keyring.holdsValue(stored, integrationId, path, value) ? stored.fp : newFingerprint();
    out[path] = { ...keyring.encrypt(value, secretAad(integrationId, path), now), fp, ...keyring.matchTag(integrationId, path, value) };
  }
  return out;
}

/** Leaf paths where two JSON values differ; an array or scalar counts as one leaf. */
export function changedPaths(before: unknown, after: unknown, prefix: string): string[] {
  const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], `${prefix}.${key}`));
  }
  return isDeepStrictEqual(before, after) ? [] : [prefix];
}

async function writeRevision(
  db: Kysely<Database>,
  actor: Actor,
  record: IntegrationRecord,
  action: 'create',
  paths: string[],
  secrets: Record<string, EncryptedSecret>,
) {
  await insertRevision(db, {
    integration_id: record.id,
    version: record.version,
    tenant_id: record.tenantId,
    action,
    etag: record.etag,
    created_at: record.updatedAt,
    api_key_id: actor.apiKeyId,
    actor: actor.apiKeyName,
    changed_paths: JSON.stringify(paths),
    snapshot: JSON.stringify(snapshotOf(record)),
    secrets: JSON.stringify(secrets),
  });
}

/** Options of the writes that can be tried without writing. */
export interface WriteOptions {
  /** Validate, merge and answer what would be written, but write nothing. */
  dryRun?: boolean;
}

/** Refuses a whole config for an integration built on a connector config: it gives its params' values only. */
const builtOnConfig = (field: string) =>
  new ValidationError([
    {
      path: [field],
      code: 'built_on_config',
      message: "is built on a connector config, which sets everything but its per-customer params: leave config out and give the params' values in params",
    },
  ]);

/**
 * The environment a new integration lives in: the key's own when it has one (naming another is
 * refused), else the one named, else none.
 */
async function environmentOf(db: Kysely<Database>, actor: Actor, name: string | null | undefined): Promise<string | null> {
  if (name == null) return actor.environmentId;
  const [found] = await findEnvironmentsByNames(db, actor.tenantId, [name]);
  if (!found || (actor.environmentId !== null && found.id !== actor.environmentId)) {
    throw new ValidationError([
      {
        path: ['environment'],
        code: found ? 'other_environment' : 'not_found',
        message: found
          ? "this API key belongs to another environment: leave environment out (the key's own is used), or use a key of that environment"
          : 'no environment of this name exists: list them with the environments query',
      },
    ]);
  }
  return found.id;
}

export async function createIntegration(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateIntegrationInput,
  options: WriteOptions = {},
): Promise<IntegrationRecord> {
  if (input.connectorConfigId !== undefined) {
    const configId = input.connectorConfigId;
    // The config is read FOR SHARE: a concurrent change of it waits for this creation and then
    // changes this integration too, so none is left with settings of the past.
    return inTransaction(deps.db, async (trx) => {
      const config = configId ? await findConfigLocked(trx, actor, configId, 'share') : undefined;
      if (!config) throw new NotFoundError('connector config');
      const connector = configConnector(config);
      const environmentId = await environmentOf(trx, actor, input.environment);
      if (environmentId === null || !config.environment_ids.includes(environmentId)) {
        throw new ValidationError([
          {
            path: ['environment'],
            code: environmentId === null ? 'required' : 'not_installed',
            message:
              environmentId === null
                ? 'name the environment to create it in: a connector config is used only in the environments it is installed in'
                : 'the connector config is not installed in this environment: install it there (updateConnectorConfig environments) or use another',
          },
        ]);
      }
      if (input.config) throw builtOnConfig('config');
      const attributes = input.customerId ? await findCustomerAttributes(trx, actor.tenantId, input.customerId) : {};
      const value = layeredValue(config, withoutNulls(input.params ?? {}) as Plain, attributes, sharedSecretsOf(deps.keyring, config));
      // Another team's creation from an ASK config waits for the owning team.
      const asks = config.sharing === 'ASK' && actor.teamId !== null && config.owner_team_id !== actor.teamId;
      return insertNew(deps, trx, actor, input, connector, value, options, {
        environment_id: environmentId,
        connector_config_id: config.id,
        approval: asks ? 'PENDING' : null,
      });
    });
  }
  if (input.params) {
    throw new ValidationError([
      {
        path: ['params'],
        code: 'not_built_on_config',
        message: "params are the values of a connector config's per-customer params: give connectorConfigId, or the whole config instead",
      },
    ]);
  }
  if (!input.config) {
    throw new ValidationError([
      { path: ['config'], code: 'required', message: 'give the config (one connector member), or build on a connector config (connectorConfigId)' },
    ]);
  }
  const { connector, value } = configMember(input.config);
  const environmentId = await environmentOf(deps.db, actor, input.environment);
  if (options.dryRun) return insertNew(deps, deps.db, actor, input, connector, value, options, { environment_id: environmentId });
  return inTransaction(deps.db, (trx) => insertNew(deps, trx, actor, input, connector, value, options, { environment_id: environmentId }));
}

/** Validates, encrypts and (unless a dry run) inserts a new integration and its first revision, in `db` (a transaction). */
async function insertNew(
  deps: ServiceDeps,
  db: Kysely<Database>,
  actor: Actor,
  input: CreateIntegrationInput,
  connector: Connector,
  value: Plain,
  options: WriteOptions,
  layer: { environment_id: string | null; connector_config_id?: string; approval?: 'PENDING' | null },
): Promise<IntegrationRecord> {
  const { plain, secrets } = resolveConfig(connector, value, null);
  const delivery = patchDelivery(connector, null, input.delivery ?? undefined);
  const id = randomUUID();
  const now = new Date();
  const encrypted = encryptSecrets(deps.keyring, id, secrets, { paths: new Set(), stored: {} }, now);
  const columns = {
    id,
    tenant_id: actor.tenantId,
    connector: connector.type,
    title: input.title,
    description: input.description ?? null,
    customer_id: input.customerId ?? null,
    disabled: input.disabled ?? false,
    status_message: null,
    status_checked_at: null,
    etag: newEtag(),
    version: 1,
    created_at: now,
    updated_at: now,
    deleted_at: null,
    environment_id: layer.environment_id,
    team_id: actor.teamId,
    connector_config_id: layer.connector_config_id ?? null,
    approval: layer.approval ?? null,
    approval_decided_at: null,
    approval_decided_by: null,
  };
  const json = { labels: input.labels ?? [], metadata: input.metadata ?? {}, config: plain, secrets: encrypted, delivery };
  if (options.dryRun) return withoutNewFingerprints(toRecord({ ...columns, ...json, status_state: 'UNKNOWN' }), encrypted, {});

  const row = await insertIntegration(db, {
    ...columns,
    labels: JSON.stringify(json.labels),
    metadata: JSON.stringify(json.metadata),
    config: JSON.stringify(json.config),
    secrets: JSON.stringify(json.secrets),
    delivery: delivery && JSON.stringify(delivery),
  });
  const record = toRecord(row);
  const paths = Object.keys(snapshotOf(record)).filter((key) => key !== 'connector');
  await writeRevision(db, actor, record, 'create', paths, row.secrets);
  return record;
}

export interface PlannedUpdate {
  /** The columns to write, as the statement sends them (JSON columns as text). */
  changes: IntegrationChanges;
  /** The same columns as the row will read afterwards, for the revision's snapshot. */
  after: Partial<IntegrationRow>;
  paths: string[];
  /** The version a restore brings back. */
  restoredFrom?: number;
}

/** An empty plan, and the setter that adds a column to it (its value, and its path) when the value changes. */
export function emptyPlan() {
  const changes: IntegrationChanges = {};
  const after: Partial<IntegrationRow> = {};
  const paths: string[] = [];
  const set = <K extends keyof IntegrationChanges & keyof IntegrationRow>(
    path: string,
    column: K,
    before: unknown,
    value: IntegrationRow[K],
    stored: IntegrationChanges[K],
  ) => {
    if (isDeepStrictEqual(before, value)) return;
    changes[column] = stored;
    after[column] = value;
    paths.push(path);
  };
  return { changes, after, paths, set };
}

/** The connector config an integration is built on, and its customer's attributes: what its config input is merged with. */
export interface IntegrationLayer {
  config: ConnectorConfigRow;
  attributes: Record<string, string>;
  /** Shared secrets to write into it (a value) or clear from it (""); the rest are kept as stored. */
  sharedSecrets?: Record<string, string>;
}

export function planUpdate(
  keyring: Keyring,
  row: IntegrationRow,
  current: IntegrationRecord,
  input: UpdateIntegrationInput,
  now: Date,
  layer?: IntegrationLayer,
): PlannedUpdate {
  const { changes, after, paths, set } = emptyPlan();

  if (input.title !== undefined) set('title', 'title', current.title, input.title, input.title);
  if (input.description !== undefined) set('description', 'description', current.description, input.description, input.description);
  if (input.labels !== undefined) set('labels', 'labels', current.labels, input.labels, JSON.stringify(input.labels));
  if (input.customerId !== undefined) set('customerId', 'customer_id', current.customerId, input.customerId, input.customerId);
  if (input.disabled !== undefined) set('disabled', 'disabled', current.disabled, input.disabled, input.disabled);
  if (input.metadata !== undefined) {
    const merged: Plain = input.metadata === null ? {} : { ...current.metadata };
    for (const [key, value] of Object.entries(input.metadata ?? {})) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const metadataPaths = changedPaths(current.metadata, merged, 'metadata').map((p) => p.split('.').slice(0, 2).join('.'));
    if (metadataPaths.length > 0) {
      changes.metadata = JSON.stringify(merged);
      after.metadata = merged;
      paths.push(...new Set(metadataPaths));
    }
  }
  if (input.config !== undefined) {
    const member = configMember(input.config);
    const connector = member.connector;
    if (connector.type !== current.connector.type) throw new ConnectorMismatchError(current.connector.type, connector.type);
    // Built on a connector config: the input gives its own params only; the rest comes from the layer.
    const value = layer ? layeredValue(layer.config, withoutNulls(member.value) as Plain, layer.attributes, layer.sharedSecrets ?? {}) : member.value;
    const storedPlain = decryptSecrets(keyring, row);
    const { plain, secrets, kept } = resolveConfig(connector, value, { plain: current.config, secrets: storedPlain });
    const configPaths = changedPaths(current.config, plain, 'config');
    // Every secret given is a change (never compared with the stored value), as is every stored
    // one that is gone (cleared, or its variant switched away from); only the left-out ones are not.
    const keptPaths = new Set(kept);
    const secretPaths = [...new Set([...Object.keys(secrets), ...Object.keys(storedPlain)])]
      .filter((path) => !keptPaths.has(path))
      .map((path) => `config.${path}`);
    if (configPaths.length > 0) {
      changes.config = JSON.stringify(plain);
      after.config = plain;
    }
    if (secretPaths.length > 0) {
      after.secrets = encryptSecrets(keyring, row.id, secrets, { paths: keptPaths, stored: row.secrets }, now);
      changes.secrets = JSON.stringify(after.secrets);
    }
    paths.push(...configPaths, ...secretPaths);
    // What was observed (a check, a transfer) was of the connection as it was configured: a new
    // config has not been observed yet. The status is not a field of its own, so no path is added.
    if ((configPaths.length > 0 || secretPaths.length > 0) && row.status_checked_at !== null) {
      const unknown = statusAfterConfigChange(now);
      Object.assign(changes, unknown);
      Object.assign(after, unknown);
    }
  }
  if (input.delivery !== undefined) {
    const next = patchDelivery(current.connector, current.delivery, input.delivery);
    const deliveryPaths = changedPaths(current.delivery ?? {}, next ?? {}, 'delivery');
    if (deliveryPaths.length > 0) {
      changes.delivery = JSON.stringify(next);
      after.delivery = next;
      paths.push(...deliveryPaths);
    }
  }
  return { changes, after, paths };
}

type Plan = (row: IntegrationRow, current: IntegrationRecord, now: Date, db: Kysely<Database>) => PlannedUpdate | Promise<PlannedUpdate>;

/**
 * Plans an update and checks what the row would hold: metadata is merged, so an input within its
 * bound can still grow the stored whole past it, one update at a time.
 */
async function planWithinBounds(plan: Plan, row: IntegrationRow, current: IntegrationRecord, now: Date, db: Kysely<Database>): Promise<PlannedUpdate> {
  const planned = await plan(row, current, now, db);
  if (planned.changes.metadata !== undefined && planned.changes.metadata.length > METADATA_MAX_JSON_LENGTH) {
    throw new ValidationError([
      {
        path: ['metadata'],
        code: 'too_big',
        message: `${METADATA_TOO_LARGE} once merged into the stored metadata; remove keys (set them to null) or send null to clear it`,
      },
    ]);
  }
  return planned;
}

/**
 * Writes a planned change of `row` if its etag is still `row.etag`, with its revision, in one
 * statement (updateIntegrationWithRevision); nothing when the etag or the acting key's check failed.
 */
export type WriteAction = 'update' | 'delete' | 'restore' | 'approve' | 'reject';

export function writePlan(db: Kysely<Database>, actor: Actor, row: IntegrationRow, planned: PlannedUpdate, action: WriteAction, now: Date) {
  const nextEtag = newEtag();
  const expected = toRecord({ ...row, ...planned.after, etag: nextEtag, version: row.version + 1, updated_at: now });
  return updateIntegrationWithRevision(
    db,
    { tenantId: actor.tenantId, id: row.id, expectedEtag: row.etag, newEtag: nextEtag, now, changes: planned.changes },
    {
      action,
      apiKeyId: actor.apiKeyId,
      actor: actor.apiKeyName,
      changedPaths: JSON.stringify(planned.paths),
      snapshot: JSON.stringify(snapshotOf(expected)),
      restoredFrom: planned.restoredFrom ?? null,
    },
  );
}

/** A write that changed the row: the key is proven live, and the row is remembered for the next update naming its etag. */
export function written(deps: ServiceDeps, actor: Actor, updated: IntegrationRow): IntegrationRecord {
  actor.keyCheck?.confirm();
  deps.rows?.remember(updated);
  return toRecord(updated);
}

/**
 * What guards a write: the etag the caller last read, or the version instead (Truto's seed sends
 * one); never both. Neither: last write wins.
 */
export interface WriteGuard {
  etag?: string | null;
  expectedVersion?: number | null;
}

function checkGuard(guard: WriteGuard): void {
  if (guard.etag != null && guard.expectedVersion != null) {
    throw new ValidationError([
      { path: ['expectedVersion'], code: 'etag_and_version', message: 'send either etag or expectedVersion, not both: they guard the same thing' },
    ]);
  }
}

/**
 * A dry run's would-be integration shows no fingerprint for a secret it would write: whether a
 * written value would keep its fingerprint says whether it equals the stored one, and a dry run
 * must not be a free way to ask.
 */
function withoutNewFingerprints(
  record: IntegrationRecord,
  written: Record<string, EncryptedSecret>,
  stored: Record<string, EncryptedSecret>,
): IntegrationRecord {
  const secretStates = { ...record.secretStates };
  for (const [path, secret] of Object.entries(written)) {
    // A kept secret is the stored object itself; a written one is new.
    if (secret !== stored[path] && secretStates[path]) secretStates[path] = { ...secretStates[path], fingerprint: null };
  }
  return { ...record, secretStates };
}

/** What a guarded write answers: the integration as it left it, and the paths it changed. */
export interface WriteOutcome {
  integration: IntegrationRecord;
  changedPaths: string[];
}

const unchanged = (integration: IntegrationRecord): WriteOutcome => ({ integration, changedPaths: [] });

/**
 * Runs a guarded write. With the caller's etag: read the row, plan, then change it only if its
 * etag is still that one. The change and its revision are one statement, so the etag check and
 * both writes happen atomically in the database, with no transaction held open across the planning
 * in between: the hot path of automation.
 *
 * When the caller sends an etag and this process wrote that very version, the read is skipped: the
 * plan starts from the row the write returned (deps.rows). Only plans that read nothing that can
 * change without a new etag may do so (`planReadsSecrets` is false: the stored ciphertexts change
 * under key rotation), and a write that turns out to change nothing answers from a fresh read, since
 * the status columns change without a new etag too.
 *
 * Without an etag (last write wins) see lastWriteWins: the row is locked instead, so any number of
 * concurrent writers each get their turn.
 *
 * A dry run reads and plans the same way (the etag, when given, must be current) and answers the
 * row as the write would leave it, with its etag and version as they are: nothing is written.
 *
 * The write also requires the acting key to be live; a request whose key is not yet confirmed
 * (actor.keyCheck) is confirmed by a write that changed the row, and asks when none did.
 */
async function guardedWrite(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  guard: WriteGuard,
  plan: Plan,
  action: WriteAction,
  planReadsSecrets: boolean,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  checkGuard(guard);
  if (!id) throw new NotFoundError();
  const { etag, expectedVersion } = guard;
  if (etag == null && expectedVersion == null && !options.dryRun) return lastWriteWins(deps, actor, id, plan, action);
  const cached = !planReadsSecrets && etag != null ? deps.rows?.get(actor, id, etag) : undefined;
  const row = cached ?? (await findIntegrationById(deps.db, actor, id));
  if (!row) throw new NotFoundError();
  // A version names exactly one etag (every change makes a new etag and version), so from here on
  // the write is guarded by the etag of the row read, in the statement as with a sent etag.
  if ((etag != null && etag !== row.etag) || (expectedVersion != null && expectedVersion !== row.version)) {
    throw new EtagMismatchError(row.etag, row.version, toRecord(row));
  }
  const current = toRecord(row);
  const now = new Date();
  const planned = await planWithinBounds(plan, row, current, now, deps.db);
  if (options.dryRun)
    return {
      integration: withoutNewFingerprints(toRecord({ ...row, ...planned.after }), planned.after.secrets ?? {}, row.secrets),
      changedPaths: planned.paths,
    };
  if (planned.paths.length === 0) {
    if (!cached) return unchanged(current);
    // Planned from this process's last write: the row may have moved on since (another replica's
    // write), and then the caller's etag is stale, however little its input changes.
    const fresh = await findIntegrationById(deps.db, actor, id);
    if (!fresh) throw new NotFoundError();
    if (fresh.etag !== row.etag) {
      deps.rows?.forget(actor.tenantId, id);
      throw new EtagMismatchError(fresh.etag, fresh.version, toRecord(fresh));
    }
    return unchanged(toRecord(fresh));
  }
  const updated = await writePlan(deps.db, actor, row, planned, action, now);
  if (updated) return { integration: written(deps, actor, updated), changedPaths: planned.paths };
  // The write requires the key to be live: if it is not, nothing else the database says matters.
  if (actor.keyCheck && !(await actor.keyCheck.live())) throw new RevokedKeyError();
  deps.rows?.forget(actor.tenantId, id);
  const latest = await findIntegrationById(deps.db, actor, id);
  if (!latest) throw new NotFoundError();
  throw new EtagMismatchError(latest.etag, latest.version, toRecord(latest));
}

/**
 * A write without an etag: in one transaction, read the row `FOR UPDATE`, plan against it and
 * write it. Concurrent writers of the row queue on its lock, and each plans on the version the
 * previous one committed, so every one of them succeeds (or finds the row deleted): no retries,
 * however many contend. The write inside the transaction goes out at once on its connection
 * (update-batch.ts). Its etag check cannot fail under the lock; only the key check can.
 */
async function lastWriteWins(deps: ServiceDeps, actor: Actor, id: string, plan: Plan, action: WriteAction): Promise<WriteOutcome> {
  type Outcome = { unchanged: IntegrationRecord } | { updated: IntegrationRow | undefined; paths: string[] };
  const outcome = await inTransaction(deps.db, async (trx): Promise<Outcome> => {
    const row = await findIntegrationForUpdate(trx, actor, id);
    if (!row) throw new NotFoundError();
    const current = toRecord(row);
    const now = new Date();
    const planned = await planWithinBounds(plan, row, current, now, trx);
    if (planned.paths.length === 0) return { unchanged: current };
    return { updated: await writePlan(trx, actor, row, planned, action, now), paths: planned.paths };
  });
  if ('unchanged' in outcome) return unchanged(outcome.unchanged);
  if (outcome.updated) return { integration: written(deps, actor, outcome.updated), changedPaths: outcome.paths };
  // Asked after the transaction: on PGlite its one connection is the transaction's until it ends.
  if (actor.keyCheck) await actor.keyCheck.live();
  throw new RevokedKeyError();
}

/** The layer an integration built on a connector config is merged with; none for a standalone one. */
export async function layerOf(db: Kysely<Database>, row: IntegrationRow): Promise<IntegrationLayer | undefined> {
  if (!row.connector_config_id) return undefined;
  const [config] = await findConfigsOfTenant(db, row.tenant_id, [row.connector_config_id]);
  if (!config) throw new Error(`integration ${row.id} is built on connector config ${row.connector_config_id}, which is gone`);
  const attributes = row.customer_id ? await findCustomerAttributes(db, row.tenant_id, row.customer_id) : {};
  return { config, attributes };
}

export function updateIntegration(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  input: UpdateIntegrationInput,
  guard: WriteGuard = {},
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  return guardedWrite(
    deps,
    actor,
    id,
    guard,
    async (row, current, now, db) => {
      // Built on a connector config, a new customer brings its own attributes: the config is merged again.
      if (row.connector_config_id === null) {
        if (input.params !== undefined) {
          throw new ValidationError([
            { path: ['params'], code: 'not_built_on_config', message: 'this integration is not built on a connector config: change config instead' },
          ]);
        }
        return planUpdate(deps.keyring, row, current, input, now);
      }
      if (input.config !== undefined) throw builtOnConfig('config');
      if (input.params === undefined && input.customerId === undefined) return planUpdate(deps.keyring, row, current, input, now);
      const customerId = input.customerId !== undefined ? input.customerId : row.customer_id;
      const layer = await layerOf(db, { ...row, customer_id: customerId });
      const own = input.params ?? ownValuesOf(current.config, layer?.config.params ?? []);
      return planUpdate(deps.keyring, row, current, { ...input, config: { [current.connector.name]: own } }, now, layer);
    },
    'update',
    input.config !== undefined || input.params !== undefined || input.customerId !== undefined,
    options,
  );
}

export async function deleteIntegration(deps: ServiceDeps, actor: Actor, id: string | null, guard: WriteGuard = {}): Promise<IntegrationRecord> {
  const { integration } = await guardedWrite(
    deps,
    actor,
    id,
    guard,
    (_row, _current, now) => ({ changes: { deleted_at: now }, after: { deleted_at: now }, paths: ['deleted'] }),
    'delete',
    false,
  );
  return integration;
}

// ---------------------------------------------------------------------------------------------
// Restoring a revision

/** The config of a snapshot without its secrets' `{ isSet, updatedAt, fingerprint }` states. */
function plainOfSnapshot(connector: Connector, config: Plain): Plain {
  const plain = structuredClone(config);
  for (const dotted of connector.secretPaths) {
    const path = dotted.split('.');
    let parent: unknown = plain;
    for (const key of path.slice(0, -1)) parent = (parent as Plain | undefined)?.[key];
    if (parent && typeof parent === 'object') delete (parent as Plain)[path[path.length - 1]];
  }
  return plain;
}

/** The same stored ciphertext (whatever fingerprint or match tag goes with it). */
const sameCiphertext = (a: EncryptedSecret | undefined, b: EncryptedSecret | undefined) => a?.ct === b?.ct && a?.iv === b?.iv && a?.kid === b?.kid;

const refuseVersion = (code: string, message: string) => new ValidationError([{ path: ['version'], code, message }]);

/**
 * Plans the integration back to a revision: every field as its snapshot holds them, and the secrets
 * as of it, which were written together with its config and so go where they were written for.
 * A restored secret keeps its fingerprint (the value is the one it stood for) but not its match
 * tag: a rewrite right after a restore always gets a new fingerprint, so overwriting a secret with
 * a guess, reading the fingerprint and restoring cannot be repeated to test guess after guess.
 * Revisions from before revisions kept secrets (migration 006) have none: then the current secrets
 * stay where the revision's config leaves their destination as it is, and elsewhere the restore is
 * refused at their path (updateIntegration with the secret does it).
 */
function planRestore(
  keyring: Keyring,
  revision: { version: number; action: string; snapshot: Plain; secrets: Record<string, EncryptedSecret> | null } | undefined,
  version: number,
): Plan {
  return (row, current, now) => {
    if (!revision) throw refuseVersion('not_found', `this integration has no revision ${version}: list its revisions to find the version to restore`);
    if (revision.action === 'delete') {
      throw refuseVersion('revision_is_delete', 'a delete revision holds nothing to restore: restore the revision before it');
    }
    const snapshot = revision.snapshot as Plain & { config: Plain; metadata: Plain; labels: string[] };
    const connector = current.connector;
    const plainConfig = plainOfSnapshot(connector, snapshot.config);
    let plain: Plain;
    let secrets: Record<string, EncryptedSecret>;
    if (revision.secrets) {
      const stored = revision.secrets;
      const values = Object.fromEntries(Object.entries(stored).map(([path, secret]) => [path, keyring.decrypt(secret, secretAad(row.id, path))]));
      const { config } = mergeStoredSecrets(connector.shape, plainConfig, values);
      const parsed = connector.schema.safeParse(config);
      if (!parsed.success) {
        throw new ValidationError(
          issuesFromZod(parsed.error, config, ['config', connector.name], connector.shape).map((issue) => ({
            ...issue,
            message: `revision ${version} no longer validates: ${issue.message}; change the integration with updateIntegration instead`,
          })),
        );
      }
      const split = splitSecrets(connector.shape, parsed.data as Plain);
      plain = split.plain;
      secrets = {};
      for (const path of Object.keys(split.secrets)) {
        const restored = stored[path];
        // The same ciphertext as now: unchanged, match tag and all. Otherwise the revision's, without its match tag.
        secrets[path] = sameCiphertext(row.secrets[path], restored) ? row.secrets[path] : { ...restored, mk: undefined, mh: undefined };
      }
    } else {
      const resolved = resolveConfig(connector, plainConfig, { plain: current.config, secrets: decryptSecrets(keyring, row) });
      plain = resolved.plain;
      const kept = new Set(resolved.kept);
      secrets = Object.fromEntries(
        Object.keys(resolved.secrets)
          .filter((path) => kept.has(path))
          .map((path) => [path, row.secrets[path]]),
      );
    }

    const { changes, after, paths, set } = emptyPlan();
    set('title', 'title', current.title, snapshot.title as string, snapshot.title as string);
    set('description', 'description', current.description, (snapshot.description ?? null) as string | null, (snapshot.description ?? null) as string | null);
    set('labels', 'labels', current.labels, snapshot.labels, JSON.stringify(snapshot.labels));
    set('customerId', 'customer_id', current.customerId, (snapshot.customerId ?? null) as string | null, (snapshot.customerId ?? null) as string | null);
    set('disabled', 'disabled', current.disabled, snapshot.disabled === true, snapshot.disabled === true);
    const metadataPaths = changedPaths(current.metadata, snapshot.metadata, 'metadata').map((p) => p.split('.').slice(0, 2).join('.'));
    if (metadataPaths.length > 0) {
      changes.metadata = JSON.stringify(snapshot.metadata);
      after.metadata = snapshot.metadata;
      paths.push(...new Set(metadataPaths));
    }
    const delivery = (snapshot.delivery ?? null) as DeliverySettings | null;
    const deliveryPaths = changedPaths(current.delivery ?? {}, delivery ?? {}, 'delivery');
    if (deliveryPaths.length > 0 || (current.delivery === null) !== (delivery === null)) {
      changes.delivery = JSON.stringify(delivery);
      after.delivery = delivery;
      paths.push(...(deliveryPaths.length > 0 ? deliveryPaths : ['delivery']));
    }
    const configPaths = changedPaths(current.config, plain, 'config');
    if (configPaths.length > 0) {
      changes.config = JSON.stringify(plain);
      after.config = plain;
    }
    const secretPaths = [...new Set([...Object.keys(secrets), ...Object.keys(row.secrets)])]
      .filter((path) => !sameCiphertext(secrets[path], row.secrets[path]))
      .map((path) => `config.${path}`);
    if (secretPaths.length > 0) {
      after.secrets = secrets;
      changes.secrets = JSON.stringify(secrets);
    }
    paths.push(...configPaths, ...secretPaths);
    if ((configPaths.length > 0 || secretPaths.length > 0) && row.status_checked_at !== null) {
      const unknown = statusAfterConfigChange(now);
      Object.assign(changes, unknown);
      Object.assign(after, unknown);
    }
    return { changes, after, paths, restoredFrom: version };
  };
}

/**
 * Restores an integration to an earlier revision as a new revision (action restore), guarded by
 * its etag or version like any write: one statement, the guard in its WHERE. A restore that would
 * change nothing answers the integration as it is, with no revision, like a no-op update.
 */
export async function restoreIntegration(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  version: number,
  guard: WriteGuard,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  checkGuard(guard);
  if (guard.etag == null && guard.expectedVersion == null) {
    throw new ValidationError([
      { path: ['etag'], code: 'required', message: 'a restore replaces the whole integration: send the etag (or expectedVersion) you last read' },
    ]);
  }
  if (!id) throw new NotFoundError();
  const row = await findIntegrationById(deps.db, actor, id);
  if (row?.connector_config_id) {
    throw new ValidationError([
      {
        path: ['id'],
        code: 'built_from_config',
        message:
          'is built on a connector config, whose settings and shared secrets it takes as they are now: change its own params with updateIntegration (their earlier values are in its revisions)',
      },
    ]);
  }
  const revision = await findRevisionToRestore(deps.db, actor.tenantId, id, version);
  return guardedWrite(deps, actor, id, guard, planRestore(deps.keyring, revision as never, version), 'restore', true, options);
}
