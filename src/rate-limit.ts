// Per-key rate limits with rate-limiter-flexible: a budget of points per window for each API key,
// with separate budgets for read-key queries, write-key queries, mutations and connection checks. In memory by
// default; shared through Redis when REDIS_URL is set, so every replica enforces one limit. If
// Redis stops answering, an in-memory limiter stands in (per replica) rather than failing requests.
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitSettings {
  windowSeconds: number;
  /** Points per window; 0 means unlimited. */
  readQueries: number;
  writeQueries: number;
  mutations: number;
  /** testIntegration and testIntegrationConfig fields per window (RATE_LIMIT_CONNECTION_CHECKS); 0 or left out means unlimited. */
  connectionChecks?: number;
  /** A query is charged one point per this much cost, at least one (RATE_LIMIT_QUERY_COST_UNIT); 1000 when left out. */
  queryCostUnit?: number;
  redisUrl?: string;
  /** Keeps separate deployments (or test runs) on one Redis apart. */
  keyPrefix?: string;
}

export const DEFAULT_QUERY_COST_UNIT = 1000;

export type Budget = 'readQueries' | 'writeQueries' | 'mutations' | 'connectionChecks';

/** Points to take from one budget. */
export interface Charge {
  budget: Budget;
  points: number;
}

export type RateLimitDecision =
  | { allowed: true }
  /** `points` asked of `budget`, which holds `perWindow` points per window. */
  | { allowed: false; budget: Budget; points: number; perWindow: number; retryAfterSeconds: number };

export interface RateLimiter {
  /** Points a query of this cost is charged. */
  queryPoints(cost: number): number;
  /** Takes every charge or none: a refused charge gives back what the others took. */
  consume(keyId: string, charges: Charge[]): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/** ioredis is imported only when REDIS_URL is set: memory a process without Redis never needs (bench/README.md). */
async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => {}); // reconnects by itself; the insurance limiter covers the gap
  await redis.connect().catch(() => {});
  return redis;
}

export function createRateLimiter(settings: RateLimitSettings): RateLimiter {
  // The first requests wait for the first connection (or its failure), so they count in Redis too.
  let redis: Redis | undefined;
  const connected = settings.redisUrl
    ? connectRedis(settings.redisUrl).then((client) => {
        redis = client;
      })
    : Promise.resolve();
  const prefix = settings.keyPrefix ?? 'igw';

  const make = (budget: Budget): RateLimiterAbstract | undefined => {
    const points = settings[budget] ?? 0;
    if (points <= 0) return undefined;
    const options = { points, duration: settings.windowSeconds, keyPrefix: `${prefix}:rl:${budget}` };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  };
  const limiters = connected.then(
    (): Record<Budget, RateLimiterAbstract | undefined> => ({
      readQueries: make('readQueries'),
      writeQueries: make('writeQueries'),
      mutations: make('mutations'),
      connectionChecks: make('connectionChecks'),
    }),
  );
  const unit = settings.queryCostUnit ?? DEFAULT_QUERY_COST_UNIT;

  return {
    queryPoints: (cost) => Math.max(1, Math.ceil(cost / unit)),
    async consume(keyId, charges) {
      const byBudget = await limiters;
      const taken: { limiter: RateLimiterAbstract; points: number }[] = [];
      for (const { budget, points } of charges) {
        const limiter = byBudget[budget];
        if (!limiter || points <= 0) continue;
        try {
          await limiter.consume(keyId, points);
          taken.push({ limiter, points });
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          // rate-limiter-flexible counts refused points too: an operation refused whole spends nothing,
          // so a smaller one that fits what is left still runs.
          await Promise.all([...taken, { limiter, points }].map((t) => t.limiter.reward(keyId, t.points)));
          return { allowed: false, budget, points, perWindow: limiter.points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
      }
      return { allowed: true };
    },
    async close() {
      await connected;
      redis?.disconnect();
    },
  };
}
