// SQL of idempotency keys. A key is a row per tenant and key; every guard is in the statement's
// WHERE, so replicas racing for the same key settle it in the database.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

export interface Claim {
  tenantId: string;
  key: string;
  operation: string;
  requestHash: string;
  apiKeyId: string | null;
  /** A random token of this request: only it may record the result or give the key up. */
  claim: string;
  leaseMs: number;
}

/**
 * Claims the key for this request, or says it is taken. A free key is a new one, one whose 24
 * hours are over, or one whose claim ran out of lease without a result (its gateway died before
 * committing, so nothing of it was written). A key with a result, or with a claim still in its
 * lease, is left as it is.
 */
export async function claimKey(db: Db, c: Claim): Promise<boolean> {
  const lockedUntil = sql<Date>`now() + ${`${c.leaseMs} milliseconds`}::interval`;
  const rows = await run(
    db,
    'claimIdempotencyKey',
    db
      .insertInto('idempotency_keys')
      .values({
        tenant_id: c.tenantId,
        key: c.key,
        operation: c.operation,
        request_hash: c.requestHash,
        api_key_id: c.apiKeyId,
        result: null,
        claim: c.claim,
        locked_until: lockedUntil,
      })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'key'])
          .doUpdateSet({
            operation: (eb) => eb.ref('excluded.operation'),
            request_hash: (eb) => eb.ref('excluded.request_hash'),
            api_key_id: (eb) => eb.ref('excluded.api_key_id'),
            integration_id: null,
            result: null,
            claim: (eb) => eb.ref('excluded.claim'),
            locked_until: (eb) => eb.ref('excluded.locked_until'),
            created_at: sql`now()`,
          })
          .where((eb) =>
            eb.or([
              eb('idempotency_keys.created_at', '<', sql<Date>`now() - interval '24 hours'`),
              eb.and([eb('idempotency_keys.result', 'is', null), eb('idempotency_keys.locked_until', '<', sql<Date>`now()`)]),
            ]),
          ),
      )
      .returning('claim'),
  );
  return rows.length === 1;
}

/**
 * Records the result of a claim and ends it; false when the claim is no longer this request's
 * (its lease ran out and another request took the key over), and then the caller's transaction
 * must not commit.
 */
export async function recordResult(db: Db, args: { tenantId: string; key: string; claim: string; result: string }): Promise<boolean> {
  const rows = await run(
    db,
    'recordIdempotentResult',
    db
      .updateTable('idempotency_keys')
      .set({ result: args.result, claim: null, locked_until: null })
      .where('tenant_id', '=', args.tenantId)
      .where('key', '=', args.key)
      .where('claim', '=', args.claim)
      .returning('key'),
  );
  return rows.length === 1;
}

/** Gives a claim up (its request failed and wrote nothing): the next request with the key runs. */
export async function releaseKey(db: Db, args: { tenantId: string; key: string; claim: string }): Promise<void> {
  await run(
    db,
    'releaseIdempotencyKey',
    db
      .deleteFrom('idempotency_keys')
      .where('tenant_id', '=', args.tenantId)
      .where('key', '=', args.key)
      .where('claim', '=', args.claim)
      .where('result', 'is', null),
  );
}

export function findKey(db: Db, tenantId: string, key: string) {
  return runOne(
    db,
    'findIdempotencyKey',
    db
      .selectFrom('idempotency_keys')
      .select(['operation', 'request_hash', 'api_key_id', 'result', 'created_at', 'locked_until'])
      .where('tenant_id', '=', tenantId)
      .where('key', '=', key),
  );
}

/**
 * Deletes up to `limit` keys whose 24 hours are over (a claim still in its lease stays); returns how
 * many. Any replica may run it at any time: a key it deletes is one a claim would take over anyway.
 */
export async function deleteExpiredKeys(db: Db, limit: number): Promise<number> {
  const expired = db
    .selectFrom('idempotency_keys')
    .select(['tenant_id', 'key'])
    .where('created_at', '<', sql<Date>`now() - interval '24 hours'`)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', sql<Date>`now()`)]))
    .limit(limit);
  const rows = await run(
    db,
    'deleteExpiredIdempotencyKeys',
    db.deleteFrom('idempotency_keys').where(sql<boolean>`(tenant_id, key) in (${expired})`).returning('key'),
  );
  return rows.length;
}
