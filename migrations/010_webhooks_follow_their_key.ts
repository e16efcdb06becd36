// A webhook endpoint lives as long as the key that made it (or last re-enabled it): revoking a key
// disables its endpoints in the revoking statement's own transaction, by trigger, whatever revokes
// it (the CLI, an operator's SQL). Without it, a revoked key's endpoint went on sending the
// tenant's change events to a URL its former holder chose. Endpoints of keys revoked before this
// migration are disabled by it.
import { type Kysely, sql } from 'kysely';

export const KEY_REVOKED_REASON = 'the API key that created it was revoked: re-enable it with a live write key (it becomes that key’s), or delete it';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function igw_api_key_revoked() returns trigger language plpgsql as $$
    begin
      update webhook_endpoints
      set enabled = false, disabled_at = now(), disabled_reason = ${sql.lit(KEY_REVOKED_REASON)},
          etag = substr(md5(random()::text || clock_timestamp()::text || id::text), 1, 16), version = version + 1, updated_at = now()
      where api_key_id = new.id and enabled;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger api_key_revoked after update of revoked_at on api_keys
    for each row when (old.revoked_at is null and new.revoked_at is not null)
    execute function igw_api_key_revoked()`.execute(db);
  await sql`
    update webhook_endpoints e
    set enabled = false, disabled_at = now(), disabled_reason = ${sql.lit(KEY_REVOKED_REASON)},
        etag = substr(md5(random()::text || clock_timestamp()::text || e.id::text), 1, 16), version = e.version + 1, updated_at = now()
    from api_keys k
    where k.id = e.api_key_id and k.revoked_at is not null and e.enabled`.execute(db);
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger api_key_revoked on api_keys`.execute(db);
  await sql`drop function igw_api_key_revoked()`.execute(db);
}
