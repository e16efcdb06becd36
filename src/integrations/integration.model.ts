// The integration as the rest of the service sees it, mapped from its row, and the redacted
// snapshot that revisions keep.

import { redactConfig, type StoredSecretState } from '../connectors/kit.js';
import { type Connector, connectorByType } from '../connectors/registry.js';
import { ValidationError } from '../core/errors.js';
import type { Plain } from '../core/plain.js';
import type { ApprovalState, DeliverySettings, IdempotentResult, IntegrationRow } from '../db/database.js';

export interface IntegrationStatus {
  state: 'HEALTHY' | 'ERROR' | 'UNKNOWN' | 'DISABLED';
  message: string | null;
  checkedAt: Date | null;
}

export interface IntegrationRecord {
  id: string;
  tenantId: string;
  connector: Connector;
  title: string;
  description: string | null;
  labels: string[];
  metadata: Plain;
  customerId: string | null;
  disabled: boolean;
  /** The non-secret config as stored. */
  config: Plain;
  /** Delivery settings; null for connectors that deliver nothing (httpApi). */
  delivery: DeliverySettings | null;
  /** Secret path → when it was last set and its fingerprint. Values are never here. */
  secretStates: Record<string, StoredSecretState>;
  status: IntegrationStatus;
  etag: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Deleted (only a delete's answer, or a replay of one, shows a deleted integration). */
  deleted: boolean;
  /** The environment it lives in (null: none). */
  environmentId: string | null;
  /** The team of the key that made it (null: a tenant-wide key). */
  teamId: string | null;
  /** The connector config it is built on (null: standalone). */
  connectorConfigId: string | null;
  /** The owning team's decision on a creation from an ASK config; null when none was needed. */
  approval: IntegrationApproval | null;
}

export interface IntegrationApproval {
  state: ApprovalState;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** Whether the integration may be used (checked, reported on): not waiting for, nor refused, approval. */
export const isUsable = (record: Pick<IntegrationRecord, 'approval'>) => record.approval === null || record.approval.state === 'APPROVED';

/** Refuses the use of an integration its config's owning team has not approved (at the input path of its id). */
export function assertUsable(record: Pick<IntegrationRecord, 'approval'>, path: string): void {
  if (isUsable(record)) return;
  const pending = record.approval?.state === 'PENDING';
  throw new ValidationError([
    {
      path: [path],
      code: pending ? 'approval_pending' : 'approval_rejected',
      message: pending
        ? "waits for its connector config's owning team to approve it (approveIntegrationRequest): it is not used until then"
        : "was rejected by its connector config's owning team: it is never used; delete it",
    },
  ]);
}

/** A row as stored, or as an idempotency key kept it (only when each secret was set is read). */
export function toRecord(row: IntegrationRow | IdempotentResult): IntegrationRecord {
  const connector = connectorByType(row.connector);
  if (!connector) throw new Error(`Integration ${row.id} has unknown connector ${row.connector}`);
  const secretStates: Record<string, StoredSecretState> = {};
  for (const [path, secret] of Object.entries(row.secrets)) secretStates[path] = { updatedAt: secret.updatedAt, fingerprint: secret.fp ?? null };
  const state = row.disabled ? 'DISABLED' : (row.status_state as IntegrationStatus['state']);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    connector,
    title: row.title,
    description: row.description,
    labels: row.labels,
    metadata: row.metadata,
    customerId: row.customer_id,
    disabled: row.disabled,
    config: row.config,
    delivery: row.delivery,
    secretStates,
    status: { state, message: row.status_message, checkedAt: row.status_checked_at },
    etag: row.etag,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    deleted: row.deleted_at !== null && row.deleted_at !== undefined,
    // Results kept by idempotency keys before migration 008 have none of these.
    environmentId: row.environment_id ?? null,
    teamId: row.team_id ?? null,
    connectorConfigId: row.connector_config_id ?? null,
    approval: row.approval
      ? {
          state: row.approval,
          decidedAt: row.approval_decided_at ? new Date(row.approval_decided_at) : null,
          decidedBy: row.approval_decided_by ?? null,
        }
      : null,
  };
}

/**
 * A record as an idempotency key keeps it for replays, in the shape toRecord reads: each secret
 * only as when it was set (no ciphertext).
 */
export function storedRecord(record: IntegrationRecord): IdempotentResult {
  return {
    id: record.id,
    tenant_id: record.tenantId,
    connector: record.connector.type,
    title: record.title,
    description: record.description,
    labels: record.labels,
    metadata: record.metadata,
    customer_id: record.customerId,
    disabled: record.disabled,
    config: record.config,
    delivery: record.delivery,
    secrets: Object.fromEntries(
      Object.entries(record.secretStates).map(([path, { updatedAt, fingerprint }]) => [path, fingerprint ? { updatedAt, fp: fingerprint } : { updatedAt }]),
    ),
    status_state: record.status.state,
    status_message: record.status.message,
    status_checked_at: record.status.checkedAt,
    etag: record.etag,
    version: record.version,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    deleted_at: record.deleted ? record.updatedAt : null,
    environment_id: record.environmentId,
    team_id: record.teamId,
    connector_config_id: record.connectorConfigId,
    approval: record.approval?.state ?? null,
    approval_decided_at: record.approval?.decidedAt ?? null,
    approval_decided_by: record.approval?.decidedBy ?? null,
  };
}

/** The record an idempotency key kept (storedRecord, read back from JSON). */
export function fromStoredRecord(stored: IdempotentResult): IntegrationRecord {
  const checkedAt = stored.status_checked_at as Date | string | null;
  return toRecord({ ...stored, status_checked_at: checkedAt === null ? null : new Date(checkedAt) });
}

export const defaultDelivery: DeliverySettings = {
  frequencyMinutes: 60,
  enabledModels: [],
  maxConcurrentTransfers: 1,
  maxConcurrentQueriesPerTransfer: 4,
};

/** Destination connectors (everything but plain APIs) have delivery settings. */
export const hasDelivery = (connector: Connector) => connector.category !== 'API';

/** The config as readers see it: secrets replaced by `{ isSet, updatedAt }`. */
export function configView(record: IntegrationRecord): Plain {
  return redactConfig(record.connector.shape, record.config, record.secretStates);
}

/** What a revision keeps of the integration: every field, secrets redacted. */
export function snapshotOf(record: IntegrationRecord): Plain {
  return {
    connector: record.connector.type,
    title: record.title,
    description: record.description,
    labels: record.labels,
    metadata: record.metadata,
    customerId: record.customerId,
    disabled: record.disabled,
    config: configView(record),
    delivery: record.delivery,
  };
}
