// Transfer reports (Prequel's transfers): the Transfer type, and Integration.transfers /
// Integration.lastCompletedTransfer for apps (sync workers report with mutations/report-transfer.ts).
import { MAX_PAGE_SIZE } from '../core/paging.js';
import type { ModelMetrics, TransferError } from '../db/database.js';
import { encodeTransferId, type Transfer, transferCursor } from '../transfers/transfer.model.js';
import { builder } from './builder.js';
import { pageConnection } from './connection.js';
import { IntegrationRef } from './integration.js';

export const TransferStatusEnum = builder.enumType('TransferStatus', {
  description: 'How a transfer ended.',
  values: {
    SUCCESS: { description: 'Every model was delivered.' },
    PARTIAL: { description: 'Some models were delivered.' },
    FAILED: { description: 'The transfer failed; error says why.' },
    CANCELLED: { description: 'The transfer was cancelled.' },
  } as const,
});

export const ErrorBlameEnum = builder.enumType('ErrorBlame', {
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
    trace: t.string({ nullable: true, description: 'A stack trace or the like, as the worker sent it.', resolve: (e) => e.trace ?? null }),
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
    log: t.exposeString('log', { nullable: true, description: "The run's log, secrets redacted." }),
    actorId: t.exposeString('actorId', { nullable: true, description: 'Who or what started the run, as the worker said.' }),
    actorType: t.exposeString('actorType', { nullable: true, description: 'What kind of actor started it, as the worker said.' }),
    sourceIds: t.stringList({ description: "The ids of the run's sources.", resolve: (r) => r.sourceIds }),
    tags: t.field({ type: 'JSON', description: 'Free tags as the worker sent them ({} when none).', resolve: (r) => r.tags }),
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
      first: t.arg.int({ defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` }),
      after: t.arg.string({ description: 'An endCursor from the previous page.' }),
      status: t.arg({ type: TransferStatusEnum, description: 'Only transfers that ended so.' }),
    },
    resolve: (integration, args, ctx) =>
      pageConnection(args, transferCursor, (after, limit) =>
        ctx.loaders.transferPage.load({ integrationId: integration.id, limit, after, status: args.status ?? undefined }),
      ) as never,
  }),
  lastSuccessfulTransferEndedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: "When the newest transfer with status SUCCESS ended (Prequel's last_successful_transfer_ended_at); null before one.",
    resolve: (integration, _args, ctx) => ctx.loaders.lastSuccessEndedAt.load(integration.id),
  }),
  lastCompletedTransfer: t.field({
    type: TransferRef,
    nullable: true,
    description: 'The transfer that ended last; null before the first report.',
    resolve: (integration, _args, ctx) => ctx.loaders.lastTransfer.load(integration.id),
  }),
}));
