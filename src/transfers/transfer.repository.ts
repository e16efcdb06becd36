// SQL for transfer reports: insert, the newest completed one per integration and pages of many
// integrations (batched). The status a report sets is status/status.repository.ts's.
import { type Insertable, type Kysely, sql } from 'kysely';
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

export function listTransfers(
  db: Db,
  args: { tenantId: string; integrationId: string; status?: string; after?: { endedAt: string; id: string }; limit: number },
): Promise<(TransferRow & { total_count: number })[]> {
  const counted = db
    .selectFrom('transfers')
    .selectAll()
    .select(sql<number>`count(*) over ()::int`.as('total_count'))
    .where('tenant_id', '=', args.tenantId)
    .where('integration_id', '=', args.integrationId)
    .$if(args.status !== undefined, (q) => q.where('status', '=', args.status as never));
  const after = args.after;
  return run(
    db,
    'listTransfers',
    db
      .selectFrom(counted.as('counted'))
      .selectAll()
      .$if(after !== undefined, (q) =>
        q.where((eb) => eb(eb.refTuple('ended_at', 'id'), '<', eb.tuple(after!.endedAt as never, after!.id as never))),
      )
      .orderBy('ended_at', 'desc')
      .orderBy('id', 'desc')
      .limit(args.limit),
  ) as Promise<(TransferRow & { total_count: number })[]>;
}
