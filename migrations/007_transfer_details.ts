// Prequel's transfer fields the reports lacked (issue 20): the run's log, who or what started it
// (actor id and type), the ids of its sources, free tags; the error trace lives in the error JSON.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('transfers')
    .addColumn('log', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_type', 'text')
    .addColumn('source_ids', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('tags', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('transfers')
    .dropColumn('tags')
    .dropColumn('source_ids')
    .dropColumn('actor_type')
    .dropColumn('actor_id')
    .dropColumn('log')
    .execute();
}
