// reportTransfer: a sync worker's report of one finished run, recorded as a transfer and, if it is
// the newest news, as the integration's status.
import type { ServiceDeps } from '../../core/deps.js';
import type { IdempotentResult } from '../../db/database.js';
import { decodeIntegrationId } from '../../integrations/ids.js';
import { fromStoredRecord, type IntegrationRecord, storedRecord, toRecord } from '../../integrations/integration.model.js';
import { findIntegrationById } from '../../integrations/integration.repository.js';
import { reportTransferInputSchema } from '../../transfers/transfer.inputs.js';
import { type Transfer, transferFromJson } from '../../transfers/transfer.model.js';
import { reportTransfer } from '../../transfers/transfer.service.js';
import { builder } from '../builder.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { IntegrationRef } from '../integration.js';
import { ErrorBlameEnum, TransferRef, TransferStatusEnum } from '../transfer.js';
import { idempotencyKeyArg, withIdempotencyKey } from './integration-payload.js';

const ReportTransferInput = builder.inputType('ReportTransferInput', {
  description: 'One finished run of a sync worker.',
  fields: (t) => ({
    status: t.field({ type: TransferStatusEnum, required: true, description: 'How it ended.' }),
    isFullRefresh: t.boolean({ required: true, description: 'Whether every row was sent again.' }),
    models: t.stringList({ required: true, description: 'The models transferred: at most 1000 names of 1–255 characters.' }),
    rowsTransferred: t.float({ description: 'Rows written (≥ 0).' }),
    deltaRowsTransferred: t.float({ description: 'Rows changed since the last transfer (≥ 0).' }),
    volumeTransferredMb: t.float({ description: 'Megabytes written (≥ 0).' }),
    submittedAt: t.field({ type: 'DateTime', description: 'When it was queued.' }),
    startedAt: t.field({ type: 'DateTime', description: 'When it started (not before submittedAt).' }),
    endedAt: t.field({
      type: 'DateTime',
      required: true,
      description:
        "When it ended (not before startedAt). No time of a report may be later than the gateway's clock plus TRANSFER_CLOCK_SKEW_SECONDS, or before 1900.",
    }),
    windowStart: t.field({ type: 'DateTime', description: 'Start of the data window.' }),
    windowEnd: t.field({ type: 'DateTime', description: 'End of the data window.' }),
    modelMetrics: t.field({ type: [ModelMetricsInput], description: 'Per-model figures, at most 1000.' }),
    error: t.field({ type: TransferErrorInput, description: 'Why it failed; required when status is FAILED.' }),
    log: t.string({ description: "The run's log (Prequel's log), at most 100000 characters; the integration's secrets are redacted from it." }),
    actorId: t.string({ description: "Who or what started the run (Prequel's actor_id), 1–255 characters." }),
    actorType: t.string({ description: "What kind of actor started it, e.g. schedule or user (Prequel's actor_type), 1–64 characters." }),
    sourceIds: t.stringList({ description: "The ids of the run's sources (Prequel's source_ids): at most 1000 of 1–255 characters." }),
    tags: t.field({
      type: 'JSON',
      description: "Free tags (Prequel's tags): an object of at most 64 string values, keys 1–128 and values at most 1024 characters; secrets redacted.",
    }),
  }),
});

const TransferErrorInput = builder.inputType('TransferErrorInput', {
  description: 'Why a transfer or a model failed.',
  fields: (t) => ({
    code: t.string({ description: 'A machine-readable error code, at most 128 characters.' }),
    title: t.string({ required: true, description: 'A short title, 1–255 characters.' }),
    blame: t.field({ type: ErrorBlameEnum, required: true, description: 'Whose side the error is on.' }),
    documentationUrl: t.string({ description: 'An http(s) URL to read about it, at most 2048 characters.' }),
    message: t.string({ description: 'The details, at most 10000 characters.' }),
    trace: t.string({ description: "A stack trace or the like (Prequel's trace), at most 20000 characters; secrets redacted." }),
  }),
});

const ModelMetricsInput = builder.inputType('TransferModelMetricsInput', {
  description: 'What one model of a transfer moved.',
  fields: (t) => ({
    modelName: t.string({ required: true, description: 'The model, 1–255 characters.' }),
    rowsTransferred: t.float({ description: 'Rows written.' }),
    deltaRowsTransferred: t.float({ description: 'Rows changed since the last transfer.' }),
    volumeTransferredMb: t.float({ description: 'Megabytes written.' }),
    windowStart: t.field({ type: 'DateTime', description: 'Start of the data window.' }),
    windowEnd: t.field({ type: 'DateTime', description: 'End of the data window.' }),
    mostRecentLastUpdatedAt: t.field({ type: 'DateTime', description: 'The newest last-updated time among the rows.' }),
    error: t.field({ type: TransferErrorInput, description: 'Why this model failed.' }),
  }),
});

/** The payload: the transfer, and the integration as the report left it (kept, for a replay, as it was answered). */
interface ReportTransferResult {
  transfer: Transfer;
  integrationId: string;
  integration?: IntegrationRecord;
}

const ReportTransferPayload = builder.objectRef<ReportTransferResult>('ReportTransferPayload').implement({
  description: 'The transfer was recorded.',
  fields: (t) => ({
    transfer: t.field({ type: TransferRef, description: 'The recorded transfer.', resolve: (p) => p.transfer }),
    integration: t.field({
      type: IntegrationRef,
      description: 'The integration, with its status after this report (its etag is unchanged).',
      resolve: async (p, _args, ctx) => p.integration ?? ((await ctx.loaders.integrationById.load(p.integrationId)) as never),
    }),
  }),
});

builder.mutationField('reportTransfer', (t) =>
  t.field({
    type: ReportTransferPayload,
    description:
      "Records a finished run of a sync worker. Needs a key with the sync scope (a sync worker's key). Never changes the integration's etag. Its outcome becomes the integration's status only if the run ended after the status was last observed. " +
      'A worker that retries after a timeout should send the same idempotencyKey, so the run is recorded once.',
    authScopes: { sync: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'ReportTransferResult', description: 'The result of reportTransfer: the payload, or a typed error.' },
    },
    args: {
      integrationId: t.arg.id({ required: true, description: 'The integration the run was for.' }),
      input: t.arg({ type: ReportTransferInput, required: true, description: 'The run.', validate: { schema: reportTransferInputSchema as never } }),
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const id = decodeIntegrationId(String(args.integrationId));
      const report = (deps: ServiceDeps) => reportTransfer(deps, ctx.actor, id, args.input as never, { clockSkewSeconds: ctx.transferClockSkewSeconds });
      const key = args.idempotencyKey as string | null | undefined;
      if (!key) {
        const transfer = await report(ctx.deps);
        return { transfer, integrationId: transfer.integrationId };
      }
      return withIdempotencyKey(
        ctx,
        key,
        {
          operation: 'reportTransfer',
          args: { integrationId: args.integrationId, input: args.input },
          transactional: true,
          encode: (p: ReportTransferResult) => ({ transfer: p.transfer, integration: p.integration && storedRecord(p.integration) }),
          decode: (stored) => {
            const s = stored as { transfer: Transfer; integration: IdempotentResult };
            const transfer = transferFromJson(s.transfer);
            return { transfer, integrationId: transfer.integrationId, integration: fromStoredRecord(s.integration) };
          },
        },
        async (deps) => {
          const transfer = await report(deps);
          // Kept with the result, so a replay answers the integration as this report left it.
          const row = await findIntegrationById(deps.db, ctx.actor, transfer.integrationId);
          return { transfer, integrationId: transfer.integrationId, integration: row && toRecord(row) };
        },
      );
    },
  }),
);
