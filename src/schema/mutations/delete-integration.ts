// deleteIntegration: removes an integration (its revisions stay), guarded by its etag when one is given.
import { decodeIntegrationId } from '../../integrations/ids.js';
import { deleteIntegration } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { EtagMismatchError, NotFoundError, ValidationError } from '../errors.js';
import { etagArg, expectedVersionArg, idempotencyKeyArg, integrationPayload, integrationPayloadCodec, withIdempotencyKey } from './integration-payload.js';

const DeleteIntegrationPayload = integrationPayload('DeleteIntegrationPayload', 'The integration as it was when deleted.');

builder.mutationField('deleteIntegration', (t) =>
  t.field({
    type: DeleteIntegrationPayload,
    description: 'Deletes an integration. It is not found afterwards; its revisions are kept.',
    authScopes: { write: true },
    // Its guarded write proves the key live: no separate key check first (verify-key-before-answering.ts).
    extensions: { writeChecksKey: true },
    errors: {
      types: [ValidationError, NotFoundError, EtagMismatchError],
      directResult: true,
      union: { name: 'DeleteIntegrationResult', description: 'The result of deleteIntegration: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The integration id.' }),
      etag: etagArg(t) as never,
      expectedVersion: expectedVersionArg(t) as never,
      idempotencyKey: idempotencyKeyArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const guard = { etag: args.etag as string | null | undefined, expectedVersion: args.expectedVersion as number | null | undefined };
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'deleteIntegration', args: { id: args.id, ...guard }, transactional: true, ...integrationPayloadCodec },
        async (deps) => ({ integration: await deleteIntegration(deps, ctx.actor, decodeIntegrationId(String(args.id)), guard) }),
      );
    },
  }),
);
