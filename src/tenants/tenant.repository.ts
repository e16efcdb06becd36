// SQL for tenants and their API keys.
import { type InferResult, type Kysely, sql } from 'kysely';
import type { ApiKeyTable, Database } from '../db/database.js';
import { type PreparedStatement, prepareStatement, run, runOne, runPreparedOne } from '../db/named-query.js';

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

const KEY_HASH = '\u0000keyHash';

/**
 * Finds an active key by its hash and, in the same statement, records its use: last_used_at is
 * written at most once a minute per key, so the hot path stays one statement and rarely a write.
 * Nearly every request runs it (not an update whose write checks the key: tenants/key-check.ts), so
 * it is compiled once (on first use) and only the hash changes.
 */
function activeApiKeyByHash(db: Db, keyHash: string) {
  return db
    .with('found', (q) =>
      q
        .selectFrom('api_keys')
        .innerJoin('tenants', 'tenants.id', 'api_keys.tenant_id')
        .select([
          'api_keys.id as keyId',
          'api_keys.name as keyName',
          'api_keys.scope as scope',
          'api_keys.last_used_at as lastUsedAt',
          'api_keys.team_id as teamId',
          'api_keys.environment_id as environmentId',
          'tenants.id as tenantId',
          'tenants.name as tenantName',
        ])
        .where('api_keys.key_hash', '=', keyHash)
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
    .select(['keyId', 'keyName', 'scope', 'tenantId', 'tenantName', 'teamId', 'environmentId']);
}

let activeApiKeyStatement: PreparedStatement<InferResult<ReturnType<typeof activeApiKeyByHash>>[number]> | undefined;

export async function findActiveApiKeyByHash(db: Db, keyHash: string) {
  activeApiKeyStatement ??= prepareStatement('findActiveApiKeyByHash', activeApiKeyByHash(db, KEY_HASH), [KEY_HASH]);
  return runPreparedOne(db, activeApiKeyStatement, [keyHash]);
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
