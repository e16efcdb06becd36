// The one owner of an integration's status columns (status_state, status_message,
// status_checked_at): every write of them is here, with the rule that decides whether it may
// land. A status is an observation, not a change: none of these touches the etag, version,
// updated_at or revisions. Three things observe an integration:
// - a config change (the guarded write of integration.service.ts): its status becomes UNKNOWN as
//   of the change. It is written by the update's own statement (update-batch.ts), so the values
//   come from here (statusAfterConfigChange) and travel as changed columns;
// - a live connection check (recordCheckStatus);
// - a transfer report (recordTransferStatus).
import type { Kysely } from 'kysely';
import type { Database, IntegrationRow } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

/** The status columns as a write sets them. */
export interface StatusColumns {
  status_state: string;
  status_message: string | null;
  status_checked_at: Date;
}

/**
 * The status of an integration whose config changed after it was last observed, as of the change:
 * an observation older than that (a transfer reported late) is of the old config and is not shown.
 */
export const statusAfterConfigChange = (now: Date) =>
  ({
    status_state: 'UNKNOWN',
    status_message: 'not checked since its config changed: run testIntegration',
    status_checked_at: now,
  }) as const satisfies StatusColumns;

/**
 * Sets an observation as the status unless a newer one is recorded: the rule every observation
 * lands by, decided in the UPDATE's WHERE so concurrent ones end with the newest.
 */
function newerObservation(db: Db, observation: { state: string; message: string | null; checkedAt: Date }) {
  return db
    .updateTable('integrations')
    .set({ status_state: observation.state, status_message: observation.message, status_checked_at: observation.checkedAt } satisfies StatusColumns)
    .where((eb) => eb.or([eb('status_checked_at', 'is', null), eb('status_checked_at', '<', observation.checkedAt)]));
}

/**
 * Records a check's outcome, only if the integration still has the etag whose config was checked
 * (a config changed meanwhile makes the outcome stale), only if nothing observed it later (a
 * transfer that ended after `checkedAt` stays shown) and, with `onlyOverUnknown`, only over a
 * status that is still UNKNOWN. Returns nothing when no row qualified.
 */
export function recordCheckStatus(
  db: Db,
  args: {
    tenantId: string;
    id: string;
    checkedEtag: string;
    state: string;
    message: string | null;
    checkedAt: Date;
    onlyOverUnknown: boolean;
  },
): Promise<IntegrationRow | undefined> {
  return runOne(
    db,
    'recordCheckStatus',
    newerObservation(db, args)
      .where('tenant_id', '=', args.tenantId)
      .where('id', '=', args.id)
      .where('etag', '=', args.checkedEtag)
      .where('deleted_at', 'is', null)
      .$if(args.onlyOverUnknown, (q) => q.where('status_state', '=', 'UNKNOWN'))
      .returningAll(),
  );
}

/**
 * Records a transfer's outcome as the integration's status, only if it ended after the status was
 * last observed (a transfer, a live check, or a config change). Decided in the UPDATE's WHERE, so
 * reports arriving in any order and at once end with the newest run's status.
 */
export async function recordTransferStatus(db: Db, args: { integrationId: string; state: string; message: string | null; checkedAt: Date }): Promise<void> {
  await run(db, 'setStatusFromTransfer', newerObservation(db, args).where('id', '=', args.integrationId));
}
