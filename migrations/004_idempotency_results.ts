// Idempotency keys keep the first result and the API key that made it: a replay answers what the
// first call answered (even after a delete), and another key's use of the same idempotency key is
// refused without comparing inputs (integrations/integration.service.ts, createIntegration).
import type { Kysely } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('idempotency_keys')
    .addColumn('api_key_id', 'uuid')
    // The created row as the first response showed it; secrets only as { updatedAt }. Null on keys
    // claimed before this migration (they expire within 24 hours).
    .addColumn('result', 'jsonb')
    .execute();
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').dropColumn('result').dropColumn('api_key_id').execute();
}
