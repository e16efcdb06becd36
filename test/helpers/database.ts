// A fresh database for a test file: an in-memory PGlite by default (loaded from the migrated
// template the global setup saved); with TEST_DATABASE_URL, a new schema in that PostgreSQL
// database, dropped afterwards. Migrations run either way (on the template, they find nothing to do).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // The migrated data folder the global setup saved (see test/global-setup.ts).
    const template = inject('pgliteTemplate');
    const handle = await openDatabase({ kind: 'pglite', loadDataDir: template ? new Blob([readFileSync(template)]) : undefined });
    await migrateToLatest(handle.db);
    return handle;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await openDatabase({ kind: 'postgres', url, schema, poolSize: 20 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** Opens one database for the file (beforeAll) and closes it afterwards; call inside describe or at top level. */
export function useTestDatabase(): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error('the test database is not open yet');
    return handle;
  };
}

/**
 * A fresh schema in the PostgreSQL database at `url` for server processes started by the current
 * test (which run their own migrations there), dropped when the test finishes: the URL to give
 * them as DATABASE_URL.
 */
export async function freshSchemaUrl(url: string, prefix: string): Promise<string> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  onTestFinished(async () => {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}
