// The per-request context: who is calling (tenant and key), the services' dependencies, and
// DataLoaders created fresh for this request so nothing is cached across callers.
import type { Kysely } from 'kysely';
import { DEFAULT_CONNECTION_CHECK_TIMEOUT_MS } from './checks/check.js';
import type { ConnectionCheckSlots } from './checks/check-budget.js';
import type { EgressDenyList } from './checks/egress.js';
import { type ConfigLoaders, createConfigLoaders } from './connector-configs/connector-config.loaders.js';
import type { OutputSource } from './connectors/kit.js';
import type { Actor } from './core/actor.js';
import type { ServiceDeps } from './core/deps.js';
import type { Database } from './db/database.js';
import type { EventHub } from './events/event-hub.js';
import { createIntegrationLoaders, type IntegrationLoaders } from './integrations/integration.loaders.js';
import type { IntegrationRowCache } from './integrations/row-cache.js';
import type { Logger } from './observability.js';
import type { Keyring } from './secrets/keyring.js';
import type { AuthenticatedKey } from './tenants/api-key.service.js';
import { KeyCheck } from './tenants/key-check.js';
import { DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS } from './transfers/transfer.inputs.js';
import { createTransferLoaders } from './transfers/transfer.loaders.js';
import { createWebhookLoaders, type WebhookLoaders } from './webhooks/webhook.loaders.js';

/** The service's own identities, shown to users as connector outputs. */
export type ServiceOutputs = Record<OutputSource, string | null>;

export interface Context {
  requestId: string;
  outputs: ServiceOutputs;
  auth: AuthenticatedKey;
  /** Whether the database has confirmed the key live in this request yet (tenants/key-check.ts). */
  keyCheck: KeyCheck;
  actor: Actor;
  deps: ServiceDeps;
  loaders: IntegrationLoaders & ReturnType<typeof createTransferLoaders> & ConfigLoaders & WebhookLoaders;
  /** How long testIntegration may take, connect and query together. */
  connectionCheckTimeoutMs: number;
  /** Addresses testIntegration must not connect to (CONNECTION_CHECK_DENY). */
  connectionCheckDeny: EgressDenyList;
  /** The gateway's per-tenant cap on connection checks in flight (checks/check-budget.ts). */
  connectionCheckSlots?: ConnectionCheckSlots;
  /** The server's logger, for what is logged and never answered (an unexpected check failure). */
  logger?: Logger;
  /** How far past the clock a transfer report may be dated (TRANSFER_CLOCK_SKEW_SECONDS). */
  transferClockSkewSeconds: number;
  /** The gateway's subscribers' wake-ups (changeEvents); none outside a gateway. */
  events?: EventHub;
  /** The request's Last-Event-ID header: where a reconnecting SSE client resumes. */
  lastEventId?: string | null;
  /** Webhook endpoint rules (WEBHOOK_ALLOW_HTTP). */
  webhooks?: { allowHttp: boolean; maxEndpoints?: number };
}

export function createContext(args: {
  db: Kysely<Database>;
  keyring: Keyring;
  auth: AuthenticatedKey;
  /** Left out: the key was confirmed live while the request was being authenticated. */
  keyCheck?: KeyCheck;
  requestId: string;
  outputs?: ServiceOutputs;
  observeBatch?: (loader: string, size: number) => void;
  connectionCheckTimeoutMs?: number;
  connectionCheckDeny: EgressDenyList;
  connectionCheckSlots?: ConnectionCheckSlots;
  transferClockSkewSeconds?: number;
  /** The gateway's cache of rows it wrote (shared by its requests); none when left out. */
  rows?: IntegrationRowCache;
  logger?: Logger;
  events?: EventHub;
  lastEventId?: string | null;
  webhooks?: { allowHttp: boolean; maxEndpoints?: number };
}): Context {
  const keyCheck = args.keyCheck ?? new KeyCheck();
  return {
    requestId: args.requestId,
    outputs: args.outputs ?? { awsAccountId: null, awsPrincipalArn: null, gcpServiceAccountEmail: null },
    auth: args.auth,
    keyCheck,
    actor: {
      tenantId: args.auth.tenantId,
      apiKeyId: args.auth.keyId,
      apiKeyName: args.auth.keyName,
      teamId: args.auth.teamId,
      environmentId: args.auth.environmentId,
      keyCheck,
    },
    deps: { db: args.db, keyring: args.keyring, rows: args.rows },
    loaders: {
      ...createIntegrationLoaders(args.db, { tenantId: args.auth.tenantId, environmentId: args.auth.environmentId }, args.observeBatch),
      ...createTransferLoaders(args.db, args.auth.tenantId, args.observeBatch),
      ...createWebhookLoaders(args.db, args.auth.tenantId, args.observeBatch),
      ...createConfigLoaders(args.db, { tenantId: args.auth.tenantId, teamId: args.auth.teamId, environmentId: args.auth.environmentId }),
    },
    connectionCheckTimeoutMs: args.connectionCheckTimeoutMs ?? DEFAULT_CONNECTION_CHECK_TIMEOUT_MS,
    connectionCheckDeny: args.connectionCheckDeny,
    connectionCheckSlots: args.connectionCheckSlots,
    logger: args.logger,
    transferClockSkewSeconds: args.transferClockSkewSeconds ?? DEFAULT_TRANSFER_CLOCK_SKEW_SECONDS,
    events: args.events,
    lastEventId: args.lastEventId,
    webhooks: args.webhooks,
  };
}
