// Opens the database: PGlite (embedded, in a folder or in memory) by default, PostgreSQL through
// `pg` when a URL is given. Both are the same Kysely<Database> to everything above.
import { mkdirSync } from 'node:fs';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Database } from './database.js';
import { serverPrepared } from './named-query.js';

export { DataDirLockedError } from './data-dir-lock.js';

export type DatabaseTarget =
  | {
      kind: 'postgres';
      url: string;
      poolSize?: number;
      schema?: string;
      /** Longest wait for a connection (a free pool slot or a new connection); none when left out. */
      connectTimeoutMs?: number;
      /** Longest a statement may run (the server cancels it); none when left out. */
      statementTimeoutMs?: number;
    }
  | {
      kind: 'pglite';
      dataDir?: string;
      /**
       * A data folder saved by PGlite's `dumpDataDir`, to start from instead of an empty cluster
       * (its initdb takes seconds): the tests' migrated template. Used only on a first start.
       */
      loadDataDir?: Blob;
    };

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  /** The pg pool (PostgreSQL only), for pool metrics. */
  pool?: pg.Pool;
  /** Counts every statement sent, by its name comment; tests use it to prove batching. */
  statements: StatementCounter;
  /** PGlite only: its whole data folder as a tar file, which `loadDataDir` starts from. */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * LISTENs on a channel: `onNotify` gets each notification's payload, and null after the listening
   * connection was lost and made again (notifications in between may be gone: read the truth).
   * PostgreSQL: one dedicated connection outside the pool; PGlite: its own listen. Resolves once
   * listening; the function it gives stops.
   */
  listen(channel: string, onNotify: (payload: string | null) => void): Promise<() => Promise<void>>;
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

/**
 * A pg client that sends the statements of prepareStatement (named-query.ts) as named, server-side
 * prepared statements, and everything else as it is. Kysely calls query(text, values).
 */
class PreparingClient extends pg.Client {
  // `any`: pg's query has a dozen overloads; only (text, values) is changed, the rest pass through.
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above
  override query(...args: any[]): any {
    const [text, values] = args;
    const name = args.length === 2 && typeof text === 'string' ? serverPrepared.get(text) : undefined;
    if (!name) return (super.query as (...a: unknown[]) => unknown)(...args);
    return super.query({ name, text, values }).catch(async (error: { code?: string }) => {
      // 0A000 "cached plan must not change result type": a table a statement reads changed shape
      // (a newer release migrated it while this process runs). Prepare it again, once.
      if (error?.code !== '0A000') throw error;
      await super.query(`deallocate "${name}"`);
      delete (this as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements[name];
      return super.query({ name, text, values });
    });
  }
}

// Postgres int8 and numeric come back as strings by default; counts are cast to int in SQL instead.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** pg's own timestamptz parser (postgres-date's regex), for the forms the fast path leaves to it. */
export const parseTimestamptzSlowly = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (value: string) => Date | number;
/**
 * timestamptz as PostgreSQL prints it with DateStyle ISO ("2026-12-04 06:59:15.123456+00", or an
 * offset "+05:30") handed to V8's own ISO parser, which truncates microseconds as pg's regex
 * parser does; anything else (BC, five-digit years, offsets with seconds, infinity) goes to pg's.
 * A list of 100 integrations with 3 revisions reads 500 timestamps (bench/README.md, "Ninth round").
 */
export function parseTimestamptz(value: string): Date | number {
  const n = value.length;
  if (n >= 22 && value.charCodeAt(4) === 45 && value.charCodeAt(10) === 32) {
    const sign = value.charCodeAt(n - 3);
    if (sign === 43 || sign === 45) return new Date(`${value.slice(0, 10)}T${value.slice(11, n - 3)}${value.slice(n - 3)}:00`);
    const longSign = value.charCodeAt(n - 6);
    if ((longSign === 43 || longSign === 45) && value.charCodeAt(n - 3) === 58) return new Date(`${value.slice(0, 10)}T${value.slice(11)}`);
  }
  return parseTimestamptzSlowly(value);
}
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, parseTimestamptz);

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  const log = (event: LogEvent) => statements.record(event.query.sql);

  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      Client: PreparingClient,
      connectionString: target.url,
      max: target.poolSize ?? 10,
      // Keepalive notices a connection whose server vanished without closing it (a dead network).
      keepAlive: true,
      ...(target.connectTimeoutMs ? { connectionTimeoutMillis: target.connectTimeoutMs } : {}),
      // The server cancels a long statement (57014); the client-side timeout, a little later, covers
      // a server that does not answer at all.
      ...(target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs, query_timeout: target.statementTimeoutMs + 1000 } : {}),
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // A client that loses its server emits 'error'; without a listener that kills the process. The
    // pool listens only while a client is idle, so every client also gets its own listener for the
    // time it is checked out (e.g. PostgreSQL shut down between two statements of a transaction):
    // the statement in flight, or the next one, fails instead, and the pool drops the client on release.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    const listen = (channel: string, onNotify: (payload: string | null) => void) => listenOnPostgres(target, channel, onNotify);
    return { db, kind: 'postgres', pool, statements, listen, close: () => db.destroy() };
  }

  let unlock = () => {};
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    unlock = lockDataDir(target.dataDir);
  }
  try {
    // Loaded only when used: PGlite's WebAssembly build would add tens of MB of RSS to a process on
    // PostgreSQL (bench/README.md, "Figures behind the code").
    const [{ PGlite }, { PGliteDialect }] = await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
    // The same timestamptz parser as on PostgreSQL: PGlite's own reads years before 100 as 19xx.
    const pglite = await PGlite.create({
      dataDir: target.dataDir,
      loadDataDir: target.loadDataDir,
      parsers: { [pg.types.builtins.TIMESTAMPTZ]: parseTimestamptz },
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
    const close = async () => {
      await db.destroy();
      unlock();
    };
    const listen = async (channel: string, onNotify: (payload: string | null) => void) => {
      const unlisten = await pglite.listen(channel, (payload) => onNotify(payload));
      return () => unlisten();
    };
    return { db, kind: 'pglite', statements, dumpDataDir: () => pglite.dumpDataDir('none'), listen, close };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * A connection of its own that LISTENs (a pooled one would lose the LISTEN when returned), made
 * again after it is lost, with a growing pause; `onNotify(null)` then tells the listener that
 * notifications may have been missed.
 */
async function listenOnPostgres(target: Extract<DatabaseTarget, { kind: 'postgres' }>, channel: string, onNotify: (payload: string | null) => void) {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 250;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: target.url,
      keepAlive: true,
      ...(target.connectTimeoutMs ? { connectionTimeoutMillis: target.connectTimeoutMs } : {}),
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      schedule();
    };
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    client = next;
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    retryMs = 250;
  };
  const schedule = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => onNotify(null),
        () => {
          client?.end().catch(() => {});
          client = undefined;
          retryMs = Math.min(retryMs * 2, 10_000);
          schedule();
        },
      );
    }, retryMs);
    retry.unref();
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const last = client;
    client = undefined;
    await last?.end().catch(() => {});
  };
}
