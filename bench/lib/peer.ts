// The peer under test: PostGraphile v5 (bench/peer/server.ts) in a process of its own on the
// bench database, with the bench_peer schema (bench/peer/schema.sql) applied first; and bare Yoga
// (bench/peer/bare-yoga.ts), the stack alone, for the floor and list rows. Each answers the same Gateway
// interface as the gateway's process, but for SQL statements, which they do not count (their rows
// show none).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, type Gateway, readCpuSeconds, readStatus, repoRoot, startServerProcess } from './gateway.js';

export async function applyPeerSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(readFileSync(join(repoRoot, 'bench', 'peer', 'schema.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}

export function startPeer(databaseUrl: string, poolSize: number, nodeArgs: readonly string[] = []): Promise<Gateway> {
  return startServer('peer', 'bench/peer/server.ts', { DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize) }, nodeArgs);
}

export function startBareYoga(databaseUrl: string, poolSize: number, nodeArgs: readonly string[] = []): Promise<Gateway> {
  return startServer('bare Yoga', 'bench/peer/bare-yoga.ts', { DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize) }, nodeArgs);
}

/** A server script of bench/peer/ in its own process on a free port, once it answers `{ __typename }`. */
async function startServer(name: string, script: string, env: Record<string, string>, nodeArgs: readonly string[]): Promise<Gateway> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const server = await startServerProcess({
    name,
    nodeArgs: [...nodeArgs, '--import', 'tsx', script, String(port)],
    env: { ...process.env, NODE_ENV: 'production', ...env },
    ready: async () => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok,
    pollMs: 200,
    killAfterMs: 10_000,
  });
  const { pid } = server;
  return {
    pid,
    port,
    url,
    output: server.output,
    statements: async () => 0,
    heapSpaces: async () => ({}),
    memory: () => readStatus(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    stop: server.stop,
  };
}
