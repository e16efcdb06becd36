// A transfer as the rest of the service sees it, mapped from its row; its public id and cursors.
import { type CursorKind, isCursorTime } from '../core/cursors.js';
import { decodePublicId, encodePublicId } from '../core/ids.js';
import type { ModelMetrics, TransferError, TransferRow, TransferStatus } from '../db/database.js';

/** One run of a sync worker for an integration, as the worker reported it (error texts scrubbed). */
export interface Transfer {
  id: string;
  integrationId: string;
  status: TransferStatus;
  isFullRefresh: boolean;
  models: string[];
  rowsTransferred: number | null;
  deltaRowsTransferred: number | null;
  volumeTransferredMb: number | null;
  submittedAt: Date | null;
  startedAt: Date | null;
  endedAt: Date;
  windowStart: Date | null;
  windowEnd: Date | null;
  modelMetrics: ModelMetrics[];
  error: TransferError | null;
  log: string | null;
  actorId: string | null;
  actorType: string | null;
  sourceIds: string[];
  tags: Record<string, string>;
}

export function toTransfer(row: TransferRow): Transfer {
  return {
    id: row.id,
    integrationId: row.integration_id,
    status: row.status,
    isFullRefresh: row.is_full_refresh,
    models: row.models,
    rowsTransferred: row.rows_transferred,
    deltaRowsTransferred: row.delta_rows_transferred,
    volumeTransferredMb: row.volume_transferred_mb,
    submittedAt: row.submitted_at,
    startedAt: row.started_at,
    endedAt: new Date(row.ended_at),
    windowStart: row.window_start,
    windowEnd: row.window_end,
    modelMetrics: row.model_metrics,
    error: row.error,
    log: row.log,
    actorId: row.actor_id,
    actorType: row.actor_type,
    sourceIds: row.source_ids,
    tags: row.tags,
  };
}

/** A transfer read back from JSON (an idempotency key's kept result): its times as Dates again. */
export function transferFromJson(json: Transfer): Transfer {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...json,
    submittedAt: date(json.submittedAt),
    startedAt: date(json.startedAt),
    endedAt: new Date(json.endedAt),
    windowStart: date(json.windowStart),
    windowEnd: date(json.windowEnd),
  };
}

const PREFIX = 'tr_';

/** The public id of a transfer (`tr_` and its uuid without dashes). */
export const encodeTransferId = (uuid: string) => encodePublicId(PREFIX, uuid);

/** Where a page of transfers starts: after this end time and id (the row's uuid, decoded from the public id). */
export interface TransferListPosition {
  endedAt: string;
  id: string;
}

/** The cursors of an integration's transfers, newest first: the end time and the public id (`tr_…`). */
export const transferCursor: CursorKind<Transfer, TransferListPosition> = {
  list: 'transfers',
  hint: 'pass an endCursor from the same query, or omit it to start over',
  keyOf: (transfer) => [transfer.endedAt.toISOString(), encodeTransferId(transfer.id)],
  afterOf: ([endedAt, publicId, ...rest]) => {
    const id = decodePublicId(PREFIX, publicId);
    return rest.length === 0 && isCursorTime(endedAt) && id !== null ? { endedAt, id } : null;
  },
};
