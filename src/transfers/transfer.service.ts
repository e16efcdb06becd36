// Transfer reports from sync workers: recorded in one transaction with the integration's status
// (ERROR with the error's title when the newest run failed). A report never changes the etag.
// Error texts come from workers and may quote a connection string: every secret of the
// integration is scrubbed from them before they are stored. The scrub shows whether a text held a
// secret, so only sync keys (whose workers hold the secrets anyway) may report (schema/transfer.ts).
import type { TransferError } from '../db/database.js';
import { NotFoundError } from '../integrations/errors.js';
import { findIntegrationById } from '../integrations/integration.repository.js';
import { type Actor, decryptSecrets, type IntegrationDeps } from '../integrations/integration.service.js';
import { secretScrubber } from '../secrets/scrub.js';
import { insertTransfer, isNewestTransfer, setStatusFromTransfer } from './transfer.repository.js';
import type { ReportTransferInput, TransferErrorInput } from './transfer.inputs.js';

function toError(error: TransferErrorInput | null | undefined, scrub: (t: string | null | undefined) => string | null): TransferError | null {
  if (!error) return null;
  return {
    code: scrub(error.code),
    title: scrub(error.title) ?? '',
    blame: error.blame,
    documentationUrl: error.documentationUrl ?? null,
    message: scrub(error.message),
  };
}

export async function reportTransfer(deps: IntegrationDeps, actor: Actor, integrationId: string | null, input: ReportTransferInput) {
  if (!integrationId) throw new NotFoundError();
  return deps.db.transaction().execute(async (trx) => {
    const integration = await findIntegrationById(trx, actor.tenantId, integrationId);
    if (!integration) throw new NotFoundError();
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
    });
    if (input.status !== 'CANCELLED' && (await isNewestTransfer(trx, integration.id, row.id, input.endedAt))) {
      await setStatusFromTransfer(trx, {
        integrationId: integration.id,
        state: input.status === 'FAILED' ? 'ERROR' : 'HEALTHY',
        message: input.status === 'FAILED' ? (row.error?.title ?? 'The last transfer failed') : input.status === 'PARTIAL' ? 'The last transfer partly succeeded' : null,
        checkedAt: input.endedAt,
      });
    }
    return row;
  });
}
