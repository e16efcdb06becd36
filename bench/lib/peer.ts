// The peer under test: PostGraphile v5 (bench/peer/server.ts) in a process of its own on the
// bench database, with the bench_peer schema (bench/peer/schema.sql) applied first; and bare Yoga
// (bench/peer/bare-yoga.ts), the stack alone, for the floor and list rows. Each answers the same Gateway
// interface as the gateway's process, but for SQL statements, which they do not count (their rows
// show none).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, type Gateway, readCpuSeconds, readStatus, repoRoot } from './gateway.js';
import { sleep } from './stats.js';

export async function applyPeerSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(readFileSync(join(repoRoot, 'bench', 'peer', 'schema.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}

export function startPeer(databaseUrl: string, poolSize: number): Promise<Gateway> {
  return startServer('peer', 'bench/peer/server.ts', { DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize) });
}

export function startBareYoga(databaseUrl: string, poolSize: number): Promise<Gateway> {
  return startServer('bare Yoga', 'bench/peer/bare-yoga.ts', { DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(poolSize) });
}

/** A server script of bench/peer/ in its own process on a free port, once it answers `{ __typename }`. */
async function startServer(name: string, script: string, env: Record<string, string>): Promise<Gateway> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, String(port)], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited during start-up:\n${output}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ready after 60 s:\n${output}`);
    }
    await sleep(200);
  }
  const pid = child.pid as number;
  let stopped = false;
  return {
    pid,
    port,
    url,
    output: () => output,
    statements: async () => 0,
    heapSpaces: async () => ({}),
    memory: () => readStatus(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
