// Runs once around the whole suite. Before: makes this run's server log folder and, on PGlite, migrates
// one database and saves its data folder, which every test file loads instead of running initdb
// (seconds each) and the migrations again. After the last test: scans every log line any test
// server wrote for the secret values the suite uses. One leak fails the run.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/connect.js';
import { isProcessAlive } from '../src/db/data-dir-lock.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { secrets } from './helpers/fixtures.js';

/** Every run writes its server logs to a folder of its own, so suites run side by side do not mix or clear each other's. */
const LOGS_ROOT = join(process.cwd(), 'test-output', 'server-logs');
const LOG_DIR = join(LOGS_ROOT, String(process.pid));

/** Removes the log folders of earlier runs whose process is gone (a run's folder stays for a look until the next run). */
function removeFinishedRunsLogs() {
  for (const name of readdirSync(LOGS_ROOT)) {
    const pid = Number(name);
    if (!(Number.isInteger(pid) && pid > 0 && isProcessAlive(pid))) rmSync(join(LOGS_ROOT, name), { recursive: true, force: true });
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data folder (a tar file) test files start from; null on PostgreSQL. */
    pgliteTemplate: string | null;
    /** This run's folder for server logs, which the teardown scans for secrets. */
    serverLogDir: string;
  }
}

/** Migrates an in-memory PGlite and saves its data folder to a file of this run; returns the path. */
async function savePgliteTemplate(): Promise<string> {
  const handle = await openDatabase({ kind: 'pglite' });
  try {
    await migrateToLatest(handle.db);
    const file = join(process.cwd(), 'test-output', `pglite-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer()));
    return file;
  } finally {
    await handle.close();
  }
}

export async function setup(project: TestProject) {
  mkdirSync(LOGS_ROOT, { recursive: true });
  removeFinishedRunsLogs();
  mkdirSync(LOG_DIR, { recursive: true });
  project.provide('serverLogDir', LOG_DIR);
  const template = process.env.TEST_DATABASE_URL ? null : await savePgliteTemplate();
  project.provide('pgliteTemplate', template);
  return () => {
    if (template) rmSync(template, { force: true });
    const files = readdirSync(LOG_DIR);
    const leaks: string[] = [];
    let lines = 0;
    for (const file of files) {
      const text = readFileSync(join(LOG_DIR, file), 'utf8');
      lines += text.split('\n').length - 1;
      for (const value of Object.values(secrets)) if (text.includes(value)) leaks.push(`${file}: ${value}`);
      for (const match of text.match(/SECRET-[A-Za-z0-9_-]{6,}/g) ?? []) leaks.push(`${file}: ${match}`);
    }
    if (leaks.length > 0) throw new Error(`Secret values found in server logs:\n${leaks.join('\n')}`);
    process.stdout.write(`Scanned ${lines} server log lines from ${files.length} test processes: no secret values.\n`);
  };
}
