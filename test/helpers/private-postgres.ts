// A private PostgreSQL cluster in a temporary folder, for tests that stop and start the database.
// The machine's shared PostgreSQL is never touched; the cluster and its folder are removed afterwards,
// and a cluster left behind by a test process that was killed is removed by the next one.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isProcessAlive } from '../../src/db/data-dir-lock.js';
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
  /** The folder that holds the cluster (removed by destroy). */
  dir: string;
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

const PREFIX = 'igw-pg-';
/** The test process that started a cluster, written into its folder. */
const OWNER_FILE = 'owner.pid';

/** The pid of a cluster's postmaster, from its data folder; undefined when it has none. */
function postmasterPid(data: string): number | undefined {
  const file = join(data, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/**
 * Removes the clusters of test processes that no longer run (killed before their clean-up): wakes
 * a frozen server, stops it at once and deletes the folder. Another live process's clusters, and
 * a folder too new to have its owner written yet, are left alone. Returns the folders removed.
 */
export async function removeAbandonedClusters(parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of readdirSync(parent).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(parent, name);
    const ownerFile = join(dir, OWNER_FILE);
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : undefined;
    if (owner === undefined ? Date.now() - statSync(dir).mtimeMs < 60_000 : isProcessAlive(owner)) continue;
    const postmaster = postmasterPid(join(dir, 'data'));
    if (postmaster && isProcessAlive(postmaster)) {
      await run('pkill', ['-CONT', '-P', String(postmaster)]).catch(() => {});
      process.kill(postmaster, 'SIGCONT');
      // SIGQUIT: the postmaster's immediate shutdown, as `pg_ctl -m immediate stop` sends it.
      process.kill(postmaster, 'SIGQUIT');
      for (let i = 0; i < 100 && isProcessAlive(postmaster); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries found');
  await removeAbandonedClusters();
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  const asRoot = process.getuid?.() === 0;
  // initdb refuses root: as root, run the server binaries as the postgres user, who owns the folder.
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));
  const tool = (name: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args));
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
    const postmaster = postmasterPid(data);
    if (!postmaster) throw new Error('freeze: the cluster is not running');
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
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port, stop, start, freeze, thaw, destroy };
}
