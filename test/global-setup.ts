// Runs once around the whole suite. Before: clears the server log folder and, on PGlite, migrates
// one database and saves its data folder, which every test file loads instead of running initdb
// (seconds each) and the migrations again. After the last test: scans every log line any test
// server wrote for the secret values the suite uses. One leak fails the run.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { secrets } from './helpers/fixtures.js';

export const LOG_DIR = join(process.cwd(), 'test-output', 'server-logs');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite data folder (a tar file) test files start from; null on PostgreSQL. */
    pgliteTemplate: string | null;
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
  rmSync(LOG_DIR, { recursive: true, force: true });
  mkdirSync(LOG_DIR, { recursive: true });
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
