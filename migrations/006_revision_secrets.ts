// Revisions keep the integration's encrypted secrets as of that revision, so a restore can bring
// them back (src/integrations/integration.service.ts restoreIntegration): written on create and by
// every change of the secrets (null: unchanged since the previous revision), copied verbatim
// (AES-GCM bound to integration and path, so still valid), rotated with the rest, never selected by
// reads. `restored_from` is the version a restore came from.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('integration_revisions').addColumn('secrets', 'jsonb').addColumn('restored_from', 'integer').execute();
  // The newest revision of each integration gets the integration's secrets as they are now: a
  // restore of it, or of a later one, starts from real secrets rather than none.
  await sql`update integration_revisions r set secrets = i.secrets
    from integrations i where i.id = r.integration_id and r.version = i.version`.execute(db);
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('integration_revisions').dropColumn('restored_from').dropColumn('secrets').execute();
}
