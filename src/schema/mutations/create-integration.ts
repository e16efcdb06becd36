// createIntegration: a new integration, idempotent under an idempotency key.
import { createIntegrationInputSchema, idempotencyKeySchema } from '../../integrations/integration.inputs.js';
import { type ConfigInput, createIntegration } from '../../integrations/integration.service.js';
import { builder } from '../builder.js';
import { IntegrationConfigInput } from '../connector-types.js';
import { DeliverySettingsInput } from '../delivery.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { integrationPayload } from './integration-payload.js';

const CreateIntegrationInput = builder.inputType('CreateIntegrationInput', {
  description: 'A new integration. The connector is the member given in config.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Human-friendly name, 1–255 characters (trimmed).' }),
    description: t.string({ description: 'Free text, at most 4000 characters.' }),
    labels: t.stringList({ description: 'At most 64 labels of 1–63 characters from a-z 0-9 - _ . : /.' }),
    metadata: t.field({ type: 'JSON', description: 'A JSON object of your own data: keys of 1–128 characters, at most 16384 characters as JSON.' }),
    customerId: t.string({ description: 'The end customer this connection belongs to, 1–255 characters.' }),
    disabled: t.boolean({ description: 'Create it disabled; false by default.' }),
    config: t.field({ type: IntegrationConfigInput, required: true, description: 'The configuration; exactly one connector member.' }),
    delivery: t.field({ type: DeliverySettingsInput, description: 'Delivery settings of a destination; defaults when left out.' }),
  }),
});

const CreateIntegrationPayload = integrationPayload('CreateIntegrationPayload', 'The integration was created (or an idempotent replay found it).');

builder.mutationField('createIntegration', (t) =>
  t.field({
    type: CreateIntegrationPayload,
    description: 'Creates an integration.',
    authScopes: { write: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'CreateIntegrationResult', description: 'The result of createIntegration: the payload, or a typed error.' },
    },
    args: {
      input: t.arg({ type: CreateIntegrationInput, required: true, description: 'The integration.', validate: { schema: createIntegrationInputSchema } }),
      idempotencyKey: t.arg.string({
        description:
          'A key of your choice (1–255 characters), kept 24 hours: a retry with the same key and input from the same API key returns the first result and creates nothing; another API key may not use it.',
        validate: { schema: idempotencyKeySchema },
      }),
    },
    resolve: async (_root, args, ctx) => ({
      integration: await createIntegration(
        ctx.deps,
        ctx.actor,
        { ...args.input, metadata: args.input.metadata as Record<string, unknown> | undefined, config: args.input.config as ConfigInput } as never,
        args.idempotencyKey,
      ),
    }),
  }),
);
