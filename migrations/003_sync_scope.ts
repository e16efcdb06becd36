// The `sync` scope of API keys: keys for sync workers, which run the transfers (and so hold the
// credentials anyway) and report them; they may read, and report, but not change integrations.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys drop constraint api_keys_scope_check`.execute(db);
  await sql`alter table api_keys add constraint api_keys_scope_check check (scope in ('read', 'write', 'sync'))`.execute(db);
}

// Sync keys cannot exist without their scope: going down deletes them (their workers stop reporting).
// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from api_keys where scope = 'sync'`.execute(db);
  await sql`alter table api_keys drop constraint api_keys_scope_check`.execute(db);
  await sql`alter table api_keys add constraint api_keys_scope_check check (scope in ('read', 'write'))`.execute(db);
}
