// Runs a Kysely query with a name comment in front (`/* findIntegrationsByIds */ select …`), so
// statement counts and slow-query logs say which query ran.
import type { Compilable, Kysely } from 'kysely';
import type { Database } from './database.js';

export async function run<Row>(db: Kysely<Database>, name: string, query: Compilable<Row>): Promise<Row[]> {
  const compiled = query.compile();
  const result = await db.executeQuery<Row>({ ...compiled, sql: `/* ${name} */ ${compiled.sql}` });
  return result.rows;
}

export async function runOne<Row>(db: Kysely<Database>, name: string, query: Compilable<Row>): Promise<Row | undefined> {
  const rows = await run(db, name, query);
  return rows[0];
}
