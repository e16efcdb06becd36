// createGateway(deps): the Yoga app, composed of the plugins in src/http/plugins/ (authentication,
// rate limits, query limits, error masking, health, metrics, GraphiQL). No globals: tests build as many as they like.
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger as PinoLogger } from 'pino';
import { DEFAULT_CONNECTION_CHECK_TIMEOUT_MS } from './checks/check.js';
import { ConnectionCheckSlots, DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT } from './checks/check-budget.js';
import { defaultEgressDenyList } from './checks/egress.js';
import { type Context, createContext, type ServiceOutputs } from './context.js';
import type { DatabaseHandle } from './db/connect.js';
import { EventHub } from './events/event-hub.js';
import type { NodeServerContext } from './http/node-server.js';
import { createAuthenticator } from './http/plugins/authenticate-first.js';
import { compiledQueries } from './http/plugins/compiled-queries.js';
import { corsFor } from './http/plugins/cors.js';
import { errorsWithoutInputValues, maskError } from './http/plugins/errors.js';
import { refuseFederationSdl } from './http/plugins/federation-sdl.js';
import { graphiqlNotStored, graphiqlOptions } from './http/plugins/graphiql.js';
import { healthEndpoints } from './http/plugins/health.js';
import { statusFromCodes } from './http/plugins/http-status.js';
import { limitBodySize, limitInputNesting, refuseMalformedParams, rejectUnstorableText } from './http/plugins/input-checks.js';
import { operationNames } from './http/plugins/operation-names.js';
import { limitWork } from './http/plugins/query-cost.js';
import { rateLimits } from './http/plugins/rate-limits.js';
import { limitResponseSize } from './http/plugins/response-size.js';
import { sseEventIds } from './http/plugins/sse-event-ids.js';
import { validatedDocuments } from './http/plugins/validated-documents.js';
import { verifyKeyBeforeAnswering } from './http/plugins/verify-key-before-answering.js';
import { DEFAULT_ROW_CACHE_SIZE, IntegrationRowCache } from './integrations/row-cache.js';
import { createMetrics, type Metrics, type MetricsOptions, requestScopes } from './observability.js';
import type { RateLimiter } from './rate-limit.js';
import { schema } from './schema/index.js';
import type { Keyring } from './secrets/keyring.js';
import { DEFAULT_KEY_MEMORY_MS, DEFAULT_KEY_MEMORY_SIZE, KnownKeys } from './tenants/key-check.js';

export { createHttpServerFor } from './http/node-server.js';
export type { Logger } from './observability.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Cost limit of query-cost.ts: lists counted with their sizes (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Most representations one _entities field takes (GRAPHQL_MAX_REPRESENTATIONS). */
  maxRepresentations: number;
  /** Largest response, about its JSON length; a larger one answers RESPONSE_TOO_LARGE (GRAPHQL_MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** Largest request body read (limitBodySize in input-checks.ts); larger ones answer 413. */
  maxBodyBytes: number;
}

// Cost is counted linearly (1 per scalar, 2 per object, no depth factor): about the number of fields
// a document selects once fragments are expanded, each list's selection times its size (query-cost.ts).
// 20 000 admits the realistic heavy reads, a page of 100 with config, status and 3 revisions
// (~10 400) and _entities with 200 representations (~2 600); test/budgets.test.ts measures both.
export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 50,
  maxCost: 20_000,
  maxRepresentations: 500,
  maxResponseBytes: 5_000_000,
  maxBodyBytes: 1_000_000,
};

export interface ServerDeps {
  database: DatabaseHandle;
  keyring: Keyring;
  /** pino: the request log (http/node-server.ts) needs it. */
  logger: PinoLogger;
  /** The service's identities shown as connector outputs; all null when left out. */
  outputs?: ServiceOutputs;
  /** Per-key rate limits; none when left out. */
  rateLimiter?: RateLimiter;
  /** GraphiQL in browsers; on by default. */
  graphiql?: boolean;
  /** Introspection (and field suggestions in errors); on by default. */
  introspection?: boolean;
  /** Federation's `_service { sdl }` (FEDERATION_SDL); follows `introspection` when left out. */
  federationSdl?: boolean;
  /** Origins whose browser pages may call the API (CORS_ORIGINS, exact match); none when left out. */
  corsOrigins?: readonly string[];
  queryLimits?: QueryLimits;
  /** How long testIntegration may take (connect and query); 5000 ms when left out. */
  connectionCheckTimeoutMs?: number;
  /** How far past this server's clock a transfer report may be dated (TRANSFER_CLOCK_SKEW_SECONDS); 300 s when left out. */
  transferClockSkewSeconds?: number;
  /** Addresses testIntegration must not connect to (CONNECTION_CHECK_DENY); link-local when left out. */
  connectionCheckDeny?: Context['connectionCheckDeny'];
  /** Connection checks one tenant may run at once in this process; 4 when left out, 0 for no cap. */
  connectionCheckMaxConcurrentPerTenant?: number;
  /** Metric labels' allow-list and /metrics' protection (observability.ts). */
  metrics?: MetricsOptions;
  /**
   * Rows kept for updates that name the etag this gateway last wrote (integration.service.ts,
   * guardedWrite); 10 000 when left out, 0 turns it off.
   */
  rowCacheSize?: number;
  /**
   * How long what an API key stands for is remembered after the key check last ran
   * (tenants/key-check.ts); 60 000 ms when left out, 0 runs the key check first on every request.
   */
  keyMemoryMs?: number;
  /** How many keys are remembered at most (API_KEY_MEMORY_SIZE); 1 000 when left out, 0 remembers none. */
  keyMemorySize?: number;
  /**
   * Prefilled in GraphiQL: the example operation and, on first start, the dev key's header, which
   * only requests from this machine get (isLocalRequest).
   */
  graphiqlDefaults?: { query: string; headers?: Record<string, string> };
  /** Change event subscriptions: the per-tenant cap and the fallback poll (EVENTS_*); defaults when left out. */
  events?: { maxSubscriptionsPerTenant?: number; pollMs?: number; keyRecheckMs?: number };
  /** Compiled execution of queries that come again (GRAPHQL_JIT; mutations never); on when left out. */
  jit?: boolean;
  /** Webhook endpoints: http:// URLs allowed (WEBHOOK_ALLOW_HTTP; development and tests only). */
  webhooks?: { allowHttp?: boolean; maxEndpointsPerTenant?: number };
}

export type Gateway = YogaServerInstance<NodeServerContext, Context> & {
  logger: PinoLogger;
  metrics: Metrics;
  /** Wakes this gateway's change event subscribers; close() ends their streams (at shutdown). */
  events: EventHub;
};

export function createGateway(deps: ServerDeps): Gateway {
  const limits = deps.queryLimits ?? defaultQueryLimits;
  const introspection = deps.introspection ?? true;
  const federationSdl = deps.federationSdl ?? introspection;
  const metrics = createMetrics(deps.database, schema, deps.metrics);
  const connectionCheckSlots = new ConnectionCheckSlots(
    deps.connectionCheckMaxConcurrentPerTenant ?? DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT,
    // About one check's deadline: by then a slot is free.
    Math.max(1, Math.ceil((deps.connectionCheckTimeoutMs ?? DEFAULT_CONNECTION_CHECK_TIMEOUT_MS) / 1000)),
  );
  const rows = new IntegrationRowCache(deps.rowCacheSize ?? DEFAULT_ROW_CACHE_SIZE);
  // CONNECTION_CHECK_DENY's default (link-local: cloud metadata stays out of reach), built once.
  const connectionCheckDeny = deps.connectionCheckDeny ?? defaultEgressDenyList();
  const knownKeys = new KnownKeys(deps.keyMemoryMs ?? DEFAULT_KEY_MEMORY_MS, deps.keyMemorySize ?? DEFAULT_KEY_MEMORY_SIZE);
  const authenticator = createAuthenticator(deps.database.db, knownKeys);
  const events = new EventHub(deps.database, {
    maxPerTenant: deps.events?.maxSubscriptionsPerTenant,
    pollMs: deps.events?.pollMs,
    keyRecheckMs: deps.events?.keyRecheckMs,
  });
  const yoga = createYoga<NodeServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsFor(deps.corsOrigins ?? []),
    // limitBodySize below in its place: Yoga's streams every body through a TransformStream.
    maxRequestBodySize: false,
    // No operation takes a file: a multipart body is refused (415) instead of being parsed.
    multipart: false,
    logging: false,
    ...graphiqlOptions({ enabled: deps.graphiql, defaults: deps.graphiqlDefaults }),
    // isDev off whatever NODE_ENV says: Yoga's development mode adds the original error and its stack.
    maskedErrors: { maskError, isDev: false },
    // Parsed documents cached by text as Yoga does; their validation remembered by validatedDocuments.
    parserAndValidationCache: { validationCache: false },
    // In order: a hook runs before the same hook of the plugins below it, and an execution hook
    // that refuses (setResultAndStopExecution) keeps the execution hooks below it from running.
    plugins: [
      // Each document validated once (its errors remembered): before every plugin that adds a rule.
      validatedDocuments(),
      // GraphiQL's page, which may carry the dev key, is never cached.
      graphiqlNotStored,
      // Every result: a code on each error, no input value quoted, the request id on masked failures.
      errorsWithoutInputValues(deps.logger),
      // The HTTP status from those codes (after them), whatever the Accept header.
      statusFromCodes,
      // Counts the body as it is read: an oversized one is refused (413), never read whole.
      limitBodySize(limits.maxBodyBytes),
      // A variables or extensions parameter that is not JSON: INVALID_ARGUMENT, not a masked SyntaxError.
      refuseMalformedParams,
      // Before parsing and validation: without a live key, no parse and no error that tells the schema.
      authenticator.plugin,
      // Before parsing too: a document or variables nested too deep would exhaust the parser's stack.
      limitInputNesting,
      // /health/* answered here without a key (onRequest: before any parameter is read).
      healthEndpoints(deps.database),
      // A browser sends a form post or a plain GET cross-site without a CORS preflight; one that
      // carries Authorization or x-apikey (every authenticated request) or x-graphql-yoga-csrf was preflighted.
      useCSRFPrevention({ requestHeaders: ['authorization', 'x-apikey', 'x-graphql-yoga-csrf'] }),
      // First of the execution hooks: a remembered key is proven live before anything runs or is answered.
      verifyKeyBeforeAnswering(schema),
      // Requests, durations and error codes per operation (observability.ts).
      metrics.plugin,
      // Depth, aliases, tokens and directives, at parsing and validation.
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives },
        // Armor counts only a literal first/last: limitWork counts every list with its size instead.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: !introspection },
      }),
      // Cost and list caps (query-cost.ts), before anything runs.
      limitWork(limits),
      // The result's size, measured once it is complete and before it is sent.
      limitResponseSize(limits.maxResponseBytes),
      // GRAPHQL_INTROSPECTION off: __schema and __type refused, and field suggestions (armor, above).
      ...(introspection ? [] : [useDisableIntrospection()]),
      // FEDERATION_SDL off: _service refused as introspection is.
      ...(federationSdl ? [] : [refuseFederationSdl]),
      // The operation name for the request log line.
      operationNames,
      // Text PostgreSQL cannot store (U+0000, lone surrogates), refused before anything runs.
      rejectUnstorableText,
      // Last: a request refused by anything above is not charged to the key's budgets.
      ...(deps.rateLimiter ? [rateLimits(deps.rateLimiter)] : []),
      // SSE messages of changeEvents carry the event id, which EventSource sends back as Last-Event-ID.
      sseEventIds,
      // Queries that come again run compiled (graphql-jit): http/plugins/compiled-queries.ts.
      ...(deps.jit === false ? [] : [compiledQueries()]),
    ],
    context: async ({ request, req }) => {
      const { auth, keyCheck } = await authenticator.authenticationOf(request);
      const scope = requestScopes.get(req);
      if (scope) scope.tenant = auth.tenantName;
      return createContext({
        db: deps.database.db,
        keyring: deps.keyring,
        auth,
        keyCheck,
        requestId: scope?.requestId ?? randomUUID(),
        outputs: deps.outputs,
        observeBatch: metrics.loaderBatch,
        connectionCheckTimeoutMs: deps.connectionCheckTimeoutMs,
        transferClockSkewSeconds: deps.transferClockSkewSeconds,
        connectionCheckDeny,
        connectionCheckSlots,
        rows,
        logger: deps.logger,
        events,
        lastEventId: request.headers.get('last-event-id'),
        webhooks: { allowHttp: deps.webhooks?.allowHttp === true, maxEndpoints: deps.webhooks?.maxEndpointsPerTenant },
      });
    },
  });
  return Object.assign(yoga, { logger: deps.logger, metrics, events });
}
