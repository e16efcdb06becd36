// Delivers webhook messages: one worker per gateway process, all on one queue in the database
// (webhook_deliveries, which the events trigger fills in the change's own transaction). A worker
// claims due deliveries under a lease (webhook.repository.ts), sends each, and records the
// outcome while its claim holds; a replica that dies mid-delivery leaves a lease that lapses, and
// another replica delivers again. At least once: the receiver drops repeats by webhook-id.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EgressDenyList } from '../checks/egress.js';
import type { DatabaseHandle } from '../db/connect.js';
import type { Database, EventRow } from '../db/database.js';
import { toPublicEvent } from '../events/event.model.js';
import { findEventById } from '../events/event.repository.js';
import type { Keyring } from '../secrets/keyring.js';
import { type ClaimedDelivery, claimDueDeliveries, recordAttempt, releaseClaims } from './webhook.repository.js';
import { send } from './webhook.sender.js';
import { endpointSecretAad } from './webhook.service.js';

/** What the events trigger notifies when it queued a webhook delivery (migration 009). */
export const DELIVERIES_CHANNEL = 'igw_deliveries';

/** An attempt's error when the endpoint's signing secret does not decrypt (no secret material in it). */
export const UNDECRYPTABLE_SECRET =
  "the endpoint's signing secret does not decrypt with the gateway's SECRETS_KEY: restore the key it was sealed with, " +
  'or give the endpoint a new secret (updateWebhookEndpoint with rotateSecret: true)';

export interface WebhookSettings {
  /** How often the queue is polled when no notification came (WEBHOOK_POLL_MS). */
  pollMs: number;
  /** One attempt's deadline, connect to last byte (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How long a claim holds before another replica may take the delivery over (WEBHOOK_LEASE_MS). */
  leaseMs: number;
  /** Attempts per delivery before it is FAILED (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** The first retry's delay; each next one doubles, with up to 20 % jitter (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Failed attempts in a row after which the endpoint is disabled (WEBHOOK_DISABLE_AFTER_FAILURES). */
  disableAfter: number;
  /** Deliveries sent at once by one worker. */
  concurrency: number;
}

export const defaultWebhookSettings: WebhookSettings = {
  pollMs: 1000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  maxAttempts: 8,
  retryBaseMs: 5000,
  disableAfter: 20,
  concurrency: 8,
};

/** The delay before retry n (1: after the first failed attempt): base × 2^(n−1), up to a day, ±20 %. */
export function retryDelayMs(settings: Pick<WebhookSettings, 'retryBaseMs'>, failedAttempt: number): number {
  const base = Math.min(settings.retryBaseMs * 2 ** (failedAttempt - 1), 86_400_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** The body a receiver gets: Standard Webhooks' recommended envelope around the public event. */
export function messageBody(event: EventRow): string {
  const data = toPublicEvent(event);
  return JSON.stringify({ type: data.type, timestamp: data.occurredAt, data });
}

export interface WebhookWorker {
  /** Stops claiming, waits for the deliveries in flight, gives unsent claims back. */
  stop(): Promise<void>;
  /** Claims and sends what is due now (tests; the loop does the same on its own). */
  runOnce(): Promise<number>;
}

export function startWebhookWorker(args: {
  database: Pick<DatabaseHandle, 'db' | 'listen'>;
  keyring: Keyring;
  denyList: EgressDenyList;
  settings?: Partial<WebhookSettings>;
  onError?: (error: unknown) => void;
}): WebhookWorker {
  const settings = { ...defaultWebhookSettings, ...args.settings };
  const db: Kysely<Database> = args.database.db;
  // The process id first: an operator (or a test) can tell which replica holds a claim.
  const worker = `gw-${process.pid}-${randomUUID()}`;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  const inFlight = new Set<Promise<void>>();

  // A secret that does not decrypt (SECRETS_KEY lost the key it was sealed with, a damaged row) is
  // a failed attempt like any other: thrown, it left the claim to lapse and be retaken forever.
  const signingSecretOf = (claim: ClaimedDelivery): string | null => {
    try {
      return args.keyring.decrypt(claim.secret, endpointSecretAad(claim.endpoint_id));
    } catch {
      return null;
    }
  };

  const deliver = async (claim: ClaimedDelivery) => {
    const event = await findEventById(db, claim.event_id);
    let outcome: Parameters<typeof recordAttempt>[2];
    if (!event) {
      outcome = { startedAt: new Date(), durationMs: 0, statusCode: null, error: 'the event is no longer kept', succeeded: false };
    } else {
      const secret = signingSecretOf(claim);
      outcome =
        secret === null
          ? { startedAt: new Date(), durationMs: 0, statusCode: null, error: UNDECRYPTABLE_SECRET, succeeded: false }
          : await send(
              claim.url,
              { id: toPublicEvent(event).id, body: messageBody(event), secret },
              { timeoutMs: settings.timeoutMs, denyList: args.denyList },
            );
    }
    await recordAttempt(db, { id: claim.id, worker, attempt: claim.attempts, tenantId: claim.tenant_id, endpointId: claim.endpoint_id }, outcome, {
      maxAttempts: event ? settings.maxAttempts : claim.attempts,
      retryInMs: retryDelayMs(settings, claim.attempts),
      disableAfter: settings.disableAfter,
    });
  };

  const runOnce = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const room = settings.concurrency - inFlight.size;
      if (stopped || room <= 0) break;
      const claims = await claimDueDeliveries(db, worker, settings.leaseMs, room);
      total += claims.length;
      for (const claim of claims) {
        const job = deliver(claim)
          .catch((error) => args.onError?.(error))
          .finally(() => {
            inFlight.delete(job);
            wake();
          });
        inFlight.add(job);
      }
      if (claims.length < room) break;
      // A full batch: more may be due; wait for a slot.
      await Promise.race(inFlight);
    }
    return total;
  };

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error) => {
        args.onError?.(error);
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const wake = () => tick();

  timer = setInterval(tick, settings.pollMs);
  timer.unref();
  // Woken when the events trigger queued a delivery; a tenant without endpoints costs nothing.
  const listening = args.database
    .listen(DELIVERIES_CHANNEL, () => wake())
    .catch((error) => {
      args.onError?.(error);
      return async () => {};
    });
  tick();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
      await running;
      await Promise.allSettled([...inFlight]);
      await (await listening)();
      await releaseClaims(db, worker).catch(() => {});
    },
  };
}
