// Runs the Kysely migrations in migrations/ up (on start) or one step down (from the CLI).
import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './database.js';

// The migration tables live in the connection's current schema, named explicitly: Kysely otherwise
// finds a kysely_migration table in any schema of the database and may look at someone else's.
async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`/* currentSchema */ select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: rows[0].schema });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error;
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}: ${r.status}`);
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await (await migrator(db)).migrateToLatest());
}

export async function migrateDown(db: Kysely<Database>): Promise<string[]> {
  return unwrap(await (await migrator(db)).migrateDown());
}
