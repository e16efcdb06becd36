// The gateway under test: compiled (`npm run build`) and started as `npm run serve` starts it in
// production, as a child process; the CLI for a write key; and what the process exposes: /metrics
// and /proc/<pid>/status.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './stats.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface GatewayEnv {
  databaseUrl: string;
  poolSize: number;
  logLevel: string;
  /** GRAPHQL_MAX_COST: the default 5000 rejects integrations(first: 100) with config and revisions. */
  maxCost: number;
}

export interface Gateway {
  pid: number;
  port: number;
  url: string;
  /** The last 64 KiB of its stdout and stderr. */
  output(): string;
  /** SQL statements sent since start (gateway_db_statements_total). */
  statements(): Promise<number>;
  /** VmHWM and VmRSS of the gateway process, in bytes. */
  memory(): { peak: number; current: number };
  /** The V8 heap by space: bytes reserved (`old`, `new` …) and in use (`old_used` …), from /metrics. */
  heapSpaces(): Promise<Record<string, number>>;
  /** CPU seconds (user + system) the gateway process has used since start. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function environment(env: GatewayEnv, secretsKey: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: env.databaseUrl,
    DATABASE_POOL_SIZE: String(env.poolSize),
    SECRETS_KEY: secretsKey,
    SECRETS_OLD_KEYS: '',
    REDIS_URL: '',
    RATE_LIMIT_READ_QUERIES: '0',
    RATE_LIMIT_WRITE_QUERIES: '0',
    RATE_LIMIT_MUTATIONS: '0',
    LOG_LEVEL: env.logLevel,
    GRAPHQL_MAX_COST: String(env.maxCost),
  };
}

export const newSecretsKey = () => randomBytes(32).toString('base64');

/** `apikey create`: the key is the last line of stdout, its id is in the line before. */
export async function createWriteKey(env: GatewayEnv, secretsKey: string, tenant: string): Promise<{ key: string; keyId: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'apikey', 'create', '--tenant', tenant, '--scope', 'write', '--name', 'bench'], {
    cwd: repoRoot,
    env: environment(env, secretsKey),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = stdout.trim().split('\n');
  const key = lines.at(-1)?.trim() ?? '';
  const keyId = /\(id ([0-9a-f-]{36})\)/.exec(stdout)?.[1] ?? '';
  if (code !== 0 || !key.startsWith('igw_')) throw new Error(`apikey create failed (exit ${code}):\n${stdout}${stderr}`);
  return { key, keyId };
}

/** VmHWM and VmRSS of a process, in bytes. */
export function readStatus(pid: number): { peak: number; current: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { peak: kib('VmHWM'), current: kib('VmRSS') };
}

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, counted after the parenthesized name). */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Compiles src/ to dist/ (tsconfig.build.json), as a deployment would before `npm run serve`. */
export function buildGateway(): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

/** The node options of `npm run serve` (package.json), so the benchmark runs what production runs. */
export function serveNodeArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = scripts.serve.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/src/main.js') throw new Error(`npm run serve is no longer "node … dist/src/main.js": ${scripts.serve}`);
  return words.slice(1, -1);
}

/** A server the bench started in a process of its own: its pid, what it printed, and how to stop it. */
export interface ServerProcess {
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Spawns `node <args>` in the repository and waits until `ready()` answers true (polled every
 * `pollMs`, for at most 60 s); its output is kept (the last 64 KiB, also appended to `logFile`).
 * Used for the gateway and for the peer and bare Yoga (peer.ts), which differ only in their
 * command, environment and readiness probe.
 */
export async function startServerProcess(args: {
  name: string;
  nodeArgs: string[];
  env: NodeJS.ProcessEnv;
  ready: () => Promise<boolean>;
  pollMs: number;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  killAfterMs: number;
  logFile?: string;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args.nodeArgs, { cwd: repoRoot, env: args.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-65_536);
    if (args.logFile) appendFileSync(args.logFile, d);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${args.name} exited during start-up:\n${output}`);
    if (await args.ready().catch(() => false)) break;
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`${args.name} not ready after 60 s:\n${output}`);
    }
    await sleep(args.pollMs);
  }
  let stopped = false;
  return {
    pid: child.pid as number,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), args.killAfterMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts the compiled gateway with the node options of `npm run serve`, then `extraNodeArgs` (later flags win). */
export async function startGateway(env: GatewayEnv, secretsKey: string, extraNodeArgs: string[] = []): Promise<Gateway> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({
    name: 'gateway',
    nodeArgs: [...serveNodeArgs(), ...extraNodeArgs, 'dist/src/main.js'],
    env: { ...environment(env, secretsKey), PORT: String(port), HOST: '127.0.0.1' },
    ready: async () => (await fetch(`${base}/health/ready`)).ok,
    pollMs: 100,
    killAfterMs: 15_000,
    // BENCH_GATEWAY_LOG: a file that also gets everything the gateway prints (e.g. with --trace-gc).
    logFile: process.env.BENCH_GATEWAY_LOG,
  });
  const { pid } = server;
  const metricsText = async () => (await fetch(`${base}/metrics`)).text();
  return {
    pid,
    port,
    url: `${base}/graphql`,
    output: server.output,
    async statements() {
      const text = await metricsText();
      const match = /^gateway_db_statements_total(?:\{[^}]*\})? ([0-9.e+]+)$/m.exec(text);
      if (!match) throw new Error('gateway_db_statements_total not found in GET /metrics');
      return Number(match[1]);
    },
    async heapSpaces() {
      const text = await metricsText();
      const spaces: Record<string, number> = {};
      for (const match of text.matchAll(/^nodejs_heap_space_size_(total|used)_bytes\{space="(\w+)"\} ([0-9.e+]+)$/gm)) {
        spaces[match[1] === 'total' ? match[2] : `${match[2]}_used`] = Number(match[3]);
      }
      return spaces;
    },
    memory: () => readStatus(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    stop: server.stop,
  };
}
