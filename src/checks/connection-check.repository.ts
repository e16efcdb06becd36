// SQL for recording the outcome of a live connection check as the integration's status. It never
// touches the etag, version, updated_at or revisions: a status is an observation, not a change.
import type { Kysely } from 'kysely';
import type { Database, IntegrationRow } from '../db/database.js';
import { runOne } from '../db/named-query.js';

/**
 * Records a check's outcome, only if the integration still has the etag whose config was checked
 * (a config changed meanwhile makes the outcome stale), only if nothing observed it later (a
 * transfer that ended after `checkedAt` stays shown) and, with `onlyOverUnknown`, only over a
 * status that is still UNKNOWN. Returns nothing when no row qualified.
 */
export function recordCheckStatus(
  db: Kysely<Database>,
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
    db
      .updateTable('integrations')
      .set({ status_state: args.state, status_message: args.message, status_checked_at: args.checkedAt })
      .where('tenant_id', '=', args.tenantId)
      .where('id', '=', args.id)
      .where('etag', '=', args.checkedEtag)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('status_checked_at', 'is', null), eb('status_checked_at', '<', args.checkedAt)]))
      .$if(args.onlyOverUnknown, (q) => q.where('status_state', '=', 'UNKNOWN'))
      .returningAll(),
  );
}
