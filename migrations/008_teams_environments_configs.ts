// The seeds' definition layer (issue 20): a tenant's teams and environments, API keys bound to
// them, connector configs (shared settings and secrets a team sets up once) with their revisions,
// customers' attributes, and on integrations the config, environment, team and approval they have.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('domain', 'text')
    .addColumn('logo_url', 'text')
    .addColumn('verified', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('teams_tenant_name_key', ['tenant_id', 'name'])
    .execute();

  await db.schema
    .createTable('environments')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('environments_tenant_name_key', ['tenant_id', 'name'])
    .execute();

  // A key of one team (null: the tenant's own, over every team) and of one environment (null: all).
  await db.schema
    .alterTable('api_keys')
    .addColumn('team_id', 'uuid', (col) => col.references('teams.id').onDelete('restrict'))
    .addColumn('environment_id', 'uuid', (col) => col.references('environments.id').onDelete('restrict'))
    .execute();

  await db.schema
    .createTable('connector_configs')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('tenant_id', 'uuid', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('connector', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('category', 'text')
    .addColumn('beta', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('sharing', 'text', (col) => col.notNull().check(sql`sharing in ('ALLOW', 'ASK', 'DENY')`))
    .addColumn('owner_team_id', 'uuid', (col) => col.references('teams.id').onDelete('restrict'))
    .addColumn('environment_ids', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('config', 'jsonb', (col) => col.notNull())
    .addColumn('secrets', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('params', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('etag', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('connector_configs_tenant_idx')
    .on('connector_configs')
    .columns(['tenant_id', 'created_at', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('connector_config_revisions')
    .addColumn('config_id', 'uuid', (col) => col.notNull().references('connector_configs.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('tenant_id', 'uuid', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('etag', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('api_key_id', 'uuid')
    .addColumn('actor', 'text')
    .addColumn('changed_paths', 'jsonb', (col) => col.notNull())
    .addColumn('snapshot', 'jsonb', (col) => col.notNull())
    .addPrimaryKeyConstraint('connector_config_revisions_pk', ['config_id', 'version'])
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('tenant_id', 'uuid', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('attributes', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('customers_pk', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .alterTable('integrations')
    .addColumn('environment_id', 'uuid', (col) => col.references('environments.id').onDelete('restrict'))
    .addColumn('team_id', 'uuid', (col) => col.references('teams.id').onDelete('restrict'))
    .addColumn('connector_config_id', 'uuid', (col) => col.references('connector_configs.id').onDelete('restrict'))
    .addColumn('approval', 'text', (col) => col.check(sql`approval in ('PENDING', 'APPROVED', 'REJECTED')`))
    .addColumn('approval_decided_at', 'timestamptz')
    .addColumn('approval_decided_by', 'text')
    .execute();
  await db.schema
    .createIndex('integrations_config_idx')
    .on('integrations')
    .columns(['connector_config_id', 'id'])
    .where(sql<boolean>`connector_config_id is not null and deleted_at is null`)
    .execute();
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('integrations_config_idx').execute();
  await db.schema
    .alterTable('integrations')
    .dropColumn('approval_decided_by')
    .dropColumn('approval_decided_at')
    .dropColumn('approval')
    .dropColumn('connector_config_id')
    .dropColumn('team_id')
    .dropColumn('environment_id')
    .execute();
  await db.schema.dropTable('customers').execute();
  await db.schema.dropTable('connector_config_revisions').execute();
  await db.schema.dropTable('connector_configs').execute();
  await db.schema.alterTable('api_keys').dropColumn('environment_id').dropColumn('team_id').execute();
  await db.schema.dropTable('environments').execute();
  await db.schema.dropTable('teams').execute();
}
