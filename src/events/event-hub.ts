// Wakes a gateway's subscribers when their tenant may have new events. The outbox is the truth;
// this only says when to read it: PostgreSQL's NOTIFY (sent by the events trigger, so a change
// made through any gateway wakes every gateway), and a slow tick for what a notification cannot
// announce (an event readable only once an older transaction ended; a listening connection lost).
// One LISTEN per gateway, held only while it has subscribers.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connect.js';

export const EVENTS_CHANNEL = 'igw_events';
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_TENANT = 20;
export const DEFAULT_EVENTS_POLL_MS = 1000;

export class SubscriptionLimitError extends Error {
  constructor(readonly limit: number) {
    super(
      `This tenant already has ${limit} change event subscriptions open on this gateway, the most it may: close one, or share one subscription between readers.`,
    );
  }
}

/** One subscriber's doorbell: `wait` resolves at the next wake (or at once if one came meanwhile). */
export interface Waiter {
  wait(): Promise<void>;
  close(): void;
}

interface Entry {
  rung: boolean;
  resolve: (() => void) | undefined;
}

/** How often a listening gateway says so again (the trigger trusts a sighting for 30 s). */
const LISTENER_HEARTBEAT_MS = 10_000;

export class EventHub {
  private readonly byTenant = new Map<string, Set<Entry>>();
  private readonly gatewayId = `gw-${process.pid}-${randomUUID()}`;
  private heartbeat: NodeJS.Timeout | undefined;
  private listening: Promise<() => Promise<void>> | undefined;
  private tick: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly database: Pick<DatabaseHandle, 'listen' | 'db'>,
    readonly options: { maxPerTenant?: number; pollMs?: number; keyRecheckMs?: number } = {},
  ) {}

  /** Subscribers open on this gateway, for metrics and tests. */
  get size(): number {
    let total = 0;
    for (const entries of this.byTenant.values()) total += entries.size;
    return total;
  }

  /** SubscriptionLimitError when the tenant holds its cap of subscriptions already. */
  assertRoom(tenantId: string): void {
    const limit = this.options.maxPerTenant ?? DEFAULT_MAX_SUBSCRIPTIONS_PER_TENANT;
    if ((this.byTenant.get(tenantId)?.size ?? 0) >= limit) throw new SubscriptionLimitError(limit);
  }

  /** A waiter for the tenant's wake-ups; SubscriptionLimitError over the tenant's cap. */
  async subscribe(tenantId: string): Promise<Waiter> {
    if (this.closed) throw new Error('the event hub is closed');
    this.assertRoom(tenantId);
    let entries = this.byTenant.get(tenantId);
    if (!entries) {
      entries = new Set();
      this.byTenant.set(tenantId, entries);
    }
    const entry: Entry = { rung: false, resolve: undefined };
    entries.add(entry);
    try {
      await this.startListening();
    } catch (error) {
      this.remove(tenantId, entry);
      throw error;
    }
    return {
      wait: () => {
        if (entry.rung || this.closed) {
          entry.rung = false;
          return Promise.resolve();
        }
        return new Promise<void>((resolve) => {
          entry.resolve = resolve;
        });
      },
      close: () => {
        this.remove(tenantId, entry);
        this.ring(entry);
      },
    };
  }

  /** Wakes the tenant's subscribers (every tenant's with null): after a write seen in-process, or a notification. */
  wake(tenantId: string | null): void {
    if (tenantId === null) {
      for (const entries of this.byTenant.values()) for (const entry of entries) this.ring(entry);
      return;
    }
    for (const entry of this.byTenant.get(tenantId) ?? []) this.ring(entry);
  }

  /** Ends every subscription (their next wait resolves and they see the hub closed) and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake(null);
    await this.stopListening();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private ring(entry: Entry): void {
    const resolve = entry.resolve;
    if (resolve) {
      entry.resolve = undefined;
      entry.rung = false;
      resolve();
    } else entry.rung = true;
  }

  private remove(tenantId: string, entry: Entry): void {
    const entries = this.byTenant.get(tenantId);
    if (!entries?.delete(entry)) return;
    if (entries.size === 0) this.byTenant.delete(tenantId);
    if (this.byTenant.size === 0) void this.stopListening();
  }

  /** Tells the events trigger that this gateway listens (it notifies only while one does). */
  private seen(): Promise<unknown> {
    return sql`/* eventListenerSeen */ insert into event_listeners (gateway_id, seen_at) values (${this.gatewayId}, now())
      on conflict (gateway_id) do update set seen_at = now()`.execute(this.database.db);
  }

  private startListening(): Promise<unknown> {
    if (!this.listening) {
      const listening = this.database.listen(EVENTS_CHANNEL, (tenantId) => this.wake(tenantId));
      // Listening first, then registered: a change committed in between is read by the stream's
      // first read, which comes after this resolves.
      this.listening = listening.then(async (stop) => {
        await this.seen();
        return stop;
      });
      this.listening.catch(() => {
        this.listening = undefined;
      });
      this.heartbeat = setInterval(() => void this.seen().catch(() => {}), LISTENER_HEARTBEAT_MS);
      this.heartbeat.unref();
      this.tick = setInterval(() => this.wake(null), this.options.pollMs ?? DEFAULT_EVENTS_POLL_MS);
      this.tick.unref();
    }
    return this.listening;
  }

  private async stopListening(): Promise<void> {
    const listening = this.listening;
    this.listening = undefined;
    clearInterval(this.tick);
    this.tick = undefined;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    if (listening) {
      await listening.then((stop) => stop()).catch(() => {});
      await sql`/* eventListenerGone */ delete from event_listeners where gateway_id = ${this.gatewayId}`.execute(this.database.db).catch(() => {});
    }
  }
}
