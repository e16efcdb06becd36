// Runs a Kysely query with a name comment in front (`/* findIntegrationsByIds */ select …`), so
// statement counts and slow-query logs say which query ran.
import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import type { Database } from './database.js';

export async function run<Row>(db: Kysely<Database>, name: string, query: Compilable<Row>): Promise<Row[]> {
  const compiled = query.compile();
  const sql = `/* ${name} */ ${compiled.sql}`;
  const result = await db.executeQuery<Row>({ ...compiled, sql });
  return result.rows;
}

export async function runOne<Row>(db: Kysely<Database>, name: string, query: Compilable<Row>): Promise<Row | undefined> {
  const rows = await run(db, name, query);
  return rows[0];
}

/**
 * A named statement for the path of every request, built and compiled by Kysely once: it is built
 * with a marker where each parameter goes, and each run sends the same SQL with that call's
 * values. Building and compiling the query each time cost more CPU than the round trip.
 */
export interface PreparedStatement<Row> {
  compiled: CompiledQuery<Row>;
  /** Index into a run's values for each parameter of the compiled query. */
  slots: number[];
}

export function prepareStatement<Row>(name: string, query: Compilable<Row>, markers: readonly string[]): PreparedStatement<Row> {
  const compiled = query.compile();
  const slots = compiled.parameters.map((parameter) => markers.indexOf(parameter as string));
  if (slots.some((slot) => slot < 0)) throw new Error(`${name}: every parameter must be one of the markers`);
  const sql = `/* ${name} */ ${compiled.sql}`;
  prepareOnServer(name, sql);
  return { compiled: { ...compiled, sql }, slots };
}

/** Has `sql` sent as a named statement (`<name>_<n>`), prepared once per connection; see serverPrepared. */
export function prepareOnServer(name: string, sql: string): void {
  if (!serverPrepared.has(sql)) serverPrepared.set(sql, `${name}_${serverPrepared.size + 1}`);
}

/**
 * The SQL text of every prepared statement, with the name PostgreSQL knows it by. The `pg` client
 * of connect.ts sends these as named statements: each connection parses and plans one once and
 * then only binds values, so the server skips parse and analysis on every request. The set is
 * finite (statements are prepared from code, never from input), so it stays small.
 */
export const serverPrepared = new Map<string, string>();

export async function runPrepared<Row>(db: Kysely<Database>, statement: PreparedStatement<Row>, values: readonly unknown[]): Promise<Row[]> {
  const { compiled, slots } = statement;
  const result = await db.executeQuery<Row>({ ...compiled, queryId: createQueryId(), parameters: slots.map((slot) => values[slot]) });
  return result.rows;
}

export async function runPreparedOne<Row>(db: Kysely<Database>, statement: PreparedStatement<Row>, values: readonly unknown[]): Promise<Row | undefined> {
  const rows = await runPrepared(db, statement, values);
  return rows[0];
}
