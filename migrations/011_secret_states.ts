// Each integration's secret states (when each secret was set, its fingerprint; no ciphertext) as a
// stored generated column, computed by PostgreSQL from `secrets` on every write. The rows that are
// only shown (lists, the by-id loader) read it instead of aggregating `secrets` per row in every
// read, which cost a list of 100 a fifth of its statement's time (bench/README.md, "Tenth round").
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  // Immutable (its result depends on its argument only), as a generated column requires.
  await sql`
    create function igw_secret_states(secrets jsonb) returns jsonb language sql immutable parallel safe as $$
      select coalesce(jsonb_object_agg(s.key, jsonb_build_object('updatedAt', s.value -> 'updatedAt', 'fp', s.value -> 'fp')), '{}'::jsonb)
      from jsonb_each(secrets) s
    $$`.execute(db);
  await sql`alter table integrations add column secret_states jsonb not null generated always as (igw_secret_states(secrets)) stored`.execute(db);
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table integrations drop column secret_states`.execute(db);
  await sql`drop function igw_secret_states(jsonb)`.execute(db);
}
