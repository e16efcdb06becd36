// Authentication that costs no statement of its own on the hot path of automation: an update with
// the etag of its last answer.
//
// What a key hash stands for (tenant, key id, name, scope) never changes; only revocation does. So
// the gateway remembers it (KnownKeys) for a minute after the database last confirmed the key, and
// a request whose key it remembers starts with a KeyCheck still pending. Whether the key is live is
// then decided in the database before anything is answered or written, in one of two ways:
// - the key check statement, run once when the request first needs it (every operation but the
//   guarded writes runs it before executing, as a request with a key not remembered does), or
// - the guarded write itself (updateIntegration, deleteIntegration, restoreIntegration), whose statement changes the
//   row only if the key is live (`EXISTS` in its WHERE). When it changes nothing, the key check
//   runs to tell a revoked key from a stale etag.
// Before the answer leaves, a check still pending runs (verifyKeyBeforeAnswering in server.ts): a
// revoked key answers UNAUTHENTICATED on its very next request, whatever it asked.
import { LRUCache } from 'lru-cache';
import type { AuthenticatedKey } from './api-key.service.js';

/** How long what a key stands for is remembered after the database last confirmed the key. */
export const DEFAULT_KEY_MEMORY_MS = 60_000;

/** How many keys a process remembers unless API_KEY_MEMORY_SIZE says otherwise. */
export const DEFAULT_KEY_MEMORY_SIZE = 1_000;

export class KnownKeys {
  /** None when nothing is remembered; otherwise an entry expires memoryMs after it was last confirmed. */
  readonly #keys: LRUCache<string, AuthenticatedKey> | undefined;

  /**
   * `memoryMs` 0 remembers nothing: every request runs the key check first. At most `capacity`
   * keys are remembered; past it the least recently confirmed go first.
   */
  constructor(
    readonly memoryMs: number = DEFAULT_KEY_MEMORY_MS,
    readonly capacity: number = DEFAULT_KEY_MEMORY_SIZE,
  ) {
    this.#keys = memoryMs > 0 && capacity > 0 ? new LRUCache({ max: capacity, ttl: memoryMs }) : undefined;
  }

  /** What this key hash stands for, if the database confirmed it less than memoryMs ago. */
  get(keyHash: string): AuthenticatedKey | undefined {
    // peek: a use is not a confirmation, so it neither renews the entry nor keeps it from eviction.
    return this.#keys?.peek(keyHash);
  }

  confirmed(keyHash: string, auth: AuthenticatedKey): void {
    this.#keys?.set(keyHash, auth);
  }

  forget(keyHash: string): void {
    this.#keys?.delete(keyHash);
  }
}

export const UNKNOWN_KEY_MESSAGE = 'The API key is unknown or revoked. Create one with npm run cli -- apikey create.';

/** Thrown where a request finds its key revoked; the gateway answers UNAUTHENTICATED (HTTP 401). */
export class RevokedKeyError extends Error {
  constructor() {
    super(UNKNOWN_KEY_MESSAGE);
  }
}

/** One request's answer to "is this key live?": known already, or decided once, on demand. */
export class KeyCheck {
  #live: Promise<boolean> | boolean | undefined;
  readonly #check: (() => Promise<boolean>) | undefined;

  /** `check` asks the database; leave it out for a key the database has just confirmed. */
  constructor(check?: () => Promise<boolean>) {
    this.#check = check;
    if (!check) this.#live = true;
  }

  /** True until the database has said whether the key is live. */
  get pending(): boolean {
    return this.#live === undefined;
  }

  /** A statement that required the key to be live changed a row: the database has said so. */
  confirm(): void {
    if (this.#live === undefined) this.#live = true;
  }

  /** Whether the key is live, asking the database at most once per request. */
  live(): Promise<boolean> | boolean {
    if (this.#live === undefined) {
      // #check is set whenever #live is still unknown (the constructor).
      const check = this.#check;
      if (!check) throw new Error('KeyCheck: nothing to check the key with');
      this.#live = check().then((live) => {
        this.#live = live;
        return live;
      });
    }
    return this.#live;
  }
}
