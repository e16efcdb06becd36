// The tables as Kysely sees them: one interface per table, the Database map of them all.
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';

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
  scope: 'read' | 'write' | 'sync';
  key_hash: string;
  key_prefix: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
  /** The team the key acts for; null: the tenant's own key, over every team. */
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The environment the key sees and works in; null: every environment. */
  environment_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TeamTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  domain: string | null;
  logo_url: string | null;
  verified: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EnvironmentTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  created_at: Generated<Date>;
}

export interface CustomerTable {
  tenant_id: string;
  /** The customerId integrations name. */
  id: string;
  attributes: Json<Record<string, string>>;
  updated_at: Generated<Date>;
}

/** One per-customer param a connector config declares (connector-configs/params.ts). */
export interface ConfigParam {
  /** Dotted path inside the connector's config. */
  path: string;
  /** Taken from this attribute of the integration's customer instead of given per integration. */
  fromAttribute: string | null;
}

export type SharingPolicy = 'ALLOW' | 'ASK' | 'DENY';

export interface ConnectorConfigTable {
  id: string;
  tenant_id: string;
  connector: string;
  title: string;
  description: string | null;
  category: string | null;
  beta: boolean;
  sharing: SharingPolicy;
  owner_team_id: string | null;
  environment_ids: Json<string[]>;
  /** The shared, non-secret settings (a partial config of the connector). */
  config: Json<Record<string, unknown>>;
  /** The shared secrets, encrypted like an integration's (AAD names the config). */
  secrets: Json<Record<string, EncryptedSecret>>;
  params: Json<ConfigParam[]>;
  etag: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
}

export interface ConnectorConfigRevisionTable {
  config_id: string;
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

export type ApprovalState = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A stored secret: AES-256-GCM ciphertext with the id of the key that made it. */
export interface EncryptedSecret {
  kid: string;
  iv: string;
  ct: string;
  tag: string;
  updatedAt: string;
  /** The fingerprint readers see: random, drawn when a different value is written (keyring.ts). */
  fp?: string;
  /** Id of the key whose derived match key made `mh`. */
  mk?: string;
  /** Keyed match tag of the value (HMAC over integration, path and value): recognises a rewrite of the same value. Never shown. */
  mh?: string;
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
  /**
   * Of each secret, only when it was set and its fingerprint (no ciphertext, iv or match tag):
   * computed by PostgreSQL from `secrets` on every write (a stored generated column, migration
   * 011), read by the rows that are only shown (integration.repository.ts).
   */
  secret_states: GeneratedAlways<Record<string, Pick<EncryptedSecret, 'updatedAt' | 'fp'>>>;
  /** Delivery settings of destination connectors; null for connectors without (httpApi). */
  delivery: ColumnType<DeliverySettings | null, string | null | undefined, string | null>;
  status_state: Generated<string>;
  status_message: string | null;
  status_checked_at: Date | null;
  etag: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Date | null;
  /** The environment it lives in; null: none (made by a key of every environment without one). */
  environment_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The team of the key that made it; null: a tenant-wide key. */
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The connector config it is built on; null: a standalone integration. */
  connector_config_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Creation from an ASK config waits for the owning team: null when no approval was needed. */
  approval: ColumnType<ApprovalState | null, ApprovalState | null | undefined, ApprovalState | null>;
  approval_decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  approval_decided_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DeliverySettings {
  frequencyMinutes: number;
  enabledModels: string[];
  maxConcurrentTransfers: number;
  maxConcurrentQueriesPerTransfer: number;
}

export type TransferStatus = 'SUCCESS' | 'PARTIAL' | 'FAILED' | 'CANCELLED';

export interface TransferError {
  code: string | null;
  title: string;
  blame: 'CUSTOMER' | 'PROVIDER' | 'UNKNOWN';
  documentationUrl: string | null;
  message: string | null;
  /** A stack trace or the like (Prequel's `trace`); absent on reports from before migration 007. */
  trace?: string | null;
}

export interface ModelMetrics {
  modelName: string;
  rowsTransferred: number | null;
  deltaRowsTransferred: number | null;
  volumeTransferredMb: number | null;
  windowStart: string | null;
  windowEnd: string | null;
  mostRecentLastUpdatedAt: string | null;
  error: TransferError | null;
}

export interface TransferTable {
  id: Generated<string>;
  integration_id: string;
  tenant_id: string;
  status: TransferStatus;
  is_full_refresh: boolean;
  models: Json<string[]>;
  rows_transferred: number | null;
  delta_rows_transferred: number | null;
  volume_transferred_mb: number | null;
  submitted_at: Date | null;
  started_at: Date | null;
  ended_at: Timestamp;
  window_start: Date | null;
  window_end: Date | null;
  model_metrics: Json<ModelMetrics[]>;
  error: ColumnType<TransferError | null, string | null, string | null>;
  api_key_id: string | null;
  created_at: Generated<Date>;
  /** The run's log (Prequel's `log`), scrubbed of the integration's secrets. */
  log: string | null;
  /** Who or what started the run, as the worker says (Prequel's `actor_id`, `actor_type`). */
  actor_id: string | null;
  actor_type: string | null;
  source_ids: ColumnType<string[], string | undefined, string>;
  tags: ColumnType<Record<string, string>, string | undefined, string>;
}

export interface IntegrationRevisionTable {
  integration_id: string;
  version: number;
  tenant_id: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'approve' | 'reject';
  etag: string;
  created_at: Timestamp;
  api_key_id: string | null;
  actor: string | null;
  changed_paths: Json<string[]>;
  snapshot: Json<Record<string, unknown>>;
  /** The encrypted secrets as of this revision; null: unchanged since the previous one. Never read by listings. */
  secrets: ColumnType<Record<string, EncryptedSecret> | null, string | null | undefined, string | null>;
  /** The version a restore came from; null unless action is restore. */
  restored_from: ColumnType<number | null, number | null | undefined, number | null>;
}

/** An integration row as a create answered it, kept for replays: secrets only as when they were set. */
export type IdempotentResult = Omit<IntegrationRow, 'secrets' | 'secret_states' | IntegrationLayerColumn> &
  Partial<Pick<IntegrationRow, IntegrationLayerColumn>> & { secrets: Record<string, Pick<EncryptedSecret, 'updatedAt' | 'fp'>> };

/** The columns of migration 008, absent from results kept before it. */
type IntegrationLayerColumn = 'environment_id' | 'team_id' | 'connector_config_id' | 'approval' | 'approval_decided_at' | 'approval_decided_by';

export interface IdempotencyKeyTable {
  tenant_id: string;
  key: string;
  /** The mutation that claimed the key (createIntegration, updateIntegration, …). */
  operation: string;
  /** A keyed digest of the operation and its arguments (Keyring.digest): "the same input". */
  request_hash: string;
  /** Kept from before migration 005 (the integration a create made); not read any more. */
  integration_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The API key that claimed it; only that key may replay it. */
  api_key_id: string | null;
  /** The first result, as its operation encodes its payload (src/idempotency/); null while it runs. */
  result: ColumnType<unknown, string | null | undefined, string | null>;
  /** A random token of the request running it, until it records its result. */
  claim: string | null;
  /** When a running claim may be taken over (its gateway is presumed gone). */
  locked_until: Date | null;
  created_at: Generated<Date>;
}

export type EventType =
  | 'INTEGRATION_CREATED'
  | 'INTEGRATION_UPDATED'
  | 'INTEGRATION_DELETED'
  | 'INTEGRATION_RESTORED'
  | 'INTEGRATION_APPROVED'
  | 'INTEGRATION_REJECTED'
  | 'INTEGRATION_STATUS_CHANGED'
  | 'TRANSFER_REPORTED'
  | 'CONNECTOR_CONFIG_CREATED'
  | 'CONNECTOR_CONFIG_UPDATED'
  | 'CONNECTOR_CONFIG_DELETED'
  | 'WEBHOOK_TEST';

/** The outbox (migration 009): written by triggers in the transaction of each change. */
export interface EventTable {
  id: Generated<string>;
  /** The writing transaction's id (xid8, as text): readers order by (txid, id). */
  txid: Generated<string>;
  tenant_id: string;
  type: EventType;
  occurred_at: Generated<Date>;
  integration_id: string | null;
  connector_config_id: string | null;
  transfer_id: string | null;
  connector: string | null;
  labels: ColumnType<string[], string | undefined, string>;
  environment_id: string | null;
  environment_ids: ColumnType<string[] | null, string | null | undefined, string | null>;
  owner_team_id: string | null;
  sharing: string | null;
  version: number | null;
  etag: string | null;
  changed_paths: ColumnType<string[], string | undefined, string>;
  api_key_id: string | null;
  actor: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  webhook_endpoint_id: string | null;
}

export interface EventRetentionTable {
  pruned_through: string;
}

export interface EventListenerTable {
  gateway_id: string;
  seen_at: Generated<Date>;
}

export interface WebhookEndpointTable {
  id: string;
  tenant_id: string;
  environment_id: string | null;
  team_id: string | null;
  url: string;
  description: string | null;
  event_types: Json<string[]>;
  integration_id: string | null;
  connectors: Json<string[]>;
  labels: Json<string[]>;
  /** The signing secret, encrypted like an integration's (AAD names the endpoint). */
  secret: Json<EncryptedSecret>;
  enabled: boolean;
  disabled_reason: string | null;
  disabled_at: Date | null;
  consecutive_failures: Generated<number>;
  etag: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  api_key_id: string | null;
}

export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface WebhookDeliveryTable {
  id: Generated<string>;
  tenant_id: string;
  endpoint_id: string;
  event_id: string;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_by: string | null;
  lease_until: Date | null;
  last_status_code: number | null;
  created_at: Generated<Date>;
  completed_at: Date | null;
}

export interface WebhookAttemptTable {
  id: Generated<string>;
  delivery_id: string;
  tenant_id: string;
  endpoint_id: string;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  succeeded: boolean;
}

export interface Database {
  events: EventTable;
  event_retention: EventRetentionTable;
  event_listeners: EventListenerTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  tenants: TenantTable;
  api_keys: ApiKeyTable;
  integrations: IntegrationTable;
  integration_revisions: IntegrationRevisionTable;
  idempotency_keys: IdempotencyKeyTable;
  transfers: TransferTable;
  teams: TeamTable;
  environments: EnvironmentTable;
  customers: CustomerTable;
  connector_configs: ConnectorConfigTable;
  connector_config_revisions: ConnectorConfigRevisionTable;
}

export type TeamRow = Selectable<TeamTable>;
export type EnvironmentRow = Selectable<EnvironmentTable>;
export type ConnectorConfigRow = Selectable<ConnectorConfigTable>;

export type TransferRow = Selectable<TransferTable>;
export type EventRow = Selectable<EventTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptTable>;

export type IntegrationRow = Selectable<IntegrationTable>;
export type NewIntegrationRow = Insertable<IntegrationTable>;
export type IntegrationRevisionRow = Selectable<IntegrationRevisionTable>;
export type ApiKeyRow = Selectable<ApiKeyTable>;
