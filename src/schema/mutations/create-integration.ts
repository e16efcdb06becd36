// createIntegration: a new integration, idempotent under an idempotency key.
import { createIntegrationInputSchema } from '../../integrations/integration.inputs.js';
import { type ConfigInput, createIntegration } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { decodeConfigId } from '../connector-config.js';
import { IntegrationConfigInput } from '../connector-types.js';
import { DeliverySettingsInput } from '../delivery.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { dryRunArg, idempotencyKeyArg, integrationPayload, integrationPayloadCodec, withIdempotencyKey } from './integration-payload.js';

const CreateIntegrationInput = builder.inputType('CreateIntegrationInput', {
  description: 'A new integration. The connector is the member given in config.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Human-friendly name, 1–255 characters (trimmed).' }),
    description: t.string({ description: 'Free text, at most 4000 characters.' }),
    labels: t.stringList({ description: 'At most 64 labels of 1–63 characters from a-z 0-9 - _ . : /.' }),
    metadata: t.field({ type: 'JSON', description: 'A JSON object of your own data: keys of 1–128 characters, at most 16384 characters as JSON.' }),
    customerId: t.string({ description: 'The end customer this connection belongs to, 1–255 characters.' }),
    disabled: t.boolean({ description: 'Create it disabled; false by default.' }),
    config: t.field({
      type: IntegrationConfigInput,
      description:
        "The configuration; exactly one connector member. Required unless connectorConfigId is given; then it holds only the values of the config's per-customer params (or is left out).",
    }),
    connectorConfigId: t.id({
      description:
        "Build on this connector config (ccfg_…, OpenInt's connectorConfigId): its shared settings and secrets are taken as they are, and it changes when the config does. From another team's ASK config, the integration waits for that team's approval.",
    }),
    params: t.field({
      type: 'JSON',
      description:
        'Built on a connector config: the values of its per-customer params, shaped as the connector\'s config (e.g. { database: "acme", auth: { passwordAuth: { password: "…" } } }); nothing else.',
    }),
    environment: t.string({
      description:
        'The environment to create it in, by name. A key of one environment creates in its own (naming another is refused); required when building on a connector config with a key of every environment.',
    }),
    delivery: t.field({ type: DeliverySettingsInput, description: 'Delivery settings of a destination; defaults when left out.' }),
  }),
});

const CreateIntegrationPayload = integrationPayload(
  'CreateIntegrationPayload',
  'The integration was created (or an idempotent replay answered the first result, or a dry run shows what would be created).',
  { dryRun: true },
);

builder.mutationField('createIntegration', (t) =>
  t.field({
    type: CreateIntegrationPayload,
    description: 'Creates an integration, or with dryRun: true shows what would be created and writes nothing.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'CreateIntegrationResult', description: 'The result of createIntegration: the payload, or a typed error.' },
    },
    args: {
      input: t.arg({ type: CreateIntegrationInput, required: true, description: 'The integration.', validate: { schema: createIntegrationInputSchema } }),
      idempotencyKey: idempotencyKeyArg(t) as never,
      dryRun: dryRunArg(t) as never,
    },
    resolve: async (_root, args, ctx) => {
      const given = args.input.connectorConfigId;
      const input = {
        ...args.input,
        metadata: args.input.metadata as Record<string, unknown> | undefined,
        config: args.input.config as ConfigInput | null | undefined,
        // An id that does not decode is a config that does not exist (null), not a standalone integration (undefined).
        connectorConfigId: given == null ? undefined : decodeConfigId(String(given)),
      } as never;
      if (args.dryRun) return { integration: await createIntegration(ctx.deps, ctx.actor, input, { dryRun: true }), dryRun: true };
      return withIdempotencyKey(
        ctx,
        args.idempotencyKey as string | null | undefined,
        { operation: 'createIntegration', args: { input: args.input }, transactional: true, ...integrationPayloadCodec },
        async (deps) => ({ integration: await createIntegration(deps, ctx.actor, input) }),
      );
    },
  }),
);
