// Change events as they leave the gateway: one public shape for subscriptions and webhook payloads.
// Row ids become the public ids every other field uses (int_, ccfg_, tr_); the event's own id is
// its place in the order, `evt_` and the writing transaction's id and the row id, so a client
// hands it back (`after`, Last-Event-ID) to resume right after it.
import { encodePublicId } from '../core/ids.js';
import type { EventRow, EventType } from '../db/database.js';
import { encodeIntegrationId } from '../integrations/ids.js';
import { encodeTransferId } from '../transfers/transfer.model.js';

export const EVENT_TYPES = [
  'INTEGRATION_CREATED',
  'INTEGRATION_UPDATED',
  'INTEGRATION_DELETED',
  'INTEGRATION_RESTORED',
  'INTEGRATION_APPROVED',
  'INTEGRATION_REJECTED',
  'INTEGRATION_STATUS_CHANGED',
  'TRANSFER_REPORTED',
  'CONNECTOR_CONFIG_CREATED',
  'CONNECTOR_CONFIG_UPDATED',
  'CONNECTOR_CONFIG_DELETED',
  'WEBHOOK_TEST',
] as const satisfies readonly EventType[];

/** Where an event stands in the order: the writing transaction, then the row. */
export interface EventPosition {
  txid: string;
  id: string;
}

const EVENT_ID = /^evt_([0-9]{1,20})_([0-9]{1,20})$/;

export const encodeEventId = (position: EventPosition) => `evt_${position.txid}_${position.id}`;

/** The position an event id names, or null for anything that is not one. */
export function decodeEventId(text: unknown): EventPosition | null {
  if (typeof text !== 'string') return null;
  const match = EVENT_ID.exec(text);
  if (!match) return null;
  const [, txid, id] = match as unknown as [string, string, string];
  // Beyond bigint (and xid8's range): not an id we made.
  if (BigInt(txid) > 18446744073709551615n || BigInt(id) > 9223372036854775807n) return null;
  return { txid: BigInt(txid).toString(), id: BigInt(id).toString() };
}

/** An event as subscribers and webhook receivers get it. Never a secret: see migration 009. */
export interface PublicEvent {
  id: string;
  type: EventType;
  occurredAt: string;
  integrationId: string | null;
  connectorConfigId: string | null;
  transferId: string | null;
  connector: string | null;
  labels: string[];
  version: number | null;
  etag: string | null;
  changedPaths: string[];
  /** The name of the API key that made the change, as revisions show it. */
  actor: string | null;
  data: Record<string, unknown>;
}

export function toPublicEvent(row: EventRow): PublicEvent {
  return {
    id: encodeEventId({ txid: String(row.txid), id: String(row.id) }),
    type: row.type,
    occurredAt: new Date(row.occurred_at).toISOString(),
    integrationId: row.integration_id ? encodeIntegrationId(row.integration_id) : null,
    connectorConfigId: row.connector_config_id ? encodePublicId('ccfg_', row.connector_config_id) : null,
    transferId: row.transfer_id ? encodeTransferId(row.transfer_id) : null,
    connector: row.connector,
    labels: row.labels ?? [],
    version: row.version,
    etag: row.etag,
    changedPaths: row.changed_paths ?? [],
    actor: row.actor,
    data: row.data ?? {},
  };
}
