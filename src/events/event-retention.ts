// How long change events are kept: a subscriber may resume from any event this recent. Webhook
// deliveries still pending keep their event past it (event.repository.ts, deleteOldEvents).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { deleteOldEvents } from './event.repository.js';

export const DEFAULT_EVENTS_RETENTION_HOURS = 72;

export function startEventSweeper(db: Kysely<Database>, retentionHours: number, onError: (error: unknown) => void, intervalMs = 10 * 60_000): () => void {
  const sweep = () => void deleteOldEvents(db, new Date(Date.now() - retentionHours * 3_600_000)).catch(onError);
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
