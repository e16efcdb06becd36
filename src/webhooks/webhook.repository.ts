// SQL of webhook endpoints, their deliveries and attempts, and the delivery queue's claims. The
// queue's guards are inside its statements: a claim takes only due, unclaimed (or lapsed) rows
// with FOR UPDATE SKIP LOCKED, and an outcome is recorded only while the claim that made it holds.

import type { Insertable, Updateable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { Actor } from '../core/actor.js';
import type { Page } from '../core/paging.js';
import type { Database, DeliveryStatus, EventType, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow, WebhookEndpointTable } from '../db/database.js';
import { run, runOne } from '../db/named-query.js';

type Db = Kysely<Database>;

/** Who manages endpoints: a key sees those made by keys at least as wide (its environment and team, or all). */
export type EndpointViewer = Pick<Actor, 'tenantId' | 'teamId' | 'environmentId'>;

function visibleEndpoints(db: Db, viewer: EndpointViewer) {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('tenant_id', '=', viewer.tenantId);
  if (viewer.environmentId !== null) query = query.where('environment_id', '=', viewer.environmentId);
  if (viewer.teamId !== null) query = query.where('team_id', '=', viewer.teamId);
  return query;
}

/**
 * The tenant's endpoints, counted after locking the tenant's row (inside the creating transaction).
 * FOR NO KEY UPDATE: two creations queue for each other, while the foreign-key checks of the
 * tenant's other writes (integrations, revisions, events: FOR KEY SHARE) do not queue behind it.
 */
export async function countEndpointsLocked(db: Db, tenantId: string): Promise<number> {
  await run(db, 'lockTenantForEndpoints', db.selectFrom('tenants').select('id').where('id', '=', tenantId).forNoKeyUpdate());
  const row = await runOne(
    db,
    'countTenantWebhookEndpoints',
    db.selectFrom('webhook_endpoints').select(sql<number>`count(*)::int`.as('n')).where('tenant_id', '=', tenantId),
  );
  return row?.n ?? 0;
}

export function insertEndpoint(db: Db, row: Insertable<WebhookEndpointTable>) {
  return runOne(db, 'insertWebhookEndpoint', db.insertInto('webhook_endpoints').values(row).returningAll());
}

export function findEndpoint(db: Db, viewer: EndpointViewer, id: string) {
  return runOne(db, 'findWebhookEndpoint', visibleEndpoints(db, viewer).where('id', '=', id));
}

export async function listEndpoints(
  db: Db,
  viewer: EndpointViewer,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<Page<WebhookEndpointRow>> {
  let query = visibleEndpoints(db, viewer);
  if (after) query = query.where(sql<boolean>`(created_at, id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  const [nodes, count] = await Promise.all([
    run(db, 'listWebhookEndpoints', query.orderBy('created_at').orderBy('id').limit(limit)),
    runOne(db, 'countWebhookEndpoints', visibleEndpoints(db, viewer).clearSelect().select(sql<number>`count(*)::int`.as('n'))),
  ]);
  return { nodes, totalCount: count?.n ?? 0 };
}

/**
 * Changes an endpoint if it still has `etag` (any etag when null): the guard is the statement's
 * WHERE, so of two concurrent writers with the same etag one wins and the other changes nothing.
 */
export function updateEndpoint(db: Db, viewer: EndpointViewer, id: string, etag: string | null, set: Updateable<WebhookEndpointTable>) {
  let query = db
    .updateTable('webhook_endpoints')
    .set({ ...set, version: sql`version + 1`, updated_at: new Date() })
    .where('tenant_id', '=', viewer.tenantId)
    .where('id', '=', id);
  if (viewer.environmentId !== null) query = query.where('environment_id', '=', viewer.environmentId);
  if (viewer.teamId !== null) query = query.where('team_id', '=', viewer.teamId);
  if (etag !== null) query = query.where('etag', '=', etag);
  return runOne(db, 'updateWebhookEndpoint', query.returningAll());
}

export function deleteEndpoint(db: Db, viewer: EndpointViewer, id: string) {
  let query = db.deleteFrom('webhook_endpoints').where('tenant_id', '=', viewer.tenantId).where('id', '=', id);
  if (viewer.environmentId !== null) query = query.where('environment_id', '=', viewer.environmentId);
  if (viewer.teamId !== null) query = query.where('team_id', '=', viewer.teamId);
  return runOne(db, 'deleteWebhookEndpoint', query.returningAll());
}

/** Re-enabled by its owner: pending deliveries are due again at once. */
export function resumePendingDeliveries(db: Db, endpointId: string) {
  return run(
    db,
    'resumeWebhookDeliveries',
    db.updateTable('webhook_deliveries').set({ next_attempt_at: new Date() }).where('endpoint_id', '=', endpointId).where('status', '=', 'PENDING'),
  );
}

export type DeliveryRow = WebhookDeliveryRow & { event_type: EventType; event_txid: string };

const deliveriesWithEvent = (db: Db) =>
  db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('events as ev', 'ev.id', 'd.event_id')
    .selectAll('d')
    .select([sql<string>`d.event_id::text`.as('event_id'), 'ev.type as event_type', sql<string>`ev.txid::text`.as('event_txid')]);

export async function listDeliveries(
  db: Db,
  endpointId: string,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
  status: DeliveryStatus | undefined,
): Promise<Page<DeliveryRow>> {
  let query = deliveriesWithEvent(db).where('d.endpoint_id', '=', endpointId);
  let count = db.selectFrom('webhook_deliveries').select(sql<number>`count(*)::int`.as('n')).where('endpoint_id', '=', endpointId);
  if (status) {
    query = query.where('d.status', '=', status);
    count = count.where('status', '=', status);
  }
  if (after) query = query.where(sql<boolean>`(d.created_at, d.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  const [nodes, total] = await Promise.all([
    run(db, 'listWebhookDeliveries', query.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit)),
    runOne(db, 'countWebhookDeliveries', count),
  ]);
  return { nodes: nodes as DeliveryRow[], totalCount: total?.n ?? 0 };
}

export async function findDelivery(db: Db, tenantId: string, id: string): Promise<DeliveryRow | undefined> {
  return (await runOne(db, 'findWebhookDelivery', deliveriesWithEvent(db).where('d.tenant_id', '=', tenantId).where('d.id', '=', id))) as
    | DeliveryRow
    | undefined;
}

/**
 * The latest `last` attempts of each delivery asked for, oldest first, each row with the index of
 * its request in `wanted`: one statement for a page of deliveries (a lateral read of the
 * (delivery_id, attempt) index per delivery), however many attempts each has.
 */
export async function latestAttemptsOf(
  db: Db,
  tenantId: string,
  wanted: readonly { deliveryId: string; last: number }[],
): Promise<(WebhookAttemptRow & { query_index: number })[]> {
  if (wanted.length === 0) return [];
  const result = await sql<WebhookAttemptRow & { query_index: number }>`/* listWebhookAttempts */
    select a.*, a.id::text as id, (k.i - 1)::int as query_index
    from unnest(${wanted.map((w) => w.deliveryId)}::uuid[], ${wanted.map((w) => w.last)}::int[]) with ordinality as k(delivery_id, last, i)
    cross join lateral (
      select * from webhook_attempts a
      where a.delivery_id = k.delivery_id and a.tenant_id = ${tenantId}
      order by a.attempt desc
      limit k.last
    ) a
    order by k.i, a.attempt`.execute(db);
  return result.rows;
}

/** A claimed delivery, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  tenant_id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
  url: string;
  secret: WebhookEndpointRow['secret'];
}

/**
 * Claims up to `limit` due deliveries of enabled endpoints for `worker` until the lease ends, and
 * counts the attempt. Rows another replica holds (locked, or claimed under a lease still running)
 * are skipped; a lapsed lease (its replica died mid-delivery) is taken over.
 */
export async function claimDueDeliveries(db: Db, worker: string, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
  const result = await sql<ClaimedDelivery>`/* claimWebhookDeliveries */
    with due as (
      select d.id from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
      where d.status = 'PENDING' and d.next_attempt_at <= now() and e.enabled
        and (d.lease_until is null or d.lease_until < now())
      order by d.next_attempt_at, d.id
      limit ${limit}
      for update of d skip locked
    )
    update webhook_deliveries d
    set claimed_by = ${worker}, lease_until = now() + ${leaseMs} * interval '1 millisecond', attempts = d.attempts + 1
    from due, webhook_endpoints e
    where d.id = due.id and e.id = d.endpoint_id
    returning d.id, d.tenant_id, d.endpoint_id, d.event_id::text as event_id, d.attempts, e.url, e.secret`.execute(db);
  return result.rows;
}

export interface AttemptOutcome {
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
}

/**
 * Records an attempt's outcome, only while this worker's claim on that attempt holds (a worker
 * whose lease lapsed and was taken over records nothing: the new holder's attempt counts). On
 * failure the delivery is due again after `retryInMs`, or FAILED after the last attempt; the
 * endpoint's run of failures grows, and at `disableAfter` it is disabled. A success ends the run.
 */
export async function recordAttempt(
  db: Db,
  claim: { id: string; worker: string; attempt: number; tenantId: string; endpointId: string },
  outcome: AttemptOutcome,
  rules: { maxAttempts: number; retryInMs: number; disableAfter: number },
): Promise<boolean> {
  const final = outcome.succeeded || claim.attempt >= rules.maxAttempts;
  const status: DeliveryStatus = outcome.succeeded ? 'SUCCEEDED' : final ? 'FAILED' : 'PENDING';
  const result = await sql<{ id: string }>`/* recordWebhookAttempt */
    with delivery as (
      update webhook_deliveries
      set status = ${status}, claimed_by = null, lease_until = null, last_status_code = ${outcome.statusCode},
          completed_at = ${final ? sql`now()` : sql`null`},
          next_attempt_at = now() + ${final ? 0 : rules.retryInMs} * interval '1 millisecond'
      where id = ${claim.id} and claimed_by = ${claim.worker} and attempts = ${claim.attempt} and status = 'PENDING'
      returning id
    ), attempt as (
      insert into webhook_attempts (delivery_id, tenant_id, endpoint_id, attempt, started_at, duration_ms, status_code, error, succeeded)
      select id, ${claim.tenantId}, ${claim.endpointId}, ${claim.attempt}, ${outcome.startedAt}, ${outcome.durationMs}, ${outcome.statusCode},
             ${outcome.error}, ${outcome.succeeded}
      from delivery
    ), endpoint as (
      update webhook_endpoints
      set consecutive_failures = ${outcome.succeeded ? sql`0` : sql`consecutive_failures + 1`},
          enabled = ${outcome.succeeded ? sql`enabled` : sql`enabled and consecutive_failures + 1 < ${rules.disableAfter}`},
          disabled_at = ${
            outcome.succeeded ? sql`disabled_at` : sql`case when enabled and consecutive_failures + 1 >= ${rules.disableAfter} then now() else disabled_at end`
          },
          disabled_reason = ${
            outcome.succeeded
              ? sql`disabled_reason`
              : sql`case when enabled and consecutive_failures + 1 >= ${rules.disableAfter}
                    then ${`disabled after ${rules.disableAfter} failed attempts in a row: fix the receiver, then enableWebhookEndpoint`}
                    else disabled_reason end`
          }
      where id = ${claim.endpointId} and exists (select 1 from delivery)
    )
    select id from delivery`.execute(db);
  return result.rows.length === 1;
}

/** Gives claims back (a worker stopping): the deliveries are due again at once, the attempt not counted. */
export function releaseClaims(db: Db, worker: string) {
  return sql`/* releaseWebhookClaims */ update webhook_deliveries set claimed_by = null, lease_until = null, attempts = greatest(attempts - 1, 0)
    where claimed_by = ${worker} and status = 'PENDING'`.execute(db);
}
