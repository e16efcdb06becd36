// Per-request DataLoaders of webhooks: the latest attempts of many deliveries, one statement per
// batch whatever the page size and the `last` each asks for, and the events they carry, one
// statement per batch; both scoped to the caller's tenant.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database, EventRow } from '../db/database.js';
import { findTenantEventsByIds } from '../events/event.repository.js';
import { toAttemptRecord, type WebhookAttemptRecord } from './webhook.model.js';
import { latestAttemptsOf } from './webhook.repository.js';

/** The most attempts one delivery's `attempts(last:)` answers. */
export const MAX_ATTEMPTS_PAGE = 50;
/** `attempts(last:)` when left out. */
export const DEFAULT_ATTEMPTS_PAGE = 10;

export interface AttemptsKey {
  deliveryId: string;
  /** How many of the latest attempts. */
  last: number;
}

export function createWebhookLoaders(db: Kysely<Database>, tenantId: string, observeBatch: (loader: string, size: number) => void = () => {}) {
  const latestAttempts = new DataLoader<AttemptsKey, WebhookAttemptRecord[], string>(
    async (keys) => {
      observeBatch('latestAttempts', keys.length);
      const rows = await latestAttemptsOf(db, tenantId, keys);
      const lists: WebhookAttemptRecord[][] = keys.map(() => []);
      for (const row of rows) lists[row.query_index]?.push(toAttemptRecord(row));
      return lists;
    },
    { cacheKeyFn: (key) => `${key.deliveryId}:${key.last}` },
  );
  // A delivery's event by its row id; null once the retention sweep removed it.
  const deliveryEvent = new DataLoader<string, EventRow | null>(async (ids) => {
    observeBatch('deliveryEvent', ids.length);
    const rows = await findTenantEventsByIds(db, tenantId, ids);
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { latestAttempts, deliveryEvent };
}

export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
