// SQL for transfer reports: insert, the newest completed one per integration and pages of many
// integrations (batched). The status a report sets is status/status.repository.ts's.
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database, TransferRow, TransferTable } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

export async function insertTransfer(db: Db, transfer: Insertable<TransferTable>): Promise<TransferRow> {
  const row = await runOne(db, 'insertTransfer', db.insertInto('transfers').values(transfer).returningAll());
  if (!row) throw new Error('insertTransfer returned no row');
  return row;
}

/** The newest transfer of each integration, in one statement. */
export function findLastTransfers(db: Db, tenantId: string, integrationIds: readonly string[]): Promise<TransferRow[]> {
  return run(
    db,
    'findLastTransfers',
    db
      .selectFrom('transfers')
      .selectAll()
      .distinctOn('integration_id')
      .where('tenant_id', '=', tenantId)
      .where('integration_id', 'in', integrationIds)
      .orderBy('integration_id')
      .orderBy('ended_at', 'desc')
      .orderBy('id', 'desc'),
  );
}

/** When the newest successful transfer of each integration ended, in one statement. */
export function findLastSuccessEnds(db: Db, tenantId: string, integrationIds: readonly string[]) {
  return run(
    db,
    'findLastSuccessEnds',
    db
      .selectFrom('transfers')
      .select(['integration_id', (eb) => eb.fn.max('ended_at').as('ended_at')])
      .where('tenant_id', '=', tenantId)
      .where('integration_id', 'in', integrationIds)
      .where('status', '=', 'SUCCESS')
      .groupBy('integration_id'),
  );
}

/** One integration's page of transfers as a batch asks for it. */
export interface TransferPageQuery {
  integrationId: string;
  status?: string;
  after?: { endedAt: string; id: string };
  limit: number;
}

/** A listed transfer (null columns when the integration has none on its page), with the integration's total. */
export type ListedTransferRow = { [K in keyof TransferRow]: TransferRow[K] | null } & { query_index: number; total_count: number };

/**
 * Pages of transfers of many integrations in one statement, newest first, each page with its own
 * status filter, cursor and size: the queries travel as one JSON array, and each is a lateral
 * subquery (the index on integration_id, ended_at, id serves its page in order). Each query
 * answers at least one row, which carries the total of its integration and filter whatever the
 * cursor; a query whose page is empty answers just that, its transfer columns null.
 */
export async function listTransfersForIntegrations(db: Db, tenantId: string, queries: readonly TransferPageQuery[]): Promise<ListedTransferRow[]> {
  const json = JSON.stringify(
    queries.map((q, index) => ({
      query_index: index,
      integration_id: q.integrationId,
      status: q.status ?? null,
      after_ended_at: q.after?.endedAt ?? null,
      after_id: q.after?.id ?? null,
      page_limit: q.limit,
    })),
  );
  const text = `/* listTransfersForIntegrations */ select q.query_index, c.total_count, p.*
from json_to_recordset($2::json) as q(query_index int, integration_id uuid, status text, after_ended_at timestamptz, after_id uuid, page_limit int)
cross join lateral (
  select count(*)::int as total_count from transfers as t
  where t.tenant_id = $1 and t.integration_id = q.integration_id and (q.status is null or t.status = q.status)
) as c
left join lateral (
  select * from transfers as t
  where t.tenant_id = $1 and t.integration_id = q.integration_id and (q.status is null or t.status = q.status)
    and (q.after_id is null or (t.ended_at, t.id) < (q.after_ended_at, q.after_id))
  order by t.ended_at desc, t.id desc
  limit q.page_limit
) as p on true
order by q.query_index, p.ended_at desc, p.id desc`;
  return (await db.executeQuery<ListedTransferRow>(CompiledQuery.raw(text, [tenantId, json]))).rows;
}
