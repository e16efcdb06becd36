// Delivery settings on integrations, and the transfer reports that sync workers send.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('integrations').addColumn('delivery', 'jsonb').execute();

  await db.schema
    .createTable('transfers')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('integration_id', 'uuid', (col) => col.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('tenant_id', 'uuid', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('is_full_refresh', 'boolean', (col) => col.notNull())
    .addColumn('models', 'jsonb', (col) => col.notNull())
    .addColumn('rows_transferred', 'double precision')
    .addColumn('delta_rows_transferred', 'double precision')
    .addColumn('volume_transferred_mb', 'double precision')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz', (col) => col.notNull())
    .addColumn('window_start', 'timestamptz')
    .addColumn('window_end', 'timestamptz')
    .addColumn('model_metrics', 'jsonb', (col) => col.notNull())
    .addColumn('error', 'jsonb')
    .addColumn('api_key_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('transfers_integration_ended_idx').on('transfers').columns(['integration_id', 'ended_at', 'id']).execute();
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('transfers').execute();
  await db.schema.alterTable('integrations').dropColumn('delivery').execute();
}
