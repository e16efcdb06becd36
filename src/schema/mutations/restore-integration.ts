// restoreIntegration: an integration back to an earlier revision, as a new revision, guarded by
// its etag or version.
import { decodeIntegrationId } from '../../integrations/ids.js';
import { restoreIntegration } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { EtagMismatchError, NotFoundError, ValidationError } from '../errors.js';
import { IntegrationRef } from '../integration.js';
import { dryRunArg, type IntegrationPayload, idempotencyKeyArg, integrationPayloadCodec, withIdempotencyKey } from './integration-payload.js';

const RestoreIntegrationPayload = builder.objectRef<IntegrationPayload & { restoredVersion: number }>('RestoreIntegrationPayload').implement({
  description: 'The integration after the restore (on a dry run: as the restore would leave it), and what changed.',
  fields: (t) => ({
    integration: t.field({ type: IntegrationRef, description: 'The integration.', resolve: (p) => p.integration }),
    restoredVersion: t.exposeInt('restoredVersion', { description: 'The version whose state was brought back.' }),
    changedPaths: t.stringList({
      description: 'The field paths the restore changed (on a dry run: would change); empty when the integration already was so.',
      resolve: (p) => p.changedPaths ?? [],
    }),
    dryRun: t.boolean({ description: 'True when this was a dry run: nothing was written.', resolve: (p) => p.dryRun === true }),
  }),
});

builder.mutationField('restoreIntegration', (t) =>
  t.field({
    type: RestoreIntegrationPayload,
    description:
      'Restores an integration to an earlier revision, as a new revision (action RESTORE): every field as that revision ' +
      "shows it, and its secrets as of then (kept encrypted with the revision, never returned; they go where that revision's " +
      'config sends them, where they were written for). Guarded: send the etag or expectedVersion you last read. A restore ' +
      'that changes nothing writes no revision. A restored secret keeps its fingerprint; its next rewrite always gets a new one.',
    authScopes: { write: true },
    // Its guarded write proves the key live: no separate key check first (verify-key-before-answering.ts).
    extensions: { writeChecksKey: true },
    errors: {
      types: [ValidationError, NotFoundError, EtagMismatchError],
      directResult: true,
      union: { name: 'RestoreIntegrationResult', description: 'The result of restoreIntegration: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The integration id.' }),
      version: t.arg.int({ required: true, description: 'The revision (its version) to restore; not a DELETE revision.' }),
      etag: t.arg.string({ description: 'The etag you last read; this or expectedVersion is required.' }),
      expectedVersion: t.arg.int({ description: 'The version you last read, instead of the etag (not both).' }),
      idempotencyKey: idempotencyKeyArg(t) as never,
      dryRun: dryRunArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const id = decodeIntegrationId(String(args.id));
      const guard = { etag: args.etag, expectedVersion: args.expectedVersion };
      if (args.dryRun) {
        return { ...(await restoreIntegration(ctx.deps, ctx.actor, id, args.version, guard, { dryRun: true })), restoredVersion: args.version, dryRun: true };
      }
      return withIdempotencyKey<IntegrationPayload & { restoredVersion: number }>(
        ctx,
        args.idempotencyKey as string | null | undefined,
        {
          operation: 'restoreIntegration',
          args: { id: args.id, version: args.version, ...guard },
          transactional: true,
          encode: (p) => integrationPayloadCodec.encode(p),
          decode: (stored) => ({ ...integrationPayloadCodec.decode(stored), restoredVersion: args.version }),
        },
        async (deps) => ({ ...(await restoreIntegration(deps, ctx.actor, id, args.version, guard)), restoredVersion: args.version }),
      );
    },
  }),
);
