// SQL for a tenant's teams, environments and customers' attributes.
import { type Kysely, sql } from 'kysely';
import type { Database, TeamRow } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

export function insertTeam(db: Db, team: { tenantId: string; name: string; domain: string | null; logoUrl: string | null; verified: boolean }) {
  return runOne(
    db,
    'insertTeam',
    db
      .insertInto('teams')
      .values({ tenant_id: team.tenantId, name: team.name, domain: team.domain, logo_url: team.logoUrl, verified: team.verified })
      .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing())
      .returningAll(),
  );
}

export function updateTeamRow(db: Db, tenantId: string, id: string, changes: Partial<Pick<TeamRow, 'name' | 'domain' | 'logo_url' | 'verified'>>) {
  return runOne(
    db,
    'updateTeam',
    db
      .updateTable('teams')
      .set({ ...changes, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll(),
  );
}

export function findTeamByName(db: Db, tenantId: string, name: string) {
  return runOne(db, 'findTeamByName', db.selectFrom('teams').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name));
}

export function listTeams(db: Db, tenantId: string, limit: number) {
  return run(db, 'listTeams', db.selectFrom('teams').selectAll().where('tenant_id', '=', tenantId).orderBy('name').orderBy('id').limit(limit));
}

export function findTeamsByIds(db: Db, tenantId: string, ids: readonly string[]) {
  return run(db, 'findTeamsByIds', db.selectFrom('teams').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', ids));
}

export function countTeams(db: Db, tenantId: string) {
  return runOne(
    db,
    'countTeams',
    db
      .selectFrom('teams')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('tenant_id', '=', tenantId),
  );
}

export function insertEnvironment(db: Db, tenantId: string, name: string) {
  return runOne(
    db,
    'insertEnvironment',
    db
      .insertInto('environments')
      .values({ tenant_id: tenantId, name })
      .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing())
      .returningAll(),
  );
}

export function listEnvironments(db: Db, tenantId: string) {
  return run(db, 'listEnvironments', db.selectFrom('environments').selectAll().where('tenant_id', '=', tenantId).orderBy('name'));
}

export function findEnvironmentsByNames(db: Db, tenantId: string, names: readonly string[]) {
  return run(db, 'findEnvironmentsByNames', db.selectFrom('environments').selectAll().where('tenant_id', '=', tenantId).where('name', 'in', names));
}

export function findEnvironmentsByIds(db: Db, tenantId: string, ids: readonly string[]) {
  return run(db, 'findEnvironmentsByIds', db.selectFrom('environments').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', ids));
}

/** A customer's attributes; none for a customer never given any. */
export async function findCustomerAttributes(db: Db, tenantId: string, customerId: string): Promise<Record<string, string>> {
  const row = await runOne(
    db,
    'findCustomerAttributes',
    db.selectFrom('customers').select('attributes').where('tenant_id', '=', tenantId).where('id', '=', customerId),
  );
  return row?.attributes ?? {};
}

/**
 * Merges attributes into a customer's (null removes one) and returns the whole set, in one
 * statement that also locks the row until the transaction ends: concurrent changes of one
 * customer queue, and none is lost.
 */
export async function mergeCustomerAttributes(db: Db, tenantId: string, customerId: string, patch: Record<string, string | null>) {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null));
  const removed = Object.entries(patch)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  const row = await runOne(
    db,
    'mergeCustomerAttributes',
    db
      .insertInto('customers')
      .values({ tenant_id: tenantId, id: customerId, attributes: JSON.stringify(set) })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'id']).doUpdateSet({
          attributes: sql<string>`(customers.attributes - array(select jsonb_array_elements_text(${JSON.stringify(removed)}::jsonb))) || excluded.attributes`,
          updated_at: new Date(),
        }),
      )
      .returning(['attributes']),
  );
  return row?.attributes ?? {};
}
