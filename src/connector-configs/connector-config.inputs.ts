// zod rules for CreateConnectorConfigInput and UpdateConnectorConfigInput (the config member is
// checked by its connector in the service, where params and stored secrets are known).
import { z } from 'zod';
import { attributeName, ENVIRONMENT_NAME } from '../tenants/organisation.inputs.js';

const title = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const description = z.string().max(4000, 'must be at most 4000 characters');
const category = z
  .string()
  .min(1)
  .max(63, 'must be at most 63 characters')
  .regex(/^[a-z0-9\-_.:/ ]+$/i, 'may contain only letters, digits, spaces and - _ . : /');
export const MAX_CONFIG_ENVIRONMENTS = 50;
export const MAX_CONFIG_PARAMS = 50;
const environments = z
  .array(z.string().regex(ENVIRONMENT_NAME, 'must be an environment name'))
  .max(MAX_CONFIG_ENVIRONMENTS, `at most ${MAX_CONFIG_ENVIRONMENTS} environments`);
const params = z
  .array(
    z.object({
      path: z
        .string()
        .max(255)
        .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, 'must be a dotted field path such as database or passwordAuth.password'),
      fromAttribute: attributeName.nullish(),
    }),
  )
  .max(MAX_CONFIG_PARAMS, `at most ${MAX_CONFIG_PARAMS} params`);
const config = z.record(z.string(), z.unknown());
const notNull = (field: string) => `${field} cannot be null: omit it to keep the current value`;

export const connectorConfigInputSchema = z.object({
  title,
  description: description.nullish(),
  category: category.nullish(),
  beta: z.boolean().nullish(),
  sharing: z.enum(['ALLOW', 'ASK', 'DENY']).nullish(),
  ownerTeam: z.string().max(64).nullish(),
  environments: environments.nullish(),
  connector: z.string(),
  settings: config,
  params: params.nullish(),
});

export const updateConnectorConfigInputSchema = z.object({
  title: z
    .string({ error: notNull('title') })
    .pipe(title)
    .optional(),
  description: description.nullable().optional(),
  category: category.nullable().optional(),
  beta: z.boolean({ error: notNull('beta') }).optional(),
  sharing: z.enum(['ALLOW', 'ASK', 'DENY'], { error: notNull('sharing') }).optional(),
  environments: z
    .array(z.unknown(), { error: notNull('environments') })
    .pipe(environments)
    .optional(),
  settings: z.record(z.string(), z.unknown(), { error: notNull('settings') }).optional(),
  params: z
    .array(z.unknown(), { error: notNull('params') })
    .pipe(params)
    .optional(),
});
