// Per-key rate limits with rate-limiter-flexible: a budget of points per window for each API key,
// with separate budgets for read-key queries, write-key queries and mutations. In memory by
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
  redisUrl?: string;
  /** Keeps separate deployments (or test runs) on one Redis apart. */
  keyPrefix?: string;
}

export type Budget = 'readQueries' | 'writeQueries' | 'mutations';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  consume(keyId: string, budget: Budget): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/** ioredis is imported only when REDIS_URL is set: ~20 MB of RSS a process without Redis never needs. */
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
    const points = settings[budget];
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
    }),
  );

  return {
    async consume(keyId, budget) {
      const limiter = (await limiters)[budget];
      if (!limiter) return { allowed: true };
      try {
        await limiter.consume(keyId, 1);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
    async close() {
      await connected;
      redis?.disconnect();
    },
  };
}
