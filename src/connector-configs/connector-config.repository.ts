// SQL for connector configs, their revisions and the integrations built on them. Every read of
// configs starts from visibleConfigs: a key sees its tenant's live configs, of its environment when
// it has one, and of other teams only those they share (sharing ALLOW or ASK).
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Actor } from '../core/actor.js';
import type { ConnectorConfigRevisionTable, ConnectorConfigRow, ConnectorConfigTable, Database, IntegrationRow } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

/** Who is reading configs: the tenant, and the key's team and environment (null: all). */
export type ConfigViewer = Pick<Actor, 'tenantId' | 'teamId' | 'environmentId'>;

function visibleConfigs(db: Db, viewer: ConfigViewer) {
  let query = db.selectFrom('connector_configs').selectAll().where('tenant_id', '=', viewer.tenantId).where('deleted_at', 'is', null);
  if (viewer.environmentId !== null) query = query.where(sql<boolean>`environment_ids @> ${JSON.stringify([viewer.environmentId])}::jsonb`);
  if (viewer.teamId !== null) {
    const teamId = viewer.teamId;
    query = query.where((eb) => eb.or([eb('owner_team_id', '=', teamId), eb('sharing', '<>', 'DENY')]));
  }
  return query;
}

export function insertConfig(db: Db, row: Insertable<ConnectorConfigTable>) {
  return runOne(db, 'insertConnectorConfig', db.insertInto('connector_configs').values(row).returningAll());
}

export function findConfigsByIds(db: Db, viewer: ConfigViewer, ids: readonly string[]) {
  return run(db, 'findConnectorConfigsByIds', visibleConfigs(db, viewer).where('id', 'in', ids));
}

/**
 * One config, locked until the transaction ends: FOR UPDATE for a change of it (its integrations
 * are changed in the same transaction), FOR SHARE for a creation from it (which must see the
 * config as it is when it commits: a concurrent change waits for it, and then includes it).
 */
export function findConfigLocked(db: Db, viewer: ConfigViewer, id: string, lock: 'update' | 'share') {
  const query = visibleConfigs(db, viewer).where('id', '=', id);
  return runOne(
    db,
    lock === 'update' ? 'findConnectorConfigForUpdate' : 'findConnectorConfigForShare',
    lock === 'update' ? query.forUpdate() : query.forShare(),
  );
}

export interface ConfigListQuery {
  viewer: ConfigViewer;
  connectors?: string[];
  after?: { createdAt: string; id: string };
  limit: number;
}

export function listConfigs(db: Db, q: ConfigListQuery): Promise<(ConnectorConfigRow & { total_count: number })[]> {
  const filtered = () => {
    let query = visibleConfigs(db, q.viewer);
    if (q.connectors) query = q.connectors.length > 0 ? query.where('connector', 'in', q.connectors) : query.where(sql<boolean>`false`);
    return query;
  };
  let query = filtered().select(filtered().clearSelect().select(sql<number>`count(*)::int`.as('count')).as('total_count'));
  if (q.after) {
    const after = q.after;
    query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  return run(db, 'listConnectorConfigs', query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit)) as Promise<
    (ConnectorConfigRow & { total_count: number })[]
  >;
}

export function updateConfigRow(db: Db, args: { tenantId: string; id: string; expectedEtag: string; changes: Partial<Insertable<ConnectorConfigTable>> }) {
  return runOne(
    db,
    'updateConnectorConfig',
    db
      .updateTable('connector_configs')
      .set(args.changes)
      .where('tenant_id', '=', args.tenantId)
      .where('id', '=', args.id)
      .where('etag', '=', args.expectedEtag)
      .where('deleted_at', 'is', null)
      .returningAll(),
  );
}

export async function insertConfigRevision(db: Db, revision: Insertable<ConnectorConfigRevisionTable>) {
  await run(db, 'insertConnectorConfigRevision', db.insertInto('connector_config_revisions').values(revision));
}

export function listConfigRevisions(db: Db, tenantId: string, configIds: readonly string[], limit: number) {
  return run(
    db,
    'listConnectorConfigRevisions',
    db
      .selectFrom(
        db
          .selectFrom('connector_config_revisions')
          .selectAll()
          .select(sql<number>`row_number() over (partition by config_id order by version desc)`.as('rank'))
          .where('tenant_id', '=', tenantId)
          .where('config_id', 'in', configIds)
          .as('ranked'),
      )
      .selectAll()
      .where('rank', '<=', limit)
      .orderBy('config_id')
      .orderBy('version', 'desc'),
  );
}

/** The live integrations built on a config (every environment, pending ones too), locked, in id order. */
export function findIntegrationsOfConfigForUpdate(db: Db, tenantId: string, configId: string): Promise<IntegrationRow[]> {
  return run(
    db,
    'findIntegrationsOfConfigForUpdate',
    db
      .selectFrom('integrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('connector_config_id', '=', configId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .forUpdate(),
  );
}

/** A customer's live integrations built on configs, locked, in id order. */
export function findConfiguredIntegrationsOfCustomerForUpdate(db: Db, tenantId: string, customerId: string): Promise<IntegrationRow[]> {
  return run(
    db,
    'findConfiguredIntegrationsOfCustomerForUpdate',
    db
      .selectFrom('integrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('customer_id', '=', customerId)
      .where('connector_config_id', 'is not', null)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .forUpdate(),
  );
}

/** Configs by id whatever the viewer (the ones a customer's integrations are built on), live or not. */
export function findConfigsOfTenant(db: Db, tenantId: string, ids: readonly string[]) {
  return run(db, 'findConnectorConfigsOfTenant', db.selectFrom('connector_configs').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', ids));
}
