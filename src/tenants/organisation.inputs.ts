// zod rules for teams, environments and customers' attributes: the names keys and configs refer to.
import { z } from 'zod';

/** A team's display name: free text on one line (no control characters, checked without a regex of them). */
export const TEAM_NAME = {
  test: (name: string) => name.length >= 1 && name.length <= 100 && ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
};
/** An environment's name: a slug, as keys and configs name it (development, production, …). */
export const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).max(2048, 'must be at most 2048 characters');

export const teamInputSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((name) => TEAM_NAME.test(name), 'must be 1–100 characters on one line'),
  domain: z
    .string()
    .max(253)
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'must be a domain name such as example.com')
    .nullish(),
  logoUrl: httpsUrl.nullish(),
  verified: z.boolean().nullish(),
});

export const teamPatchSchema = teamInputSchema.partial();

export const environmentInputSchema = z.object({
  name: z.string().regex(ENVIRONMENT_NAME, 'must be 1–63 characters of a-z 0-9 - _ . starting with a letter or digit'),
});

/** A customer attribute's name (Looker's user attribute), as configs' params name it. */
export const attributeName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z][a-z0-9_]*$/, 'must be 1–63 characters of a-z 0-9 _ starting with a letter');

export const CUSTOMER_MAX_ATTRIBUTES = 64;
export const ATTRIBUTE_VALUE_MAX_LENGTH = 1024;

export const customerAttributesSchema = z
  .record(attributeName, z.string().max(ATTRIBUTE_VALUE_MAX_LENGTH, `values must be at most ${ATTRIBUTE_VALUE_MAX_LENGTH} characters`).nullable())
  .refine((value) => Object.keys(value).length <= CUSTOMER_MAX_ATTRIBUTES, `at most ${CUSTOMER_MAX_ATTRIBUTES} attributes`);
