// The rows this process last wrote, by tenant and id, so an update that names the etag it was
// given can plan from memory instead of reading the row again (one statement less on the hot path
// of automation: read once, then update, update, update with each answer's etag).
//
// Serving a stale row is harmless by construction: a row is used only when its etag is the one the
// caller sent, and the write's own WHERE etag = $expected decides in the database. If the row has
// moved on meanwhile (another replica, another writer), the UPDATE matches nothing and the caller
// gets EtagMismatchError, exactly as after a read. What can change without a new etag (the status a
// check or transfer records, secrets re-encrypted by key rotation) is never taken from here: see
// guardedWrite.

import { LRUCache } from 'lru-cache';
import { inScope, type ReadScope } from '../core/actor.js';
import type { IntegrationRow } from '../db/database.js';

/** Rows kept unless INTEGRATION_ROW_CACHE_SIZE says otherwise (what a row costs: bench/README.md). */
export const DEFAULT_ROW_CACHE_SIZE = 10_000;

export class IntegrationRowCache {
  /** None when the capacity is 0 (lru-cache needs at least one entry). */
  readonly #rows: LRUCache<string, IntegrationRow> | undefined;

  /** At most this many rows are kept; the least recently used go first. 0 turns the cache off. */
  constructor(readonly capacity: number) {
    this.#rows = capacity > 0 ? new LRUCache({ max: capacity }) : undefined;
  }

  /**
   * The row of this tenant and id, if the one kept has this etag and lies in the scope (a key of
   * one environment never gets another's row from here); only a row served counts as used.
   */
  get(scope: ReadScope, id: string, etag: string): IntegrationRow | undefined {
    const key = `${scope.tenantId}/${id}`;
    const row = this.#rows?.peek(key);
    if (row?.etag !== etag || !inScope(scope, row)) return undefined;
    return this.#rows?.get(key);
  }

  remember(row: IntegrationRow): void {
    if (!this.#rows) return;
    const key = `${row.tenant_id}/${row.id}`;
    if (row.deleted_at !== null) this.#rows.delete(key);
    else this.#rows.set(key, row);
  }

  forget(tenantId: string, id: string): void {
    this.#rows?.delete(`${tenantId}/${id}`);
  }
}
