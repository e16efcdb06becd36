// The tables as Kysely sees them: one interface per table, the Database map of them all.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface TenantTable {
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}

export interface ApiKeyTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  scope: 'read' | 'write';
  key_hash: string;
  key_prefix: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** A stored secret: AES-256-GCM ciphertext with the id of the key that made it. */
export interface EncryptedSecret {
  kid: string;
  iv: string;
  ct: string;
  tag: string;
  updatedAt: string;
}

export interface IntegrationTable {
  id: string;
  tenant_id: string;
  connector: string;
  title: string;
  description: string | null;
  labels: Json<string[]>;
  metadata: Json<Record<string, unknown>>;
  customer_id: string | null;
  disabled: boolean;
  /** The non-secret part of the config; secrets live only in `secrets`, encrypted. */
  config: Json<Record<string, unknown>>;
  secrets: Json<Record<string, EncryptedSecret>>;
  status_state: Generated<string>;
  status_message: string | null;
  status_checked_at: Date | null;
  etag: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
}

export interface IntegrationRevisionTable {
  integration_id: string;
  version: number;
  tenant_id: string;
  action: 'create' | 'update' | 'delete';
  etag: string;
  created_at: Timestamp;
  api_key_id: string | null;
  actor: string | null;
  changed_paths: Json<string[]>;
  snapshot: Json<Record<string, unknown>>;
}

export interface IdempotencyKeyTable {
  tenant_id: string;
  key: string;
  request_hash: string;
  integration_id: string;
  created_at: Generated<Date>;
}

export interface Database {
  tenants: TenantTable;
  api_keys: ApiKeyTable;
  integrations: IntegrationTable;
  integration_revisions: IntegrationRevisionTable;
  idempotency_keys: IdempotencyKeyTable;
}

export type IntegrationRow = Selectable<IntegrationTable>;
export type NewIntegrationRow = Insertable<IntegrationTable>;
export type IntegrationRevisionRow = Selectable<IntegrationRevisionTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
