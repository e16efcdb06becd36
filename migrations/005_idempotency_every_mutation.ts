// Idempotency keys for every mutation, not only createIntegration: a key is claimed for one
// operation before it runs (a lease, so a concurrent replay on any replica waits for the first
// result instead of running again, and a claim whose gateway died is taken over once the lease is
// over), and its first result is kept as that operation's payload (src/idempotency/).
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  // Keys claimed before migration 004 kept no result and cannot be answered from it: their 24 hours
  // are over on any gateway that ran 004 a day ago; the rest are given up rather than guessed at.
  await sql`delete from idempotency_keys where result is null`.execute(db);
  await db.schema
    .alterTable('idempotency_keys')
    // The mutation that claimed it: the same key sent to another one is "another input".
    .addColumn('operation', 'text', (col) => col.notNull().defaultTo('createIntegration'))
    // Set while the claiming request runs; the result is written, and this cleared, in the same
    // transaction as the mutation's own writes.
    .addColumn('claim', 'text')
    .addColumn('locked_until', 'timestamptz')
    .execute();
  await sql`alter table idempotency_keys alter column integration_id drop not null`.execute(db);
  await sql`alter table idempotency_keys alter column operation drop default`.execute(db);
  // For the sweep of keys whose 24 hours are over (src/idempotency/idempotency.service.ts).
  await db.schema.createIndex('idempotency_keys_created_at_idx').on('idempotency_keys').column('created_at').execute();
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('idempotency_keys_created_at_idx').execute();
  await sql`delete from idempotency_keys where operation <> 'createIntegration' or integration_id is null or result is null`.execute(db);
  await sql`alter table idempotency_keys alter column integration_id set not null`.execute(db);
  await db.schema.alterTable('idempotency_keys').dropColumn('locked_until').dropColumn('claim').dropColumn('operation').execute();
}
