// Per-key rate limits: separate budgets for queries and mutations, 429 with Retry-After and
// RESOURCE_EXHAUSTED, and one limit shared through Redis by several gateways and processes.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRateLimiter, type RateLimitSettings } from '../src/rate-limit.js';
import { startTestApi } from './helpers/api.js';
import { freshSchemaUrl, testDatabaseKind, useTestDatabase } from './helpers/database.js';
import { configs } from './helpers/fixtures.js';
import { createKeyWithCli, freePort, startServerProcess } from './helpers/processes.js';

const database = useTestDatabase();
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { __typename } }`;
const createVars = { input: { title: 'limited', config: configs.s3 } };

function limiter(settings: Partial<RateLimitSettings>) {
  const created = createRateLimiter({ windowSeconds: 60, readQueries: 0, writeQueries: 0, mutations: 0, ...settings });
  onTestFinished(() => created.close());
  return created;
}

async function redisAnswers(): Promise<boolean> {
  const probe = createRateLimiter({
    windowSeconds: 1,
    readQueries: 1,
    writeQueries: 0,
    mutations: 0,
    redisUrl: REDIS_URL,
    keyPrefix: `probe-${randomBytes(4).toString('hex')}`,
  });
  try {
    const { Redis } = await import('ioredis');
    const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
    client.on('error', () => {});
    await client.connect();
    await client.ping();
    client.disconnect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

describe('rate limits in memory', () => {
  it('answers 429 with Retry-After and RESOURCE_EXHAUSTED once a key spends its mutation budget', async () => {
    const api = await startTestApi(database(), { rateLimiter: limiter({ mutations: 3 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.request(CREATE, createVars as never)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const over = await api.request(CREATE, createVars as never);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(over.body.errors?.[0].extensions?.code).toBe('RESOURCE_EXHAUSTED');
    expect(over.body.data ?? null).toBeNull();
    // Queries have their own budget, and other keys their own.
    expect((await api.request('{ integrations { totalCount } }')).body.data).toEqual({ integrations: { totalCount: 3 } });
    const other = await api.otherTenant();
    expect((await api.request(CREATE, createVars as never, { key: other.writeKey })).status).toBe(200);
  });

  it('gives read keys and write keys separate query budgets', async () => {
    const api = await startTestApi(database(), { rateLimiter: limiter({ readQueries: 2, writeQueries: 5 }) });
    const read = [];
    for (let i = 0; i < 3; i++) read.push((await api.request('{ tenant { name } }', undefined, { key: api.readKey })).status);
    expect(read).toEqual([200, 200, 429]);
    expect((await api.request('{ tenant { name } }')).status).toBe(200);
  });
});

describe('rate limits shared through Redis', async () => {
  const available = await redisAnswers();
  if (!available) console.warn(`SKIPPED: no Redis at ${REDIS_URL}; the shared rate-limit tests need one.`);

  it.skipIf(!available)('two gateways with their own Redis clients enforce one limit per key', async () => {
    const settings = { mutations: 5, redisUrl: REDIS_URL, keyPrefix: `test-${randomBytes(6).toString('hex')}` };
    const first = await startTestApi(database(), { rateLimiter: limiter(settings) });
    const second = await startTestApi(database(), { rateLimiter: limiter(settings) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await first.request(CREATE, createVars as never)).status);
      statuses.push((await second.request(CREATE, createVars as never, { key: first.writeKey })).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  });

  it.skipIf(!available || testDatabaseKind !== 'postgres')('two server processes against one PostgreSQL and Redis enforce one limit', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const env = {
      DATABASE_URL: await freshSchemaUrl(url, 'rl'),
      SECRETS_KEY: randomBytes(32).toString('base64'),
      REDIS_URL,
      RATE_LIMIT_MUTATIONS: '6',
      LOG_LEVEL: 'warn',
    };
    const key = await createKeyWithCli(env, 'acme');
    const ports = [await freePort(), await freePort()];
    const servers = await Promise.all(ports.map((port) => startServerProcess(env, port)));
    onTestFinished(async () => {
      await Promise.all(servers.map((s) => s.stop()));
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const port of ports) {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: CREATE, variables: createVars }),
        });
        statuses.push(response.status);
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
  });
});
