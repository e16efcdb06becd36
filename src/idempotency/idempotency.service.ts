// Idempotency keys of every mutation. The first request with a key claims it (a row with a lease),
// runs, and records its result in the same transaction as its own writes; a retry with the same key
// and input answers that result without running again; a concurrent one, on this gateway or any
// other, waits for it. Keys are a tenant's, bound to the API key that claimed them, and kept 24
// hours. A result is the payload as the operation encodes it (no ciphertext, no plaintext secret);
// the input is kept only as a keyed digest.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { ValidationError } from '../core/errors.js';
import type { Database } from '../db/database.js';
import { RevokedKeyError } from '../tenants/key-check.js';
import { claimKey, deleteExpiredKeys, findKey, recordResult, releaseKey } from './idempotency.repository.js';

/** How long a claim is held for a mutation that only talks to the database. */
export const DATABASE_LEASE_MS = 30_000;

export interface IdempotentCall<T> {
  /** The mutation's name: the same key sent to another mutation is another input. */
  operation: string;
  key: string;
  /** The arguments that make "the same input" (everything but the key itself). */
  args: unknown;
  /**
   * How long the claim is held before another request may presume this one dead and take over:
   * longer than the mutation can run (a connection check's timeout, for testIntegration).
   */
  leaseMs?: number;
  /**
   * Whether `run` writes only through the database handle it is given, so its writes and the
   * result commit together in one transaction (exactly once). A connection check is not: it must
   * not hold a transaction open while a remote system answers; its status write and its result are
   * two statements (a gateway that dies between them leaves the key to be taken over, and the retry
   * checks again, which changes nothing but the status).
   */
  transactional: boolean;
  /** The payload as JSON to keep: never a ciphertext or a secret. */
  encode: (result: T) => unknown;
  decode: (stored: unknown) => T;
}

const refused = (code: string, message: string) => new ValidationError([{ path: ['idempotencyKey'], code, message }]);

/** JSON with sorted keys: the same arguments are the same text however they were written. */
export function canonicalJson(input: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value instanceof Date) return value.toISOString();
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(canonical(input));
}

/**
 * Runs `run` once per key: claims the key and runs, or answers the first result. Only the API key
 * that claimed a key may replay it: another key is refused before anything is compared, so no key
 * can test guesses of the secrets in another key's input. The same key with another input (or for
 * another mutation) is refused too. A failure (a typed error or any other) gives the key up, since
 * nothing of it was committed: the retry runs again.
 */
export async function idempotent<T>(deps: ServiceDeps, actor: Actor, call: IdempotentCall<T>, run: (deps: ServiceDeps) => Promise<T>): Promise<T> {
  // Decided before the claim, so a revoked key claims nothing, and before any transaction: on the
  // embedded database its one connection is the transaction's until it ends.
  if (actor.keyCheck && !(await actor.keyCheck.live())) throw new RevokedKeyError();
  const request = canonicalJson({ operation: call.operation, args: call.args });
  const leaseMs = call.leaseMs ?? DATABASE_LEASE_MS;
  const claim = randomBytes(16).toString('base64url');
  const base = { tenantId: actor.tenantId, key: call.key };
  // A replay waits at most as long as the claim it waits for may last, polling ever less often.
  const deadline = Date.now() + leaseMs + 1_000;
  const requestHash = deps.keyring.digest(request);
  // A waiting replay reads the key once per poll, and tries to claim it again only once the claim
  // it waits for has run out of lease (or the key is gone): one statement per poll, not two.
  let claimable = true;
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    if (claimable) {
      const claimed = await claimKey(deps.db, { ...base, operation: call.operation, requestHash, apiKeyId: actor.apiKeyId, claim, leaseMs });
      if (claimed) return runClaimed(deps, call, run, { ...base, claim });
    }

    const previous = await findKey(deps.db, actor.tenantId, call.key);
    if (!previous) {
      claimable = true; // given up meanwhile: claim it
      continue;
    }
    if (previous.api_key_id !== actor.apiKeyId) {
      throw refused('idempotency_key_taken', 'was already used by another API key; use a new key');
    }
    if (previous.operation !== call.operation || !deps.keyring.matchesDigest(request, previous.request_hash)) {
      throw refused('idempotency_key_reused', 'was already used with a different input; use a new key for a different request');
    }
    if (previous.result !== null) return call.decode(previous.result);
    if (Date.now() > deadline) {
      throw refused('idempotency_key_in_use', 'a request with this key is still running; retry in a few seconds to get its result');
    }
    // The database's clock decides in claimKey; this one only says when trying is worth a statement.
    claimable = previous.locked_until === null || new Date(previous.locked_until).getTime() <= Date.now();
    await sleep(pause);
  }
}

async function runClaimed<T>(
  deps: ServiceDeps,
  call: IdempotentCall<T>,
  run: (deps: ServiceDeps) => Promise<T>,
  claim: { tenantId: string; key: string; claim: string },
): Promise<T> {
  const record = async (db: Kysely<Database>, result: T) => {
    if (!(await recordResult(db, { ...claim, result: JSON.stringify(call.encode(result)) }))) {
      // The lease ran out and another request took the key over: this one must not also commit.
      throw refused('idempotency_key_in_use', 'took longer than its claim on this key and another request took it over; retry to get its result');
    }
    return result;
  };
  try {
    if (!call.transactional) return await record(deps.db, await run(deps));
    return await deps.db.transaction().execute(async (trx) => record(trx, await run({ ...deps, db: trx })));
  } catch (error) {
    await releaseKey(deps.db, claim).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes keys whose 24 hours are over, in batches, so the table holds about a day of keys however
 * many a client sends. Returns how many went.
 */
export async function sweepExpiredKeys(db: Kysely<Database>, batch = 1_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteExpiredKeys(db, batch);
    total += deleted;
    if (deleted < batch) return total;
  }
}

/** Sweeps now and then every `intervalMs` (unref'd: it never keeps the process alive); returns a stop function. */
export function startKeySweeper(db: Kysely<Database>, onError: (error: unknown) => void, intervalMs = 10 * 60_000): () => void {
  const sweep = () => void sweepExpiredKeys(db).catch(onError);
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
