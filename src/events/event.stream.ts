// One subscriber's stream of change events: what the outbox holds after its position, read again
// whenever the hub wakes it, in order, each event once. The position is the last event it was
// given, so a reconnect that hands back that event's id (the `after` argument or Last-Event-ID)
// continues exactly there: nothing lost, nothing twice, across reconnects and gateway restarts for
// as long as the events are retained.
import { Repeater } from 'graphql-yoga';
import type { Kysely } from 'kysely';
import type { Database, EventRow } from '../db/database.js';
import { type EventPosition, type PublicEvent, toPublicEvent } from './event.model.js';
import { currentPosition, type EventFilter, type EventViewer, prunedThrough, readEvents } from './event.repository.js';
import type { EventHub } from './event-hub.js';

/** Events read per statement; a subscriber behind by more reads again at once. */
const PAGE = 100;
/** How often a stream confirms its key is still live (revoking a key ends its streams within this). */
export const KEY_RECHECK_MS = 30_000;

export class EventCursorExpiredError extends Error {}
export class EventKeyRevokedError extends Error {}

/** What a stream yields: an event, or the reason it ends (the resolver turns it into an error). */
export type StreamItem = PublicEvent | { end: 'revoked' | 'closed' };

export async function openEventStream(args: {
  db: Kysely<Database>;
  hub: EventHub;
  viewer: EventViewer;
  after: EventPosition | null;
  filter: EventFilter;
  /** Whether the calling key is still live (not revoked). */
  keyIsLive: () => Promise<boolean>;
  keyRecheckMs?: number;
}): Promise<AsyncIterable<StreamItem>> {
  const { db, hub, viewer, filter } = args;
  // evt_0_0 stands before every event: all that is retained. Any other id at or below what the
  // sweep removed cannot resume without a gap.
  if (args.after && args.after.id !== '0' && BigInt(args.after.id) <= BigInt(await prunedThrough(db))) throw new EventCursorExpiredError();
  hub.assertRoom(viewer.tenantId);
  let position: EventPosition = args.after ?? (await currentPosition(db));
  const recheckMs = args.keyRecheckMs ?? KEY_RECHECK_MS;
  // The hub counts a subscriber from the first read of its stream to its end: a stream never
  // read (a request dropped before its answer began) holds no place.
  return new Repeater<StreamItem>(async (push, stop) => {
    const waiter = await hub.subscribe(viewer.tenantId).catch((error: unknown) => {
      stop(error);
      return undefined;
    });
    if (!waiter) return;
    let stopped = false;
    stop.then(() => {
      stopped = true;
      waiter.close();
    });
    let nextKeyCheck = Date.now() + recheckMs;
    try {
      while (!stopped) {
        const rows: EventRow[] = await readEvents(db, viewer, position, filter, PAGE);
        for (const row of rows) {
          if (stopped) break;
          await push(toPublicEvent(row));
          position = { txid: String(row.txid), id: String(row.id) };
        }
        if (stopped || rows.length === PAGE) continue;
        if (Date.now() >= nextKeyCheck) {
          nextKeyCheck = Date.now() + recheckMs;
          if (!(await args.keyIsLive())) {
            await push({ end: 'revoked' });
            break;
          }
        }
        if (hub.isClosed) {
          await push({ end: 'closed' });
          break;
        }
        await Promise.race([waiter.wait(), stop]);
      }
    } catch (error) {
      // The database failed under a running stream: end it; the client resumes with its last id.
      stop(error);
      return;
    } finally {
      waiter.close();
    }
    stop();
  });
}
