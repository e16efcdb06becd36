// Transfer reports (Prequel's transfers): the reportTransfer mutation sync workers call, and
// Integration.transfers / Integration.lastCompletedTransfer for apps.
import { MAX_PAGE_SIZE } from '../core/paging.js';
import type { ModelMetrics, TransferError } from '../db/database.js';
import { decodeIntegrationId } from '../integrations/ids.js';
import { reportTransferInputSchema } from '../transfers/transfer.inputs.js';
import { encodeTransferId, type Transfer, transferCursor } from '../transfers/transfer.model.js';
import { reportTransfer } from '../transfers/transfer.service.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { NotFoundError, ValidationError } from './errors.js';
import { IntegrationRef } from './integration.js';

const TransferStatusEnum = builder.enumType('TransferStatus', {
  description: 'How a transfer ended.',
  values: {
    SUCCESS: { description: 'Every model was delivered.' },
    PARTIAL: { description: 'Some models were delivered.' },
    FAILED: { description: 'The transfer failed; error says why.' },
    CANCELLED: { description: 'The transfer was cancelled.' },
  } as const,
});

const ErrorBlameEnum = builder.enumType('ErrorBlame', {
  description: 'Whose side a transfer error is on.',
  values: {
    CUSTOMER: { description: "The customer's side, e.g. wrong credentials or permissions." },
    PROVIDER: { description: "The provider's side, e.g. an outage." },
    UNKNOWN: { description: 'Not known.' },
  } as const,
});

const TransferErrorRef = builder.objectRef<TransferError>('TransferError').implement({
  description: 'Why a transfer (or one model of it) failed. Secrets of the integration are redacted from it.',
  fields: (t) => ({
    code: t.exposeString('code', { nullable: true, description: 'A machine-readable error code.' }),
    title: t.exposeString('title', { description: 'A short title.' }),
    blame: t.field({ type: ErrorBlameEnum, description: 'Whose side the error is on.', resolve: (e) => e.blame }),
    documentationUrl: t.exposeString('documentationUrl', { nullable: true, description: 'Where to read about it.' }),
    message: t.exposeString('message', { nullable: true, description: 'The details.' }),
  }),
});

const ModelMetricsRef = builder.objectRef<ModelMetrics>('TransferModelMetrics').implement({
  description: 'What one model of a transfer moved.',
  fields: (t) => ({
    modelName: t.exposeString('modelName', { description: 'The model.' }),
    rowsTransferred: t.exposeFloat('rowsTransferred', { nullable: true, description: 'Rows written.' }),
    deltaRowsTransferred: t.exposeFloat('deltaRowsTransferred', { nullable: true, description: 'Rows changed since the last transfer.' }),
    volumeTransferredMb: t.exposeFloat('volumeTransferredMb', { nullable: true, description: 'Megabytes written.' }),
    windowStart: t.field({ type: 'DateTime', nullable: true, description: 'Start of the data window.', resolve: (m) => m.windowStart }),
    windowEnd: t.field({ type: 'DateTime', nullable: true, description: 'End of the data window.', resolve: (m) => m.windowEnd }),
    mostRecentLastUpdatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The newest last-updated time among the rows.',
      resolve: (m) => m.mostRecentLastUpdatedAt,
    }),
    error: t.field({ type: TransferErrorRef, nullable: true, description: 'Why this model failed.', resolve: (m) => m.error }),
  }),
});

export const TransferRef = builder.objectRef<Transfer>('Transfer').implement({
  description: 'One run of a sync worker for an integration, as the worker reported it.',
  fields: (t) => ({
    id: t.id({ description: 'Opaque id (prefixed tr_).', resolve: (r) => encodeTransferId(r.id) }),
    status: t.field({ type: TransferStatusEnum, description: 'How it ended.', resolve: (r) => r.status }),
    isFullRefresh: t.exposeBoolean('isFullRefresh', { description: 'Whether every row was sent again.' }),
    models: t.stringList({ description: 'The models transferred.', resolve: (r) => r.models }),
    rowsTransferred: t.exposeFloat('rowsTransferred', { nullable: true, description: 'Rows written.' }),
    deltaRowsTransferred: t.exposeFloat('deltaRowsTransferred', { nullable: true, description: 'Rows changed since the last transfer.' }),
    volumeTransferredMb: t.exposeFloat('volumeTransferredMb', { nullable: true, description: 'Megabytes written.' }),
    submittedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was queued.', resolve: (r) => r.submittedAt }),
    startedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it started.', resolve: (r) => r.startedAt }),
    endedAt: t.field({ type: 'DateTime', description: 'When it ended.', resolve: (r) => r.endedAt }),
    windowStart: t.field({ type: 'DateTime', nullable: true, description: 'Start of the data window.', resolve: (r) => r.windowStart }),
    windowEnd: t.field({ type: 'DateTime', nullable: true, description: 'End of the data window.', resolve: (r) => r.windowEnd }),
    modelMetrics: t.field({ type: [ModelMetricsRef], description: 'Per-model figures.', resolve: (r) => r.modelMetrics }),
    error: t.field({ type: TransferErrorRef, nullable: true, description: 'Why it failed.', resolve: (r) => r.error }),
  }),
});

const TransferConnection = builder.connectionObject(
  {
    type: TransferRef,
    name: 'TransferConnection',
    description: "A page of an integration's transfers, newest first.",
    fields: (t) => ({
      totalCount: t.int({ description: 'How many transfers match in all.', resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'TransferEdge', description: 'A transfer and its cursor.' },
);

builder.objectFields(IntegrationRef, (t) => ({
  transfers: t.field({
    type: TransferConnection,
    description: 'Transfers reported for this integration, newest first.',
    args: {
      first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.`, validate: { min: 0, max: MAX_PAGE_SIZE } }),
      after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      status: t.arg({ type: TransferStatusEnum, description: 'Only transfers that ended so.' }),
    },
    resolve: (integration, args, ctx) =>
      pageConnection(args, transferCursor, (after, limit) =>
        ctx.loaders.transferPage.load({ integrationId: integration.id, limit, after, status: args.status ?? undefined }),
      ) as never,
  }),
  lastCompletedTransfer: t.field({
    type: TransferRef,
    nullable: true,
    description: 'The transfer that ended last; null before the first report.',
    resolve: (integration, _args, ctx) => ctx.loaders.lastTransfer.load(integration.id),
  }),
}));

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
      description: "When it ended (not before startedAt). No time of a report may be later than the gateway's clock plus TRANSFER_CLOCK_SKEW_SECONDS, or before 1900.",
    }),
    windowStart: t.field({ type: 'DateTime', description: 'Start of the data window.' }),
    windowEnd: t.field({ type: 'DateTime', description: 'End of the data window.' }),
    modelMetrics: t.field({ type: [ModelMetricsInput], description: 'Per-model figures, at most 1000.' }),
    error: t.field({ type: TransferErrorInput, description: 'Why it failed; required when status is FAILED.' }),
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

const ReportTransferPayload = builder.objectRef<{ transfer: Transfer; integrationId: string }>('ReportTransferPayload').implement({
  description: 'The transfer was recorded.',
  fields: (t) => ({
    transfer: t.field({ type: TransferRef, description: 'The recorded transfer.', resolve: (p) => p.transfer }),
    integration: t.field({
      type: IntegrationRef,
      description: 'The integration, with its status after this report (its etag is unchanged).',
      resolve: async (p, _args, ctx) => (await ctx.loaders.integrationById.load(p.integrationId)) as never,
    }),
  }),
});

builder.mutationFields((t) => ({
  reportTransfer: t.field({
    type: ReportTransferPayload,
    description:
      "Records a finished run of a sync worker. Needs a key with the sync scope (a sync worker's key). Never changes the integration's etag. Its outcome becomes the integration's status only if the run ended after the status was last observed.",
    authScopes: { sync: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ReportTransferResult', description: 'The result of reportTransfer: the payload, or a typed error.' } },
    args: {
      integrationId: t.arg.id({ required: true, description: 'The integration the run was for.' }),
      input: t.arg({ type: ReportTransferInput, required: true, description: 'The run.', validate: { schema: reportTransferInputSchema as never } }),
    },
    resolve: async (_root, args, ctx) => {
      const id = decodeIntegrationId(String(args.integrationId));
      const transfer = await reportTransfer(ctx.deps, ctx.actor, id, args.input as never, { clockSkewSeconds: ctx.transferClockSkewSeconds });
      return { transfer, integrationId: transfer.integrationId };
    },
  }),
}));
