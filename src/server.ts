// createGateway(deps): the Yoga app with authentication, rate limits, query limits, error masking,
// health endpoints, metrics and the GraphiQL playground. No globals: tests build as many as they like.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type FieldNode, getOperationAST, GraphQLError, Kind, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { sql } from 'kysely';
import { ConnectionCheckSlots, DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT, TooManyChecksInFlightError } from './checks/check-budget.js';
import { DEFAULT_CONNECTION_CHECK_TIMEOUT_MS } from './checks/check.js';
import { defaultEgressDenyList } from './checks/egress.js';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from './config.js';
import { type Context, createContext, type ServiceOutputs } from './context.js';
import type { DatabaseHandle } from './db/connect.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { loggableError, sanitizeError } from './error-text.js';
import { statusFromCodes } from './http-status.js';
import { limitBodySize, limitInputNesting, refuseMalformedParams, rejectUnstorableText } from './input-checks.js';
import { DomainError, ValidationError } from './core/errors.js';
import { DEFAULT_ROW_CACHE_SIZE, IntegrationRowCache } from './integrations/row-cache.js';
import { isLocalRequest } from './local-request.js';
import { createMetrics, type Logger, type Metrics, type MetricsOptions, requestScopes, scopeOf } from './observability.js';
import { limitWork, workOf } from './query-cost.js';
import type { Budget, RateLimiter } from './rate-limit.js';
import { limitResponseSize } from './response-size.js';
import { schema } from './schema/index.js';
import type { Keyring } from './secrets/keyring.js';
import { apiKeyHashOf, type AuthenticatedKey, authenticateApiKeyHash } from './tenants/api-key.service.js';
import { DEFAULT_KEY_MEMORY_MS, DEFAULT_KEY_MEMORY_SIZE, KeyCheck, KnownKeys, RevokedKeyError, UNKNOWN_KEY_MESSAGE } from './tenants/key-check.js';

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
  logger: Logger;
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
}

/**
 * A masked error that still needs the request's id, which maskError (called without the request)
 * does not know: errorsWithoutInputValues, which has the request, finishes it and writes the log line.
 */
const awaitingRequestId = new WeakMap<GraphQLError, (requestId: string, logger: Logger) => GraphQLError>();

/** A masked failure whose message and log line take the request id once it is known. */
function maskedWithRequestId(
  path: GraphQLError['path'],
  extensions: Record<string, unknown>,
  message: (requestId: string) => string,
  log: (requestId: string, logger: Logger) => void,
): GraphQLError {
  const masked = new GraphQLError(message('unknown'), { path, extensions });
  awaitingRequestId.set(masked, (requestId, logger) => {
    log(requestId, logger);
    return new GraphQLError(message(requestId), { path, extensions: { ...extensions, requestId } });
  });
  return masked;
}

function maskError(error: unknown): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError) return error as Error;
  if (original instanceof RevokedKeyError) return unauthenticated(original.message);
  if (original instanceof TooManyChecksInFlightError) {
    return new GraphQLError(original.message, {
      path: (error as GraphQLError).path,
      extensions: {
        code: 'RESOURCE_EXHAUSTED',
        retryAfterSeconds: original.retryAfterSeconds,
        http: { status: 429, headers: { 'Retry-After': String(original.retryAfterSeconds) } },
      },
    });
  }
  if (original instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original instanceof ValidationError) extensions.fieldErrors = original.fieldErrors;
    return new GraphQLError(original.message, { extensions, path: (error as GraphQLError).path });
  }
  const path = (error as GraphQLError).path;
  if (isDatabaseUnavailable(original)) {
    return maskedWithRequestId(
      path,
      { code: 'UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': '5' } } },
      () => 'The database is unavailable right now. Retry in a few seconds.',
      (requestId, logger) => logger.warn({ requestId, err: { code: (original as { code?: string }).code } }, 'database unavailable'),
    );
  }
  return maskedWithRequestId(
    path,
    { code: 'INTERNAL' },
    (requestId) => `Internal error. Quote request id ${requestId} when you report it.`,
    // Message and stack, without the values they quote or a database error's detail (loggableError).
    // Under `error`, not `err`: pino's err serializer would copy it again and call it an Object.
    (requestId, logger) => logger.error({ requestId, error: loggableError(original) }, 'unexpected error'),
  );
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });
}

function healthEndpoints(database: DatabaseHandle): Plugin {
  return {
    // Every request passes here: a look at the URL's text first, so the others neither parse it
    // (each read of `url` builds a new URL) nor become a promise.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!request.url.includes('/health/')) return;
      const { pathname } = url;
      if (pathname === '/health/live') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (pathname === '/health/ready') {
        return sql`/* readinessCheck */ select 1`.execute(database.db).then(
          () => endResponse(fetchAPI.Response.json({ status: 'ok', database: 'ok' })),
          () => endResponse(fetchAPI.Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503 })),
        );
      }
    },
  };
}

/** Root fields whose statement proves the key live where it changes a row (guardedWrite). */
const fieldsThatCheckTheKey = new Set(['updateIntegration', 'deleteIntegration', '__typename']);

function keyCheckedByItsWrites(operation: OperationDefinitionNode | null | undefined): boolean {
  return (
    operation?.operation === 'mutation' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && fieldsThatCheckTheKey.has(s.name.value))
  );
}

/**
 * A result with no data whose errors include the database's unavailability: it answers UNAVAILABLE
 * and shows nothing, so asking the same database about the key would only double the wait.
 */
function onlyUnavailable(result: unknown): boolean {
  const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
  return (
    errors?.some((e) => isDatabaseUnavailable(e.originalError)) === true &&
    (data == null || Object.values(data).every((value) => value === null))
  );
}

/**
 * Decides, for a request whose key was remembered rather than checked (tenants/key-check.ts), that
 * the key is live before anything is answered: before execution with the key check statement, or,
 * for updates and deletes only, through their own write, then with the key check after execution
 * if no write said so. A revoked key gets UNAUTHENTICATED (HTTP 401) and nothing else.
 */
const verifyKeyBeforeAnswering: Plugin<Context> = {
  onExecute({ args, setResultAndStopExecution }) {
    const { keyCheck } = args.contextValue;
    if (!keyCheck.pending) return;
    if (!keyCheckedByItsWrites(getOperationAST(args.document, args.operationName))) {
      return Promise.resolve(keyCheck.live()).then((live) => {
        if (!live) setResultAndStopExecution({ errors: [unauthenticated(UNKNOWN_KEY_MESSAGE)] });
      });
    }
    return {
      onExecuteDone({ result, setResult }) {
        if (!keyCheck.pending || onlyUnavailable(result)) return;
        return Promise.resolve(keyCheck.live()).then((live) => {
          if (!live) setResult({ errors: [unauthenticated(UNKNOWN_KEY_MESSAGE)] });
        });
      },
    };
  },
};

const budgetNames: Record<Budget, string> = {
  readQueries: 'queries',
  writeQueries: 'queries',
  mutations: 'mutations (one point per mutation field, aliases counted)',
  connectionChecks: 'connection checks (one point per testIntegration field)',
};

/**
 * Charges the calling key for the work an operation asks for, before any of it runs: a query
 * `queryPoints(cost)` points of its query budget; a mutation one point per root field (aliases
 * count) and, for each testIntegration field, one point of the connection-check budget. All or
 * nothing: over any budget, HTTP 429 with Retry-After and nothing runs.
 */
function rateLimits(limiter: RateLimiter): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const { auth } = args.contextValue;
      const work = workOf(args);
      if (!work) return;
      const isMutation = getOperationAST(args.document, args.operationName)?.operation === 'mutation';
      const decision = await limiter.consume(
        auth.keyId,
        isMutation
          ? [
              { budget: 'mutations', points: Math.max(1, work.mutationFields) },
              { budget: 'connectionChecks', points: work.connectionChecks },
            ]
          : [{ budget: auth.scope === 'write' ? 'writeQueries' : 'readQueries', points: limiter.queryPoints(work.cost) }],
      );
      if (decision.allowed) return;
      const { budget, points, perWindow, retryAfterSeconds } = decision;
      const advice =
        points > perWindow
          ? `This operation needs ${points} points, more than the ${perWindow} the key has per window: split it into smaller operations.`
          : `This operation needs ${points} points and fewer are left in this window. Retry after ${retryAfterSeconds} s${points > 1 ? ', or ask for less at once' : ''}.`;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`This API key is over its rate limit for ${budgetNames[budget]}. ${advice}`, {
            extensions: {
              code: 'RESOURCE_EXHAUSTED',
              retryAfterSeconds,
              http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
            },
          }),
        ],
      });
    },
  };
}

/** The message of @graphql-yoga/plugin-csrf-prevention's refusal, reworded by withCode. */
const CSRF_REFUSED = 'Required CSRF header(s) not present';

/**
 * Yoga's own codes for a request that does not parse, validate or coerce, is not a GraphQL request
 * it takes (BAD_REQUEST), or names no operation of its document (OPERATION_RESOLUTION_FAILURE).
 */
const yogaRequestCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Every error carries one of the API's codes. The ones graphql-js, Yoga and graphql-armor raise
 * before execution (a document or variable that does not fit the schema, a query limit) come with
 * no code or one of Yoga's: all mean the request itself must change, so INVALID_ARGUMENT (Yoga's
 * code stays in `extensions.reason`).
 */
function withCode(error: GraphQLError): GraphQLError {
  if (error.message === CSRF_REFUSED) {
    return new GraphQLError(
      'Refused as a possible cross-site request: send the API key in the Authorization header (or an x-graphql-yoga-csrf header) with this GET or form request.',
      { extensions: { ...error.extensions, code: 'PERMISSION_DENIED' } },
    );
  }
  const code = error.extensions?.code;
  if (typeof code === 'string' && !yogaRequestCodes.has(code)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'INVALID_ARGUMENT', ...(typeof code === 'string' ? { reason: code } : {}) },
  });
}

/**
 * Rewrites every error of every result so no message quotes an input value (see error-text.ts),
 * gives each a code, and puts the request id into masked failures (logging each once).
 */
function errorsWithoutInputValues(logger: Logger): Plugin {
  return {
    onResultProcess({ result, setResult, serverContext }) {
      const finish = (e: GraphQLError) => {
        const withId = awaitingRequestId.get(e);
        return withId ? withId(scopeOf(serverContext)?.requestId ?? 'unknown', logger) : withCode(sanitizeError(e));
      };
      const sanitize = (one: { errors?: readonly GraphQLError[] }) =>
        one.errors ? { ...one, errors: one.errors.map((e) => (e instanceof GraphQLError ? finish(e) : e)) } : one;
      setResult((Array.isArray(result) ? result.map(sanitize) : sanitize(result as never)) as never);
    },
  };
}

const SDL_REFUSED =
  'This server does not serve _service { sdl } (FEDERATION_SDL, which follows GRAPHQL_INTROSPECTION by default). Compose the supergraph from the subgraph.graphql published with the service, or have the operator set FEDERATION_SDL=on for a router that fetches it.';

/**
 * Refuses `_service` (aliased, in a fragment, anywhere on Query) at validation, as
 * useDisableIntrospection refuses `__schema`: the SDL is the whole schema, so it follows the same
 * policy unless a router is meant to fetch it. `_entities` is untouched: routing needs it.
 */
const refuseFederationSdl: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) => ({
      Field(node: FieldNode) {
        if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
          context.reportError(new GraphQLError(SDL_REFUSED, { nodes: [node], extensions: { code: 'PERMISSION_DENIED', http: { status: 403 } } }));
        }
      },
    }));
  },
};

/**
 * CORS for the listed origins only. Any other origin (and a request without one) gets no
 * Access-Control-* header at all, so a browser keeps the answer from the page; a preflight is
 * answered 204 with nothing allowed. Never `*`, never the literal origin `null` (what Yoga's array
 * form answers a stranger, and what sandboxed frames send), never credentials: the API uses no cookies.
 */
function corsFor(origins: readonly string[]): NonNullable<Parameters<typeof createYoga>[0]['cors']> {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-graphql-yoga-csrf', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'www-authenticate'],
      maxAge: 600,
    };
  };
}

/** Notes the operation name for the request log line. */
const operationNames: Plugin<Context> = {
  onExecute({ args }) {
    const scope = scopeOf(args.contextValue);
    if (scope) scope.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? args.operationName ?? undefined;
  },
};

export type Gateway = YogaServerInstance<{ req: IncomingMessage; res: ServerResponse }, Context> & { logger: Logger; metrics: Metrics };

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
  const { db } = deps.database;
  /** The key check now, or, for a key remembered, a check that runs when the request needs it. */
  const authenticate = async (keyHash: string): Promise<{ auth: AuthenticatedKey; keyCheck?: KeyCheck }> => {
    const known = knownKeys.get(keyHash);
    const check = async () => {
      const auth = await authenticateApiKeyHash(db, keyHash);
      if (auth) knownKeys.confirmed(keyHash, auth);
      else knownKeys.forget(keyHash);
      return auth;
    };
    if (known) return { auth: known, keyCheck: new KeyCheck(async () => (await check()) !== null) };
    const auth = await check();
    if (!auth) throw unauthenticated(UNKNOWN_KEY_MESSAGE);
    return { auth };
  };
  /** The key of the Authorization header, authenticated; UNAUTHENTICATED without a live one. */
  const authenticateRequest = (request: Request) => {
    const header = request.headers.get('authorization');
    if (!header) throw unauthenticated('Send an API key: Authorization: Bearer <key>.');
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const keyHash = key ? apiKeyHashOf(key) : null;
    if (!keyHash) throw unauthenticated(UNKNOWN_KEY_MESSAGE);
    return authenticate(keyHash);
  };
  const authenticated = new WeakMap<Request, Awaited<ReturnType<typeof authenticate>>>();
  /**
   * Authenticates before the document is parsed or validated: a caller without a live key learns
   * nothing about the schema from its errors, and costs no parsing. The context takes the result.
   */
  const authenticateFirst: Plugin = {
    onParams({ request, setResult }) {
      const refuse = (error: unknown) => {
        if (!(error instanceof GraphQLError)) throw error;
        setResult({ errors: [error] });
      };
      try {
        return authenticateRequest(request).then((result) => void authenticated.set(request, result), refuse);
      } catch (error) {
        refuse(error);
      }
    },
  };
  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsFor(deps.corsOrigins ?? []),
    // limitBodySize below in its place: Yoga's streams every body through a TransformStream.
    maxRequestBodySize: false,
    // No operation takes a file: a multipart body is refused (415) instead of being parsed.
    multipart: false,
    logging: false,
    // GraphiQL with its assets served from this package, not a CDN: it works offline and behind firewalls.
    // Imported on first use: the bundle it inlines is ~75 MB of RSS, which a server with GraphiQL
    // off (production) never needs.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    // The prefilled headers hold the first start's dev key: only a browser on this machine gets them
    // (local-request.ts); any other client gets GraphiQL with empty headers.
    graphiql:
      deps.graphiql === false
        ? false
        : (request, { req }) => ({
            title: 'Integrations gateway',
            defaultQuery: deps.graphiqlDefaults?.query,
            headers:
              deps.graphiqlDefaults?.headers && isLocalRequest(req.socket.remoteAddress, request.headers)
                ? JSON.stringify(deps.graphiqlDefaults.headers)
                : undefined,
          }),
    // isDev off whatever NODE_ENV says: Yoga's development mode adds the original error and its stack.
    maskedErrors: { maskError, isDev: false },
    plugins: [
      errorsWithoutInputValues(deps.logger),
      statusFromCodes,
      limitBodySize(limits.maxBodyBytes),
      refuseMalformedParams,
      authenticateFirst,
      limitInputNesting,
      healthEndpoints(deps.database),
      // A browser sends a form post or a plain GET cross-site without a CORS preflight; one that
      // carries Authorization (every authenticated request) or x-graphql-yoga-csrf was preflighted.
      useCSRFPrevention({ requestHeaders: ['authorization', 'x-graphql-yoga-csrf'] }),
      verifyKeyBeforeAnswering,
      metrics.plugin,
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives },
        // Armor counts only a literal first/last: limitWork counts every list with its size instead.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: !introspection },
      }),
      limitWork(limits),
      limitResponseSize(limits.maxResponseBytes),
      ...(introspection ? [] : [useDisableIntrospection()]),
      ...(federationSdl ? [] : [refuseFederationSdl]),
      operationNames,
      rejectUnstorableText,
      ...(deps.rateLimiter ? [rateLimits(deps.rateLimiter)] : []),
    ],
    context: async ({ request, req }) => {
      const { auth, keyCheck } = authenticated.get(request) ?? (await authenticateRequest(request));
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
      });
    },
  });
  return Object.assign(yoga, { logger: deps.logger, metrics });
}

/**
 * The Node HTTP server around the gateway: gives each request an id (x-request-id) and a scope,
 * and writes one log line per request when its response is finished.
 */
export function createHttpServerFor(gateway: Gateway, options: { keepAliveTimeoutMs?: number; requestTimeoutMs?: number } = {}): Server {
  // A client that sends its request slowly holds a connection and its memory: it gets 408 once the
  // whole request has taken longer than this. Node checks every connectionsCheckingInterval (30 s
  // by default), so the check runs at least once a second.
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const serverOptions = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 60_000),
    connectionsCheckingInterval: Math.min(1000, requestTimeout),
  };
  const server = createHttpServer(serverOptions, (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const scope = { requestId, startedAt: performance.now(), errorCodes: new Set<string>() };
    res.setHeader('x-request-id', requestId);
    // The request's log line is at info: below that level (production's warn) there is nothing to write.
    if (gateway.logger.isLevelEnabled?.('info') !== false) {
      res.on('finish', () => {
        const path = (req.url ?? '').split('?')[0];
        if (path.startsWith('/health/')) return;
        gateway.logger.info(
          {
            requestId,
            method: req.method,
            path,
            status: res.statusCode,
            durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
            operationName: (scope as { operationName?: string }).operationName,
            tenant: (scope as { tenant?: string }).tenant,
            outcome: scope.errorCodes.size > 0 ? [...scope.errorCodes].join(',') : 'ok',
          },
          'request',
        );
      });
    }
    requestScopes.set(req, scope);
    return gateway(req, res);
  });
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  return server;
}
