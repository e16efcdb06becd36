// Reads of the outbox (migration 009). An event is readable once no transaction that could still
// insert one before it is running: its txid is below the oldest running transaction's
// (pg_snapshot_xmin). In that order a cursor never has an older event appear behind it.
import { type Kysely, sql } from 'kysely';
import type { Database, EventRow, EventType } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';
import type { EventPosition } from './event.model.js';

type Db = Kysely<Database>;

/** Who reads: the visibility rule (igw_event_visible) takes the key's environment and team. */
export interface EventViewer {
  tenantId: string;
  environmentId: string | null;
  teamId: string | null;
}

export interface EventFilter {
  integrationId?: string | null;
  connectors?: readonly string[] | null;
  labels?: readonly string[] | null;
  types?: readonly EventType[] | null;
}

const eventColumns = (db: Db) =>
  db
    .selectFrom('events as ev')
    .select([
      sql<string>`ev.id::text`.as('id'),
      sql<string>`ev.txid::text`.as('txid'),
      'ev.tenant_id',
      'ev.type',
      'ev.occurred_at',
      'ev.integration_id',
      'ev.connector_config_id',
      'ev.transfer_id',
      'ev.connector',
      'ev.labels',
      'ev.environment_id',
      'ev.environment_ids',
      'ev.owner_team_id',
      'ev.sharing',
      'ev.version',
      'ev.etag',
      'ev.changed_paths',
      'ev.api_key_id',
      'ev.actor',
      'ev.data',
      'ev.webhook_endpoint_id',
    ]);

/**
 * The viewer's events after `after` (all retained ones when null) that every running transaction
 * can no longer precede, in order, at most `limit`.
 */
export function readEvents(db: Db, viewer: EventViewer, after: EventPosition | null, filter: EventFilter, limit: number): Promise<EventRow[]> {
  let query = eventColumns(db)
    .where('ev.tenant_id', '=', viewer.tenantId)
    .where('ev.type', '<>', 'WEBHOOK_TEST')
    .where(sql<boolean>`ev.txid < pg_snapshot_xmin(pg_current_snapshot())`)
    .where(sql<boolean>`igw_event_visible(ev, ${viewer.environmentId}::uuid, ${viewer.teamId}::uuid)`);
  if (after) query = query.where(sql<boolean>`(ev.txid, ev.id) > (${after.txid}::xid8, ${after.id}::bigint)`);
  if (filter.integrationId) query = query.where('ev.integration_id', '=', filter.integrationId);
  if (filter.connectors?.length) query = query.where('ev.connector', 'in', filter.connectors);
  if (filter.labels?.length) query = query.where(sql<boolean>`ev.labels ?| ${sql.val([...filter.labels])}::text[]`);
  if (filter.types?.length) query = query.where('ev.type', 'in', filter.types);
  return run(db, 'readEvents', query.orderBy(sql`ev.txid`).orderBy('ev.id').limit(limit)) as Promise<EventRow[]>;
}

/** One event by its row id, for webhook deliveries (which hold the event's row id). */
export function findEventById(db: Db, id: string): Promise<EventRow | undefined> {
  return runOne(db, 'findEventById', eventColumns(db).where('ev.id', '=', id)) as Promise<EventRow | undefined>;
}

/** Events of one tenant by their row ids, in no order: one statement for a page of webhook deliveries. */
export function findTenantEventsByIds(db: Db, tenantId: string, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return run(db, 'findTenantEventsByIds', eventColumns(db).where('ev.tenant_id', '=', tenantId).where('ev.id', 'in', ids)) as Promise<EventRow[]>;
}

/**
 * The position after which nothing readable now exists for anyone: where a subscriber with no
 * `after` starts (it sees what is committed from then on).
 */
export async function currentPosition(db: Db): Promise<EventPosition> {
  const row = await runOne(
    db,
    'currentEventPosition',
    db.selectNoFrom([sql<string>`(pg_snapshot_xmin(pg_current_snapshot())::text::numeric - 1)::text`.as('txid'), sql<string>`'9223372036854775807'`.as('id')]),
  );
  return { txid: row?.txid ?? '0', id: row?.id ?? '0' };
}

/** The highest event row id the retention sweep has removed (0: none); older cursors cannot resume. */
export async function prunedThrough(db: Db): Promise<string> {
  const row = await runOne(db, 'eventsPrunedThrough', db.selectFrom('event_retention').select(sql<string>`pruned_through::text`.as('id')));
  return row?.id ?? '0';
}

/**
 * Deletes events older than the retention, except those a webhook delivery still waits on, and
 * records how far it went; and forgets listening gateways not seen for an hour. Returns how many
 * events it removed.
 */
export async function deleteOldEvents(db: Db, olderThan: Date): Promise<number> {
  const result = await sql<{ deleted: number; max_id: string | null }>`
    /* deleteOldEvents */ with gone as (
      delete from events ev
      where ev.occurred_at < ${olderThan}
        and not exists (select 1 from webhook_deliveries d where d.event_id = ev.id and d.status = 'PENDING')
      returning ev.id
    ), mark as (
      update event_retention set pruned_through = greatest(pruned_through, (select max(id) from gone))
      where exists (select 1 from gone)
    ), stale_listeners as (
      -- Gateways that stopped without saying so (killed): the trigger ignores them after 30 s anyway.
      delete from event_listeners where seen_at < now() - interval '1 hour'
    )
    select count(*)::int as deleted from gone`.execute(db);
  return result.rows[0]?.deleted ?? 0;
}
