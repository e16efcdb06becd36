// A private PostgreSQL cluster in a temporary folder, for tests that stop and start the database.
// The machine's shared PostgreSQL is never touched; the cluster and its folder are removed afterwards.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './processes.js';

const run = promisify(execFile);

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Why a private cluster cannot be started here, or undefined when it can. */
export function privatePostgresUnavailableReason(): string | undefined {
  if (!postgresBinDir()) return 'no PostgreSQL server binaries under /usr/lib/postgresql';
  return undefined;
}

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** `pg_ctl -m fast stop`: sessions are terminated, open transactions roll back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP to the server and every backend: connections stay open and nothing answers. */
  freeze(): Promise<void>;
  /** SIGCONT: the server carries on where it stopped. */
  thaw(): Promise<void>;
  /** Stops the cluster (if running) and deletes its folder; safe to call twice. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries found');
  const dir = mkdtempSync(join(tmpdir(), 'igw-pg-'));
  const asRoot = process.getuid?.() === 0;
  // initdb refuses root: as root, run the server binaries as the postgres user, who owns the folder.
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args);
  const port = await freePort();
  const data = join(dir, 'data');
  const pgCtl = (args: string[]) => tool('pg_ctl', ['-D', data, ...args]);
  let running = false;

  const start = async () => {
    await pgCtl(['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
    running = true;
  };
  const stop = async () => {
    await pgCtl(['-m', 'fast', '-w', '-t', '30', 'stop']);
    running = false;
  };
  let frozen: number[] = [];
  const freeze = async () => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = (await run('pgrep', ['-P', String(postmaster)]).catch(() => ({ stdout: '' }))).stdout;
    frozen = [postmaster, ...children.split('\n').filter(Boolean).map(Number)];
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
  };
  const thaw = async () => {
    for (const pid of frozen) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone already
      }
    }
    frozen = [];
  };
  let destroyed = false;
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    await thaw();
    if (running) await pgCtl(['-m', 'immediate', '-w', 'stop']).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await tool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await start();
  } catch (error) {
    await destroy();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop, start, freeze, thaw, destroy };
}
