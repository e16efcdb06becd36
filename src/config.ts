// Every environment variable the service reads, parsed once with zod.
import { z } from 'zod';
import { DEFAULT_CONNECTION_CHECK_TIMEOUT_MS } from './checks/check.js';
import { DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT } from './checks/check-budget.js';
import { DEFAULT_CONNECTION_CHECK_DENY, parseEgressDenyList } from './checks/egress.js';
import { DEFAULT_EVENTS_POLL_MS, DEFAULT_MAX_SUBSCRIPTIONS_PER_TENANT } from './events/event-hub.js';
import { DEFAULT_EVENTS_RETENTION_HOURS } from './events/event-retention.js';
import { DEFAULT_ROW_CACHE_SIZE } from './integrations/row-cache.js';
import { DEFAULT_QUERY_COST_UNIT } from './rate-limit.js';
import { DEFAULT_KEY_MEMORY_MS, DEFAULT_KEY_MEMORY_SIZE } from './tenants/key-check.js';
import { DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS } from './transfers/transfer.inputs.js';
import { DEFAULT_MAX_ENDPOINTS_PER_TENANT } from './webhooks/webhook.service.js';
import { defaultWebhookSettings } from './webhooks/webhook.worker.js';

/**
 * How long an idle keep-alive connection stays open: longer than the idle timeout of common load
 * balancers (60 s on AWS ALB), so the balancer, not the gateway, closes an idle connection. Were it
 * the other way round (Node's default is 5 s), a balancer could send a request on a connection the
 * gateway is closing at that moment, and its client would get a 502.
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** How long a client may take to send a whole request (HTTP_REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** CONNECTION_CHECK_DENY: parsed here, so a bad entry stops the start instead of failing open. */
const egressDenyListFromEnv = z
  .string()
  .default(DEFAULT_CONNECTION_CHECK_DENY)
  .transform((text, ctx) => {
    const parsed = parseEgressDenyList(text);
    if ('denyList' in parsed) return parsed.denyList;
    for (const problem of parsed.problems) ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });

/** METRICS_OPERATION_NAMES: operation names, comma-separated, each a GraphQL name. */
const operationNamesFromEnv = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  )
  .pipe(z.array(z.string().regex(/^[_A-Za-z][_0-9A-Za-z]{0,99}$/, 'each operation name must be a GraphQL name')).max(1000));
/**
 * CORS_ORIGINS: exact origins (`https://app.example.com`), comma-separated. `*` and `null` are
 * refused: any origin is what the default of none protects against, and `null` is the origin of
 * sandboxed frames and `data:` pages, which anyone can make.
 */
const corsOriginsFromEnv = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const origins = text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    for (const origin of origins) {
      const parsed = URL.canParse(origin) ? new URL(origin) : null;
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
        ctx.addIssue({
          code: 'custom',
          message: `"${origin}" is not an exact origin: write scheme, host and port only, like https://app.example.com (no path, no trailing slash, no * or null)`,
        });
      }
    }
    return origins;
  });

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    // Unset: 127.0.0.1 in development (loopback: the first start's dev key is not offered to the
    // network), 0.0.0.0 in production (a container's port is reached through its interfaces).
    HOST: z.string().optional(),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./.data'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
    SECRETS_KEY: z.string().optional(),
    SECRETS_OLD_KEYS: z.string().optional(),
    REDIS_URL: z.string().url().optional(),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    RATE_LIMIT_READ_QUERIES: z.coerce.number().int().min(0).default(1200),
    RATE_LIMIT_WRITE_QUERIES: z.coerce.number().int().min(0).default(1200),
    RATE_LIMIT_MUTATIONS: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_CONNECTION_CHECKS: z.coerce.number().int().min(0).default(60),
    RATE_LIMIT_QUERY_COST_UNIT: z.coerce.number().int().min(1).default(DEFAULT_QUERY_COST_UNIT),
    OUTPUT_AWS_ACCOUNT_ID: z
      .string()
      .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
      .optional(),
    OUTPUT_AWS_PRINCIPAL_ARN: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:/, 'must be an IAM ARN')
      .optional(),
    OUTPUT_GCP_SERVICE_ACCOUNT_EMAIL: z.email().optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_KEEP_ALIVE_TIMEOUT_MS),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(DEFAULT_REQUEST_TIMEOUT_MS),
    INTEGRATION_ROW_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_ROW_CACHE_SIZE),
    API_KEY_MEMORY_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_KEY_MEMORY_MS),
    API_KEY_MEMORY_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_KEY_MEMORY_SIZE),
    CONNECTION_CHECK_DENY: egressDenyListFromEnv,
    CONNECTION_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_CONNECTION_CHECK_TIMEOUT_MS),
    CONNECTION_CHECK_MAX_CONCURRENT_PER_TENANT: z.coerce.number().int().min(0).max(1000).default(DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT),
    METRICS_OPERATION_NAMES: operationNamesFromEnv,
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().default('127.0.0.1'),
    TRANSFER_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(3600).default(DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS),
    GRAPHQL_JIT: booleanFromEnv.default(true),
    WEBHOOK_ALLOW_HTTP: booleanFromEnv.default(false),
    WEBHOOK_MAX_ENDPOINTS_PER_TENANT: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_MAX_ENDPOINTS_PER_TENANT),
    WEBHOOK_WORKER: booleanFromEnv.default(true),
    WEBHOOK_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(defaultWebhookSettings.pollMs),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(defaultWebhookSettings.timeoutMs),
    WEBHOOK_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(defaultWebhookSettings.leaseMs),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(defaultWebhookSettings.maxAttempts),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(defaultWebhookSettings.retryBaseMs),
    WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(10_000).default(defaultWebhookSettings.disableAfter),
    EVENTS_RETENTION_HOURS: z.coerce
      .number()
      .min(1)
      .max(24 * 365)
      .default(DEFAULT_EVENTS_RETENTION_HOURS),
    EVENTS_MAX_SUBSCRIPTIONS_PER_TENANT: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_MAX_SUBSCRIPTIONS_PER_TENANT),
    EVENTS_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_EVENTS_POLL_MS),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
    FEDERATION_SDL: z.enum(['introspection', 'on', 'off']).default('introspection'),
    CORS_ORIGINS: corsOriginsFromEnv,
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(1).default(3000),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(20_000),
    GRAPHQL_MAX_REPRESENTATIONS: z.coerce.number().int().min(1).default(500),
    GRAPHQL_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(5_000_000),
    GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  })
  .transform((config) => ({ ...config, HOST: config.HOST ?? (config.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1') }));

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
