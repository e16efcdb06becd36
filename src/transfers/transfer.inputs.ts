// zod rules for ReportTransferInput, applied through @pothos/plugin-zod.
import { z } from 'zod';

/** How far past the gateway's clock a reported time may be (TRANSFER_CLOCK_SKEW_SECONDS), checked in transfer.service.ts. */
export const DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS = 300;

const count = z.number().min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
const when = z.date();

export const transferErrorSchema = z.object({
  code: z.string().max(128).nullish(),
  title: z.string().trim().min(1, 'must not be empty').max(255),
  blame: z.enum(['CUSTOMER', 'PROVIDER', 'UNKNOWN']),
  documentationUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .nullish(),
  message: z.string().max(10_000).nullish(),
  trace: z.string().max(20_000).nullish(),
});

const modelMetricsSchema = z.object({
  modelName: z.string().min(1).max(255),
  rowsTransferred: count.nullish(),
  deltaRowsTransferred: count.nullish(),
  volumeTransferredMb: count.nullish(),
  windowStart: when.nullish(),
  windowEnd: when.nullish(),
  mostRecentLastUpdatedAt: when.nullish(),
  error: transferErrorSchema.nullish(),
});

export const reportTransferInputSchema = z
  .object({
    status: z.enum(['SUCCESS', 'PARTIAL', 'FAILED', 'CANCELLED']),
    isFullRefresh: z.boolean(),
    models: z.array(z.string().min(1).max(255)).max(1000),
    rowsTransferred: count.nullish(),
    deltaRowsTransferred: count.nullish(),
    volumeTransferredMb: count.nullish(),
    submittedAt: when.nullish(),
    startedAt: when.nullish(),
    endedAt: when,
    windowStart: when.nullish(),
    windowEnd: when.nullish(),
    modelMetrics: z.array(modelMetricsSchema).max(1000).nullish(),
    error: transferErrorSchema.nullish(),
    log: z.string().max(100_000).nullish(),
    actorId: z.string().min(1).max(255).nullish(),
    actorType: z.string().min(1).max(64).nullish(),
    sourceIds: z.array(z.string().min(1).max(255)).max(1000).nullish(),
    tags: z
      .record(z.string().min(1).max(128), z.string().max(1024), { error: 'must be an object of strings' })
      .refine((tags) => Object.keys(tags).length <= 64, 'must have at most 64 tags')
      .nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.status === 'FAILED' && !input.error) {
      ctx.addIssue({ code: 'custom', path: ['error'], message: 'is required when status is FAILED' });
    }
    if (input.status === 'SUCCESS' && input.error) {
      ctx.addIssue({ code: 'custom', path: ['error'], message: 'must be left out when status is SUCCESS' });
    }
    if (input.startedAt && input.endedAt < input.startedAt) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be before startedAt' });
    }
    if (input.submittedAt && input.startedAt && input.startedAt < input.submittedAt) {
      ctx.addIssue({ code: 'custom', path: ['startedAt'], message: 'must not be before submittedAt' });
    }
    if (input.windowStart && input.windowEnd && input.windowEnd < input.windowStart) {
      ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'must not be before windowStart' });
    }
  });

export type ReportTransferInput = z.infer<typeof reportTransferInputSchema>;
export type TransferErrorInput = z.infer<typeof transferErrorSchema>;
