// zod rules for the fields of CreateIntegrationInput and UpdateIntegrationInput (the config member
// is checked by its connector in the service, where stored secrets are known). The schema applies
// these through @pothos/plugin-zod.
import { z } from 'zod';

const title = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const description = z.string().max(4000, 'must be at most 4000 characters');
const label = z
  .string()
  .min(1, 'must not be empty')
  .max(63, 'must be at most 63 characters')
  .regex(/^[a-z0-9\-_.:/]+$/, 'may contain only a-z, 0-9 and - _ . : /');
const labels = z
  .array(label)
  .max(64, 'at most 64 labels')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a label');
/** Keys are checked on the whole object: a key in a field path would be quoted back, and zod's record error names no limit. */
const METADATA_MAX_KEY_LENGTH = 128;
/** Metadata as stored, as JSON text: an update merges into it, so the merged whole is checked too (integration.service.ts). */
export const METADATA_MAX_JSON_LENGTH = 16_384;
export const METADATA_TOO_LARGE = `must be at most ${METADATA_MAX_JSON_LENGTH} characters as JSON`;
const metadata = z
  .record(z.string(), z.unknown())
  .refine(
    (value) => Object.keys(value).every((key) => key.length >= 1 && key.length <= METADATA_MAX_KEY_LENGTH),
    `keys must be 1–${METADATA_MAX_KEY_LENGTH} characters`,
  )
  .refine((value) => JSON.stringify(value).length <= METADATA_MAX_JSON_LENGTH, METADATA_TOO_LARGE);
const customerId = z.string().min(1, 'must not be empty; send null to clear').max(255);
const config = z.record(z.string(), z.unknown());

const modelName = z.string().min(1, 'must not be empty').max(255);
/** Each sub-field patch-style: omitted keeps, null resets to the default, a value sets. */
export const deliveryInputSchema = z.object({
  frequencyMinutes: z.int().min(5, 'must be at least 5 minutes').max(10_080, 'must be at most 10080 minutes (a week)').nullish(),
  enabledModels: z
    .array(modelName)
    .max(1000)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a model')
    .nullish(),
  maxConcurrentTransfers: z.int().min(1).max(64).nullish(),
  maxConcurrentQueriesPerTransfer: z.int().min(1).max(64).nullish(),
});
export type DeliveryInput = z.infer<typeof deliveryInputSchema>;

const notNull = (field: string, hint: string) => `${field} cannot be null: ${hint}`;

export const createIntegrationInputSchema = z.object({
  title,
  description: description.nullish(),
  labels: labels.nullish(),
  metadata: z.preprocess((v) => (v === null ? undefined : v), metadata.optional()),
  customerId: customerId.nullish(),
  disabled: z.boolean().nullish(),
  config: config.nullish(),
  delivery: deliveryInputSchema.nullish(),
  connectorConfigId: z.string().max(64).nullish(),
  params: config.nullish(),
  environment: z.string().max(63).nullish(),
});

export const updateIntegrationInputSchema = z.object({
  title: z
    .string({ error: notNull('title', 'omit it to keep the current title') })
    .pipe(title)
    .optional(),
  description: description.nullable().optional(),
  labels: z
    .array(z.unknown(), { error: notNull('labels', 'send [] to remove every label') })
    .pipe(labels)
    .optional(),
  metadata: metadata.nullable().optional(),
  customerId: customerId.nullable().optional(),
  disabled: z.boolean({ error: notNull('disabled', 'send true or false, or omit it') }).optional(),
  config: z.record(z.string(), z.unknown(), { error: notNull('config', 'omit it to keep the current config') }).optional(),
  delivery: deliveryInputSchema.nullable().optional(),
  params: z.record(z.string(), z.unknown(), { error: notNull('params', 'omit it to keep the current values') }).optional(),
});

export const idempotencyKeySchema = z.string().min(1).max(255);
