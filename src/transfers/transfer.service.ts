// Transfer reports from sync workers: recorded in one transaction with the integration's status
// (ERROR with the error's title when the newest run failed). A report never changes the etag.
// Error texts come from workers and may quote a connection string: every secret of the
// integration is scrubbed from them before they are stored. The scrub shows whether a text held a
// secret, so only sync keys (whose workers hold the secrets anyway) may report (schema/transfer.ts).

import type { Actor } from '../core/actor.js';
import type { ServiceDeps } from '../core/deps.js';
import { NotFoundError, ValidationError } from '../core/errors.js';
import { decryptSecrets } from '../core/secrets.js';
import type { TransferError } from '../db/database.js';
import { inTransaction } from '../db/transact.js';
import { assertUsable, toRecord } from '../integrations/integration.model.js';
import { findIntegrationById } from '../integrations/integration.repository.js';
import { secretScrubber } from '../secrets/scrub.js';
import { recordTransferStatus } from '../status/status.repository.js';
import { DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS, type ReportTransferInput, type TransferErrorInput } from './transfer.inputs.js';
import { type Transfer, toTransfer } from './transfer.model.js';
import { insertTransfer } from './transfer.repository.js';

function toError(error: TransferErrorInput | null | undefined, scrub: (t: string | null | undefined) => string | null): TransferError | null {
  if (!error) return null;
  return {
    code: scrub(error.code),
    title: scrub(error.title) ?? '',
    blame: error.blame,
    documentationUrl: error.documentationUrl ?? null,
    message: scrub(error.message),
    trace: scrub(error.trace),
  };
}

/** No run, queue or data window of a sync worker starts before this. */
const EARLIEST = new Date('1900-01-01T00:00:00.000Z');

/**
 * Every time of a report must lie between 1900 and the gateway's now plus the allowed clock skew.
 * A run dated in the future would be the newest observation until that date comes, and hide every
 * real one reported meanwhile.
 */
function checkTimes(input: ReportTransferInput, clockSkewSeconds: number, now = Date.now()): void {
  const latest = new Date(now + clockSkewSeconds * 1000);
  const times: [string[], Date | null | undefined][] = [
    [['submittedAt'], input.submittedAt],
    [['startedAt'], input.startedAt],
    [['endedAt'], input.endedAt],
    [['windowStart'], input.windowStart],
    [['windowEnd'], input.windowEnd],
    ...(input.modelMetrics ?? []).flatMap((m, i): [string[], Date | null | undefined][] =>
      (['windowStart', 'windowEnd', 'mostRecentLastUpdatedAt'] as const).map((field) => [['modelMetrics', String(i), field], m[field]]),
    ),
  ];
  const issues = times
    .filter(([, time]) => time && (time > latest || time < EARLIEST))
    .map(([path, time]) => ({
      path,
      code: 'out_of_range',
      message:
        time && time > latest
          ? `must not be later than the gateway's clock plus ${clockSkewSeconds} s (TRANSFER_CLOCK_SKEW_SECONDS): report when it happened, and check the worker's clock`
          : `must not be before ${EARLIEST.toISOString()}`,
    }));
  if (issues.length > 0) throw new ValidationError(issues);
}

export async function reportTransfer(
  deps: ServiceDeps,
  actor: Actor,
  integrationId: string | null,
  input: ReportTransferInput,
  options: { clockSkewSeconds: number } = { clockSkewSeconds: DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS },
): Promise<Transfer> {
  if (!integrationId) throw new NotFoundError();
  checkTimes(input, options.clockSkewSeconds);
  return inTransaction(deps.db, async (trx) => {
    const integration = await findIntegrationById(trx, actor, integrationId);
    if (!integration) throw new NotFoundError();
    assertUsable(toRecord(integration), 'integrationId');
    const scrub = secretScrubber(Object.values(decryptSecrets(deps.keyring, integration)));
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    const row = await insertTransfer(trx, {
      integration_id: integration.id,
      tenant_id: actor.tenantId,
      status: input.status,
      is_full_refresh: input.isFullRefresh,
      models: JSON.stringify(input.models),
      rows_transferred: input.rowsTransferred ?? null,
      delta_rows_transferred: input.deltaRowsTransferred ?? null,
      volume_transferred_mb: input.volumeTransferredMb ?? null,
      submitted_at: input.submittedAt ?? null,
      started_at: input.startedAt ?? null,
      ended_at: input.endedAt,
      window_start: input.windowStart ?? null,
      window_end: input.windowEnd ?? null,
      model_metrics: JSON.stringify(
        (input.modelMetrics ?? []).map((m) => ({
          modelName: m.modelName,
          rowsTransferred: m.rowsTransferred ?? null,
          deltaRowsTransferred: m.deltaRowsTransferred ?? null,
          volumeTransferredMb: m.volumeTransferredMb ?? null,
          windowStart: iso(m.windowStart),
          windowEnd: iso(m.windowEnd),
          mostRecentLastUpdatedAt: iso(m.mostRecentLastUpdatedAt),
          error: toError(m.error, scrub),
        })),
      ),
      error: JSON.stringify(toError(input.error, scrub)),
      api_key_id: actor.apiKeyId,
      log: scrub(input.log),
      actor_id: input.actorId ?? null,
      actor_type: input.actorType ?? null,
      source_ids: JSON.stringify(input.sourceIds ?? []),
      tags: JSON.stringify(Object.fromEntries(Object.entries(input.tags ?? {}).map(([key, value]) => [key, scrub(value) ?? '']))),
    });
    // Whether this run is newer than what the status shows is decided by the statement itself.
    if (input.status !== 'CANCELLED') {
      await recordTransferStatus(trx, {
        integrationId: integration.id,
        state: input.status === 'FAILED' ? 'ERROR' : 'HEALTHY',
        message:
          input.status === 'FAILED'
            ? (row.error?.title ?? 'The last transfer failed')
            : input.status === 'PARTIAL'
              ? 'The last transfer partly succeeded'
              : null,
        checkedAt: input.endedAt,
      });
    }
    return toTransfer(row);
  });
}
