// What the mutations share: payloads holding the integration, and the etag, idempotency key and
// dry-run arguments.
import type { Context } from '../../context.js';
import type { ServiceDeps } from '../../core/deps.js';
import type { IdempotentResult } from '../../db/database.js';
import { type IdempotentCall, idempotent } from '../../idempotency/idempotency.service.js';
import { idempotencyKeySchema } from '../../integrations/integration.inputs.js';
import { fromStoredRecord, type IntegrationRecord, storedRecord } from '../../integrations/integration.model.js';
import { builder } from '../builder.js';
import { IntegrationRef } from '../integration.js';

/** A payload holding an integration; changedPaths and dryRun where the mutation has them. */
export interface IntegrationPayload {
  integration: IntegrationRecord;
  changedPaths?: string[];
  dryRun?: boolean;
}

/** A mutation's payload type: the integration as the mutation left it. */
export const integrationPayload = (name: string, description: string, extras: { changedPaths?: boolean; dryRun?: boolean } = {}) =>
  builder.objectRef<IntegrationPayload>(name).implement({
    description,
    fields: (t) => ({
      integration: t.field({
        type: IntegrationRef,
        description: extras.dryRun
          ? 'The integration (on a dry run: as it would be; nothing was stored, and its etag and version are unchanged).'
          : 'The integration.',
        resolve: (p) => p.integration,
      }),
      ...(extras.changedPaths
        ? {
            changedPaths: t.stringList({
              description: 'The field paths this call changed (on a dry run: would change), as revisions list them; empty when nothing changed.',
              resolve: (p) => p.changedPaths ?? [],
            }),
          }
        : {}),
      ...(extras.dryRun
        ? {
            dryRun: t.boolean({
              description: 'True when this was a dry run: nothing was written, no etag, version or revision changed.',
              resolve: (p) => p.dryRun === true,
            }),
          }
        : {}),
    }),
  });

/** The optional etag guard of updates and deletes. */
export const etagArg = (t: { arg: { string: (o: { description: string }) => unknown } }) =>
  t.arg.string({
    description: 'The etag you last read. When given, the change applies only if it is still current; when omitted, last write wins.',
  });

/** The version guard, instead of the etag (not both). */
export const expectedVersionArg = (t: { arg: { int: (o: { description: string }) => unknown } }) =>
  t.arg.int({
    description:
      'The version you last read, instead of the etag (not both: a ValidationError): the change applies only if it is ' +
      'still the current version, else an EtagMismatchError as for a stale etag.',
  });

/** The idempotency key every mutation takes. */
export const idempotencyKeyArg = (t: { arg: { string: (o: never) => unknown } }) =>
  t.arg.string({
    description:
      'A key of your choice (1–255 characters), kept 24 hours per tenant: a retry with the same key and the same ' +
      'arguments from the same API key answers what the first call answered, without running again (also while the ' +
      'first is still running, on any gateway); with other arguments or from another API key it is a ValidationError ' +
      'at idempotencyKey. A call that answered a typed error kept nothing: its retry runs again.',
    validate: { schema: idempotencyKeySchema },
  } as never);

/** The dry-run flag of creates and updates. */
export const dryRunArg = (t: { arg: { boolean: (o: { description: string; defaultValue: boolean }) => unknown } }) =>
  t.arg.boolean({
    defaultValue: false,
    description:
      'Validate and merge everything (stored secrets included) and answer the would-be integration or the typed ' +
      'errors, writing nothing: no etag, version or revision changes. A dry run neither uses nor claims an idempotency key.',
  });

/** An integration payload as an idempotency key keeps it: the record without ciphertexts. */
export const integrationPayloadCodec = {
  encode: (p: IntegrationPayload) => ({ integration: storedRecord(p.integration), changedPaths: p.changedPaths ?? null }),
  decode: (stored: unknown): IntegrationPayload => {
    const s = stored as { integration?: IdempotentResult; changedPaths?: string[] | null };
    // Kept before migration 005: a create's row itself.
    if (!s.integration) return { integration: fromStoredRecord(stored as IdempotentResult) };
    return { integration: fromStoredRecord(s.integration), changedPaths: s.changedPaths ?? undefined };
  },
};

/** Runs a mutation's work under its idempotency key when one is given (and it is not a dry run). */
export function withIdempotencyKey<T>(
  ctx: Context,
  key: string | null | undefined,
  call: Omit<IdempotentCall<T>, 'key'>,
  run: (deps: ServiceDeps) => Promise<T>,
): Promise<T> {
  return key ? idempotent(ctx.deps, ctx.actor, { ...call, key }, run) : run(ctx.deps);
}
