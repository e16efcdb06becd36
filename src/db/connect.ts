// Opens the database: PGlite (embedded, in a folder or in memory) by default, PostgreSQL through
// `pg` when a URL is given. Both are the same Kysely<Database> to everything above.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database.js';
import { lockDataDir } from './data-dir-lock.js';

export { DataDirLockedError } from './data-dir-lock.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number; schema?: string }
  | { kind: 'pglite'; dataDir?: string };

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  /** The pg pool (PostgreSQL only), for pool metrics. */
  pool?: pg.Pool;
  /** Counts every statement sent, by its name comment; tests use it to prove batching. */
  statements: StatementCounter;
  close(): Promise<void>;
}

export class StatementCounter {
  total = 0;
  readonly byName = new Map<string, number>();
  record(sqlText: string): void {
    this.total += 1;
    const name = /^\/\* (\w+) \*\//.exec(sqlText)?.[1] ?? 'unnamed';
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }
}

// Postgres int8 and numeric come back as strings by default; counts are cast to int in SQL instead.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  const log = (event: LogEvent) => statements.record(event.query.sql);

  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client that loses its server emits 'error'; without a listener that kills the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return { db, kind: 'postgres', pool, statements, close: () => db.destroy() };
  }

  let unlock = () => {};
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    unlock = lockDataDir(target.dataDir);
  }
  try {
    const pglite = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
    const close = async () => {
      await db.destroy();
      unlock();
    };
    return { db, kind: 'pglite', statements, close };
  } catch (error) {
    unlock();
    throw error;
  }
}
