// Webhook endpoints and deliveries as the API shows them, and the public ids (whep_, whdl_).

import type { CursorKind } from '../core/cursors.js';
import { isCursorTime } from '../core/cursors.js';
import { decodePublicId, encodePublicId } from '../core/ids.js';
import type { DeliveryStatus, EventType, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../db/database.js';

export const encodeEndpointId = (uuid: string) => encodePublicId('whep_', uuid);
export const decodeEndpointId = (publicId: unknown) => decodePublicId('whep_', publicId);
export const encodeDeliveryId = (uuid: string) => encodePublicId('whdl_', uuid);

/** An endpoint as answered: plain JSON (an idempotent replay stores and answers it as it is). */
export interface WebhookEndpointRecord {
  id: string;
  url: string;
  description: string | null;
  eventTypes: EventType[];
  integrationId: string | null;
  connectors: string[];
  labels: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  consecutiveFailures: number;
  etag: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const isoOf = (value: Date | string) => new Date(value).toISOString();
const iso = (value: Date | string | null) => (value === null ? null : isoOf(value));

export function toEndpointRecord(row: WebhookEndpointRow): WebhookEndpointRecord {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types as EventType[],
    integrationId: row.integration_id,
    connectors: row.connectors,
    labels: row.labels,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    disabledAt: iso(row.disabled_at),
    consecutiveFailures: row.consecutive_failures,
    etag: row.etag,
    version: row.version,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
  };
}

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  eventRowId: string;
  eventType: EventType;
  eventId: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  completedAt: string | null;
}

export function toDeliveryRecord(row: WebhookDeliveryRow & { event_type: EventType; event_txid: string }): WebhookDeliveryRecord {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventRowId: String(row.event_id),
    eventType: row.event_type,
    eventId: `evt_${row.event_txid}_${row.event_id}`,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'PENDING' ? iso(row.next_attempt_at) : null,
    lastStatusCode: row.last_status_code,
    createdAt: isoOf(row.created_at),
    completedAt: iso(row.completed_at),
  };
}

export interface WebhookAttemptRecord {
  attempt: number;
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
}

export const toAttemptRecord = (row: WebhookAttemptRow): WebhookAttemptRecord => ({
  attempt: row.attempt,
  startedAt: isoOf(row.started_at),
  durationMs: row.duration_ms,
  statusCode: row.status_code,
  error: row.error,
  succeeded: row.succeeded,
});

/** Deliveries of an endpoint, newest first: their creation time and public id. */
export const deliveryCursor: CursorKind<WebhookDeliveryRecord, { createdAt: string; id: string }> = {
  list: 'webhookDeliveries',
  hint: 'pass an endCursor from the same query, or omit it to start over',
  keyOf: (d) => [d.createdAt, encodeDeliveryId(d.id)],
  afterOf: ([createdAt, publicId, ...rest]) => {
    const id = decodePublicId('whdl_', publicId);
    return rest.length === 0 && isCursorTime(createdAt) && id !== null ? { createdAt, id } : null;
  },
};

/** Endpoints of a tenant, oldest first. */
export const endpointCursor: CursorKind<WebhookEndpointRecord, { createdAt: string; id: string }> = {
  list: 'webhookEndpoints',
  hint: 'pass an endCursor from the same query, or omit it to start over',
  keyOf: (e) => [e.createdAt, encodeEndpointId(e.id)],
  afterOf: ([createdAt, publicId, ...rest]) => {
    const id = decodeEndpointId(publicId);
    return rest.length === 0 && isCursorTime(createdAt) && id !== null ? { createdAt, id } : null;
  },
};
