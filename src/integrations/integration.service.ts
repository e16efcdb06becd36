// The rules of creating, updating and deleting integrations: patch semantics, config and secret
// handling, optimistic concurrency, revisions. Each write and its revision are atomic: create in one
// transaction, update and delete in one statement.
import { randomFillSync, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { issuesFromZod, mergeStoredSecrets, secretsLeftAtChangedDestinations, splitSecrets, withoutNulls } from '../connectors/kit.js';
import { type Connector, connectorByName } from '../connectors/registry.js';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { ConnectorMismatchError, EtagMismatchError, NotFoundError, ValidationError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import { decryptSecrets } from '../core/secrets.js';
import type { Database, DeliverySettings, EncryptedSecret, IdempotentResult, IntegrationRow } from '../db/database.js';
import { type Keyring, secretAad } from '../secrets/keyring.js';
import { statusAfterConfigChange } from '../status/status.repository.js';
import { RevokedKeyError } from '../tenants/key-check.js';
import { type DeliveryInput, METADATA_MAX_JSON_LENGTH, METADATA_TOO_LARGE } from './integration.inputs.js';
import { defaultDelivery, hasDelivery, type IntegrationRecord, snapshotOf, toRecord } from './integration.model.js';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  findIntegrationById,
  findIntegrationForUpdate,
  findIntegrationIncludingDeleted,
  insertIntegration,
  insertRevision,
  recordIdempotentResult,
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
  config: ConfigInput;
  delivery?: DeliveryInput | null;
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
function newEtag(): string {
  if (etagOffset === etagPool.length) {
    randomFillSync(etagPool);
    etagOffset = 0;
  }
  const etag = etagPool.toString('base64url', etagOffset, etagOffset + 12);
  etagOffset += 12;
  return etag;
}

function configMember(config: ConfigInput): { connector: Connector; value: Plain } {
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
function resolveConfig(connector: Connector, value: Plain, stored: StoredConfig | null) {
  const { config, kept } = mergeStoredSecrets(connector.shape, withoutNulls(value) as Plain, stored?.secrets ?? {});
  const parsed = connector.schema.safeParse(config);
  if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error, config, ['config', connector.name]));
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
 * A given value is never compared with the stored one: re-sending the same secret is a rewrite like
 * any other, or its answer (a new etag or none) would tell a key whether its guess was right.
 */
function encryptSecrets(
  keyring: Keyring,
  integrationId: string,
  next: Record<string, string>,
  kept: { paths: ReadonlySet<string>; stored: Record<string, EncryptedSecret> },
  now: Date,
): Record<string, EncryptedSecret> {
  const out: Record<string, EncryptedSecret> = {};
  for (const [path, value] of Object.entries(next)) {
    out[path] = kept.paths.has(path) ? kept.stored[path] : keyring.encrypt(value, secretAad(integrationId, path), now);
  }
  return out;
}

/** Leaf paths where two JSON values differ; an array or scalar counts as one leaf. */
function changedPaths(before: unknown, after: unknown, prefix: string): string[] {
  const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(before[key], after[key], `${prefix}.${key}`));
  }
  return isDeepStrictEqual(before, after) ? [] : [prefix];
}

/** The create input as JSON with sorted keys: the same input is the same text however it was written. */
function canonicalJson(input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Plain)[key])]),
    );
  };
  return JSON.stringify(canonical(input));
}

async function writeRevision(db: Kysely<Database>, actor: Actor, record: IntegrationRecord, action: 'create' | 'update' | 'delete', paths: string[]) {
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
  });
}

/** The created row as a replay will answer it: each secret only as when it was set, no ciphertext. */
function asIdempotentResult(row: IntegrationRow): IdempotentResult {
  const secrets = Object.fromEntries(Object.entries(row.secrets).map(([path, { updatedAt }]) => [path, { updatedAt }]));
  return { ...row, secrets };
}

const idempotencyKeyRefused = (code: string, message: string) => new ValidationError([{ path: ['idempotencyKey'], code, message }]);

/**
 * The answer to a create whose idempotency key was claimed before: the first result, as it was
 * answered, whatever happened to the integration since (a deleted one stays deleted; nothing is
 * created again). Only the API key that claimed it may replay it: another key is refused before
 * anything is compared, so no key can test guesses of the secrets in another key's input. The same
 * key with another input is refused too; the input is compared by a keyed digest (Keyring.digest),
 * as an unkeyed hash in the database would let its readers test guesses of the secrets in it.
 */
async function replay(deps: ServiceDeps, db: Kysely<Database>, actor: Actor, key: string, request: string): Promise<IntegrationRecord> {
  const previous = await findIdempotencyKey(db, actor.tenantId, key);
  if (!previous) throw new NotFoundError();
  if (previous.result !== null && previous.api_key_id !== actor.apiKeyId) {
    throw idempotencyKeyRefused('idempotency_key_taken', 'was already used by another API key; use a new key');
  }
  if (!deps.keyring.matchesDigest(request, previous.request_hash)) {
    throw idempotencyKeyRefused('idempotency_key_reused', 'was already used with a different input; use a new key for a different request');
  }
  if (previous.result !== null) {
    const { status_checked_at: checkedAt } = previous.result;
    return toRecord({ ...previous.result, status_checked_at: checkedAt === null ? null : new Date(checkedAt) });
  }
  // Claimed before results were kept (migration 003): such keys expire within 24 hours.
  const row = await findIntegrationIncludingDeleted(db, actor.tenantId, previous.integration_id);
  if (!row) throw new NotFoundError();
  return toRecord(row);
}

export async function createIntegration(
  deps: ServiceDeps,
  actor: Actor,
  input: CreateIntegrationInput,
  idempotencyKey?: string | null,
): Promise<IntegrationRecord> {
  const { connector, value } = configMember(input.config);
  const { plain, secrets } = resolveConfig(connector, value, null);
  const delivery = patchDelivery(connector, null, input.delivery ?? undefined);
  const id = randomUUID();
  const now = new Date();
  const encrypted = encryptSecrets(deps.keyring, id, secrets, { paths: new Set(), stored: {} }, now);

  return deps.db.transaction().execute(async (trx) => {
    if (idempotencyKey) {
      const request = canonicalJson(input);
      const claimed = await claimIdempotencyKey(trx, {
        tenantId: actor.tenantId,
        key: idempotencyKey,
        requestHash: deps.keyring.digest(request),
        integrationId: id,
        apiKeyId: actor.apiKeyId,
      });
      if (!claimed) return replay(deps, trx, actor, idempotencyKey, request);
    }
    const row = await insertIntegration(trx, {
      id,
      tenant_id: actor.tenantId,
      connector: connector.type,
      title: input.title,
      description: input.description ?? null,
      labels: JSON.stringify(input.labels ?? []),
      metadata: JSON.stringify(input.metadata ?? {}),
      customer_id: input.customerId ?? null,
      disabled: input.disabled ?? false,
      config: JSON.stringify(plain),
      secrets: JSON.stringify(encrypted),
      delivery: delivery && JSON.stringify(delivery),
      status_message: null,
      status_checked_at: null,
      etag: newEtag(),
      version: 1,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    const record = toRecord(row);
    const paths = Object.keys(snapshotOf(record)).filter((key) => key !== 'connector');
    await writeRevision(trx, actor, record, 'create', paths);
    if (idempotencyKey) await recordIdempotentResult(trx, { tenantId: actor.tenantId, key: idempotencyKey, result: JSON.stringify(asIdempotentResult(row)) });
    return record;
  });
}

interface PlannedUpdate {
  /** The columns to write, as the statement sends them (JSON columns as text). */
  changes: IntegrationChanges;
  /** The same columns as the row will read afterwards, for the revision's snapshot. */
  after: Partial<IntegrationRow>;
  paths: string[];
}

function planUpdate(keyring: Keyring, row: IntegrationRow, current: IntegrationRecord, input: UpdateIntegrationInput, now: Date): PlannedUpdate {
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
    const { connector, value } = configMember(input.config);
    if (connector.type !== current.connector.type) throw new ConnectorMismatchError(current.connector.type, connector.type);
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

type Plan = (row: IntegrationRow, current: IntegrationRecord, now: Date) => PlannedUpdate;

/**
 * Plans an update and checks what the row would hold: metadata is merged, so an input within its
 * bound can still grow the stored whole past it, one update at a time.
 */
function planWithinBounds(plan: Plan, row: IntegrationRow, current: IntegrationRecord, now: Date): PlannedUpdate {
  const planned = plan(row, current, now);
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
function writePlan(db: Kysely<Database>, actor: Actor, row: IntegrationRow, planned: PlannedUpdate, action: 'update' | 'delete', now: Date) {
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
    },
  );
}

/** A write that changed the row: the key is proven live, and the row is remembered for the next update naming its etag. */
function written(deps: ServiceDeps, actor: Actor, updated: IntegrationRow): IntegrationRecord {
  actor.keyCheck?.confirm();
  deps.rows?.remember(updated);
  return toRecord(updated);
}

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
 * The write also requires the acting key to be live; a request whose key is not yet confirmed
 * (actor.keyCheck) is confirmed by a write that changed the row, and asks when none did.
 */
async function guardedWrite(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  etag: string | null | undefined,
  plan: Plan,
  action: 'update' | 'delete',
  planReadsSecrets: boolean,
): Promise<IntegrationRecord> {
  if (!id) throw new NotFoundError();
  if (etag == null) return lastWriteWins(deps, actor, id, plan, action);
  const cached = !planReadsSecrets ? deps.rows?.get(actor.tenantId, id, etag) : undefined;
  const row = cached ?? (await findIntegrationById(deps.db, actor.tenantId, id));
  if (!row) throw new NotFoundError();
  if (etag !== row.etag) throw new EtagMismatchError(row.etag, row.version);
  const current = toRecord(row);
  const now = new Date();
  const planned = planWithinBounds(plan, row, current, now);
  if (planned.paths.length === 0) {
    if (!cached) return current;
    // Planned from this process's last write: the row may have moved on since (another replica's
    // write), and then the caller's etag is stale, however little its input changes.
    const fresh = await findIntegrationById(deps.db, actor.tenantId, id);
    if (!fresh) throw new NotFoundError();
    if (fresh.etag !== etag) {
      deps.rows?.forget(actor.tenantId, id);
      throw new EtagMismatchError(fresh.etag, fresh.version);
    }
    return toRecord(fresh);
  }
  const updated = await writePlan(deps.db, actor, row, planned, action, now);
  if (updated) return written(deps, actor, updated);
  // The write requires the key to be live: if it is not, nothing else the database says matters.
  if (actor.keyCheck && !(await actor.keyCheck.live())) throw new RevokedKeyError();
  deps.rows?.forget(actor.tenantId, id);
  const latest = await findIntegrationById(deps.db, actor.tenantId, id);
  if (!latest) throw new NotFoundError();
  throw new EtagMismatchError(latest.etag, latest.version);
}

/**
 * A write without an etag: in one transaction, read the row `FOR UPDATE`, plan against it and
 * write it. Concurrent writers of the row queue on its lock, and each plans on the version the
 * previous one committed, so every one of them succeeds (or finds the row deleted): no retries,
 * however many contend. The write inside the transaction goes out at once on its connection
 * (update-batch.ts). Its etag check cannot fail under the lock; only the key check can.
 */
async function lastWriteWins(deps: ServiceDeps, actor: Actor, id: string, plan: Plan, action: 'update' | 'delete') {
  type Outcome = { unchanged: IntegrationRecord } | { updated: IntegrationRow | undefined };
  const outcome = await deps.db.transaction().execute(async (trx): Promise<Outcome> => {
    const row = await findIntegrationForUpdate(trx, actor.tenantId, id);
    if (!row) throw new NotFoundError();
    const current = toRecord(row);
    const now = new Date();
    const planned = planWithinBounds(plan, row, current, now);
    if (planned.paths.length === 0) return { unchanged: current };
    return { updated: await writePlan(trx, actor, row, planned, action, now) };
  });
  if ('unchanged' in outcome) return outcome.unchanged;
  if (outcome.updated) return written(deps, actor, outcome.updated);
  // Asked after the transaction: on PGlite its one connection is the transaction's until it ends.
  if (actor.keyCheck) await actor.keyCheck.live();
  throw new RevokedKeyError();
}

export function updateIntegration(
  deps: ServiceDeps,
  actor: Actor,
  id: string | null,
  input: UpdateIntegrationInput,
  etag?: string | null,
): Promise<IntegrationRecord> {
  return guardedWrite(deps, actor, id, etag, (row, current, now) => planUpdate(deps.keyring, row, current, input, now), 'update', input.config !== undefined);
}

export async function deleteIntegration(deps: ServiceDeps, actor: Actor, id: string | null, etag?: string | null): Promise<IntegrationRecord> {
  return guardedWrite(
    deps,
    actor,
    id,
    etag,
    (_row, _current, now) => ({ changes: { deleted_at: now }, after: { deleted_at: now }, paths: ['deleted'] }),
    'delete',
    false,
  );
}
