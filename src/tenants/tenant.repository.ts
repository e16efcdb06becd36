// SQL for tenants and their API keys.
import { type InferResult, type Kysely, sql } from 'kysely';
import type { ApiKeyTable, Database } from '../db/database.js';
import { type PreparedStatement, prepareStatement, run, runOne, runPrepared } from '../db/named-query.js';

type Db = Kysely<Database>;

export async function ensureTenant(db: Db, name: string): Promise<{ id: string; name: string }> {
  await run(
    db,
    'insertTenant',
    db
      .insertInto('tenants')
      .values({ name })
      .onConflict((oc) => oc.column('name').doNothing()),
  );
  const tenant = await runOne(db, 'findTenantByName', db.selectFrom('tenants').select(['id', 'name']).where('name', '=', name));
  if (!tenant) throw new Error(`tenant ${name} vanished after insert`);
  return tenant;
}

export async function countTenants(db: Db): Promise<number> {
  const row = await runOne(
    db,
    'countTenants',
    db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('count')),
  );
  return Number(row?.count ?? 0);
}

export async function insertApiKey(
  db: Db,
  key: {
    tenantId: string;
    name: string;
    scope: ApiKeyTable['scope'];
    keyHash: string;
    keyPrefix: string;
    teamId?: string | null;
    environmentId?: string | null;
  },
) {
  const row = await runOne(
    db,
    'insertApiKey',
    db
      .insertInto('api_keys')
      .values({
        tenant_id: key.tenantId,
        name: key.name,
        scope: key.scope,
        key_hash: key.keyHash,
        key_prefix: key.keyPrefix,
        team_id: key.teamId ?? null,
        environment_id: key.environmentId ?? null,
        last_used_at: null,
        revoked_at: null,
      })
      .returning(['id', 'name', 'scope', 'created_at']),
  );
  if (!row) throw new Error('insertApiKey returned no row');
  return row;
}

const KEY_HASHES = '\u0000keyHashes';

/**
 * Finds the active keys of these hashes and, in the same statement, records their use: last_used_at
 * is written at most once a minute per key, so the hot path stays one statement and rarely a write.
 * Nearly every request needs it (not an update whose write checks the key: tenants/key-check.ts),
 * so it is compiled once (on first use) and only the array of hashes changes; the checks of the
 * requests of one turn of the event loop share it (KeyLookups below).
 */
function activeApiKeysByHashes(db: Db, keyHashes: string) {
  return db
    .with('found', (q) =>
      q
        .selectFrom('api_keys')
        .innerJoin('tenants', 'tenants.id', 'api_keys.tenant_id')
        .select([
          'api_keys.key_hash as keyHash',
          'api_keys.id as keyId',
          'api_keys.name as keyName',
          'api_keys.scope as scope',
          'api_keys.last_used_at as lastUsedAt',
          'api_keys.team_id as teamId',
          'api_keys.environment_id as environmentId',
          'tenants.id as tenantId',
          'tenants.name as tenantName',
        ])
        .where('api_keys.key_hash', '=', sql<string>`any(${keyHashes}::text[])`)
        .where('api_keys.revoked_at', 'is', null),
    )
    .with('touched', (q) =>
      q
        .updateTable('api_keys')
        .set({ last_used_at: sql`now()` })
        .where('id', 'in', (s) =>
          s
            .selectFrom('found')
            .select('keyId')
            .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', sql<Date>`now() - interval '1 minute'`)])),
        )
        .returning('id'),
    )
    .selectFrom('found')
    .select(['keyHash', 'keyId', 'keyName', 'scope', 'tenantId', 'tenantName', 'teamId', 'environmentId']);
}

type ActiveApiKeyRow = InferResult<ReturnType<typeof activeApiKeysByHashes>>[number];

let activeApiKeysStatement: PreparedStatement<ActiveApiKeyRow> | undefined;

/** The active keys among these hashes, each with its hash (one statement, named findActiveApiKeyByHash). */
export async function findActiveApiKeysByHashes(db: Db, keyHashes: readonly string[]): Promise<ActiveApiKeyRow[]> {
  activeApiKeysStatement ??= prepareStatement('findActiveApiKeyByHash', activeApiKeysByHashes(db, KEY_HASHES), [KEY_HASHES]);
  return runPrepared(db, activeApiKeysStatement, [keyHashes]);
}

/**
 * The key lookups of one process. Every lookup asked for in one turn of the event loop goes in one
 * statement, sent at the end of that turn (setImmediate), as the writes of integrations/update-batch.ts
 * do: under load the requests in flight share a round trip instead of each paying for one. The
 * statement always starts after every lookup it answers was asked for, so a key revoked before a
 * request arrived is never found live for it: "decided in PostgreSQL on every request" still holds.
 * Not a DataLoader (cache off, setImmediate schedule), which does the same but cost the floor a
 * quarter of its throughput in paired runs (bench/README.md, "Eighth round").
 */
export class KeyLookups {
  #queued: Map<string, { resolve: (row: ActiveApiKeyRow | undefined) => void; reject: (error: unknown) => void }[]> | undefined;

  constructor(readonly db: Db) {}

  /** The active key of this hash, or undefined; a failed statement rejects every lookup it held. */
  find(keyHash: string): Promise<ActiveApiKeyRow | undefined> {
    let queued = this.#queued;
    if (!queued) {
      queued = new Map();
      this.#queued = queued;
      setImmediate(() => this.#send());
    }
    let waiters = queued.get(keyHash);
    if (!waiters) {
      waiters = [];
      queued.set(keyHash, waiters);
    }
    const list = waiters;
    return new Promise((resolve, reject) => list.push({ resolve, reject }));
  }

  #send(): void {
    const queued = this.#queued;
    this.#queued = undefined;
    if (!queued) return;
    findActiveApiKeysByHashes(this.db, [...queued.keys()]).then(
      (rows) => {
        const byHash = new Map(rows.map((row) => [row.keyHash, row]));
        for (const [hash, waiters] of queued) for (const waiter of waiters) waiter.resolve(byHash.get(hash));
      },
      (error) => {
        for (const waiters of queued.values()) for (const waiter of waiters) waiter.reject(error);
      },
    );
  }
}

export function listApiKeys(db: Db, tenantName?: string) {
  return run(
    db,
    'listApiKeys',
    db
      .selectFrom('api_keys')
      .innerJoin('tenants', 'tenants.id', 'api_keys.tenant_id')
      .select([
        'api_keys.id',
        'tenants.name as tenant',
        'api_keys.name',
        'api_keys.scope',
        'api_keys.key_prefix',
        'api_keys.created_at',
        'api_keys.last_used_at',
        'api_keys.revoked_at',
        (eb) => eb.selectFrom('teams').select('teams.name').whereRef('teams.id', '=', 'api_keys.team_id').as('team'),
        (eb) => eb.selectFrom('environments').select('environments.name').whereRef('environments.id', '=', 'api_keys.environment_id').as('environment'),
      ])
      .$if(tenantName !== undefined, (q) => q.where('tenants.name', '=', tenantName as string))
      .orderBy('tenants.name')
      .orderBy('api_keys.created_at'),
  );
}

export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const rows = await run(
    db,
    'revokeApiKey',
    db.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).returning('id'),
  );
  return rows.length === 1;
}

/** Whether the key exists and is not revoked: long-lived streams ask again now and then. */
export async function isApiKeyLive(db: Db, id: string): Promise<boolean> {
  const row = await runOne(db, 'isApiKeyLive', db.selectFrom('api_keys').select('id').where('id', '=', id).where('revoked_at', 'is', null));
  return row !== undefined;
}

/** The team of this name in the tenant, made when missing (the CLI's `--team`). */
export async function ensureTeam(db: Db, tenantId: string, name: string): Promise<{ id: string }> {
  await run(
    db,
    'insertTeamIfMissing',
    db
      .insertInto('teams')
      .values({ tenant_id: tenantId, name, domain: null, logo_url: null })
      .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing()),
  );
  const team = await runOne(db, 'findTeamByName', db.selectFrom('teams').select('id').where('tenant_id', '=', tenantId).where('name', '=', name));
  if (!team) throw new Error(`team ${name} vanished after insert`);
  return team;
}

/** The environment of this name in the tenant, made when missing (the CLI's `--environment`). */
export async function ensureEnvironment(db: Db, tenantId: string, name: string): Promise<{ id: string }> {
  await run(
    db,
    'insertEnvironmentIfMissing',
    db
      .insertInto('environments')
      .values({ tenant_id: tenantId, name })
      .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing()),
  );
  const environment = await runOne(
    db,
    'findEnvironmentByName',
    db.selectFrom('environments').select('id').where('tenant_id', '=', tenantId).where('name', '=', name),
  );
  if (!environment) throw new Error(`environment ${name} vanished after insert`);
  return environment;
}
