// updateIntegration: a patch of an integration, guarded by its etag when one is given.
import { decodeIntegrationId } from '../../integrations/ids.js';
import { updateIntegrationInputSchema } from '../../integrations/integration.inputs.js';
import { updateIntegration } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { IntegrationConfigInput } from '../connector-types.js';
import { DeliverySettingsInput } from '../delivery.js';
import { ConnectorMismatchError, EtagMismatchError, NotFoundError, ValidationError } from '../errors.js';
import {
  dryRunArg,
  etagArg,
  expectedVersionArg,
  idempotencyKeyArg,
  integrationPayload,
  integrationPayloadCodec,
  withIdempotencyKey,
} from './integration-payload.js';

const UpdateIntegrationInput = builder.inputType('UpdateIntegrationInput', {
  description:
    'Changes to an integration. Omitted fields are kept. null clears description, metadata and customerId, and is ' +
    'invalid for title, labels, disabled and config. metadata is merged shallowly (a key set to null is removed).',
  fields: (t) => ({
    title: t.string({ description: 'New title, 1–255 characters (trimmed).' }),
    description: t.string({ description: 'New description, at most 4000 characters; null clears it.' }),
    labels: t.stringList({ description: 'Replaces every label.' }),
    metadata: t.field({
      type: 'JSON',
      description: 'Merged into the stored metadata, which must stay within 16384 characters as JSON; null clears it to {}.',
    }),
    customerId: t.string({ description: 'New end customer, 1–255 characters; null clears it.' }),
    disabled: t.boolean({ description: 'Disable or enable.' }),
    config: t.field({
      type: IntegrationConfigInput,
      description: 'Replaces the non-secret config wholesale; secrets left out keep their value, "" clears an optional one.',
    }),
    delivery: t.field({ type: DeliverySettingsInput, description: 'Patches the delivery settings; null resets them all to defaults.' }),
    params: t.field({
      type: 'JSON',
      description:
        'Built on a connector config: the new values of its per-customer params (they replace the old; secrets left out are kept). Such an integration takes no config.',
    }),
  }),
});

const UpdateIntegrationPayload = integrationPayload(
  'UpdateIntegrationPayload',
  'The integration after the update (on a dry run: as the update would leave it), and what changed.',
  { changedPaths: true, dryRun: true },
);

builder.mutationField('updateIntegration', (t) =>
  t.field({
    type: UpdateIntegrationPayload,
    description:
      'Updates an integration, patch-style. A change that changes nothing keeps the etag and version. With dryRun: true, ' +
      'shows what the update would do (the etag, when given, must be current) and writes nothing.',
    authScopes: { write: true },
    // Its guarded write proves the key live: no separate key check first (verify-key-before-answering.ts).
    extensions: { writeChecksKey: true },
    errors: {
      types: [ValidationError, NotFoundError, EtagMismatchError, ConnectorMismatchError],
      directResult: true,
      union: { name: 'UpdateIntegrationResult', description: 'The result of updateIntegration: the payload, or a typed error.' },
    },
    args: {
      id: t.arg.id({ required: true, description: 'The integration id.' }),
      input: t.arg({ type: UpdateIntegrationInput, required: true, description: 'The changes.', validate: { schema: updateIntegrationInputSchema } }),
      etag: etagArg(t) as never,
      expectedVersion: expectedVersionArg(t) as never,
      idempotencyKey: idempotencyKeyArg(t) as never,
      dryRun: dryRunArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const id = decodeIntegrationId(String(args.id));
      const guard = { etag: args.etag as string | null | undefined, expectedVersion: args.expectedVersion as number | null | undefined };
      if (args.dryRun) return { ...(await updateIntegration(ctx.deps, ctx.actor, id, args.input as never, guard, { dryRun: true })), dryRun: true };
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'updateIntegration', args: { id: args.id, input: args.input, ...guard }, transactional: true, ...integrationPayloadCodec },
        (deps) => updateIntegration(deps, ctx.actor, id, args.input as never, guard),
      );
    },
  }),
);
