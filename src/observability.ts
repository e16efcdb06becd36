// What operators see: one structured log line per request, and Prometheus metrics (request counts
// and durations per operation from @graphql-yoga/plugin-prometheus; errors per code; DataLoader
// batch sizes; database pool use). Each gateway has its own registry, so tests can build many.
// Every label value comes from a bounded set: nothing a caller chooses becomes a label as it is.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createCounter, createHistogram, type FillLabelsFnParams, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { type DocumentNode, type GraphQLSchema, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseHandle } from './db/connect.js';

export interface Logger {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
  /** pino's: whether a line at this level would be written (loggers without it write every level). */
  isLevelEnabled?(level: string): boolean;
}

/** What is known about the request in flight; filled in as it passes through the layers. */
export interface RequestScope {
  requestId: string;
  startedAt: number;
  tenant?: string;
  operationName?: string;
  errorCodes: Set<string>;
}

/**
 * The scope of each request in flight, by its Node request (createHttpServerFor sets it). It travels
 * with Yoga's server context (`req`) rather than in an AsyncLocalStorage, whose promise hooks cost
 * every promise of every request time and memory.
 */
export const requestScopes = new WeakMap<object, RequestScope>();

/** The request's scope, from Yoga's server context or a GraphQL context (both carry `req`). */
export function scopeOf(context: unknown): RequestScope | undefined {
  const req = (context as { req?: object } | undefined)?.req;
  return req ? requestScopes.get(req) : undefined;
}

export interface MetricsOptions {
  /** Operation names reported as themselves (METRICS_OPERATION_NAMES); every other name is "other". */
  operationNames?: readonly string[];
  /** When set, /metrics answers only `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string;
  /** Whether the gateway's own port serves /metrics; false when it has a listener of its own (METRICS_PORT). */
  endpoint?: boolean;
}

export interface Metrics {
  registry: Registry;
  loaderBatch(loader: string, size: number): void;
  plugin: Plugin;
  /** Whether a request for /metrics may read them (METRICS_TOKEN), compared in constant time. */
  authorized(authorization: string | null | undefined): boolean;
}

const METRICS_PATH = '/metrics';
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);
const HTTP_METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);
/** Codes are ours, but a label should not trust even that: anything not shaped like one is "other". */
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

/**
 * The labels every GraphQL metric carries, each from a bounded set: the operation type, the
 * operation name if it is in the allow-list, and the root field by its schema name (aliases are
 * the caller's), "multiple" for several.
 */
function operationLabels(schema: GraphQLSchema, operationNames: ReadonlySet<string>) {
  const rootFields = new WeakMap<DocumentNode, Map<string | undefined, string>>();
  const rootFieldOf = (document: DocumentNode | undefined, operationName: string | undefined): string => {
    if (!document) return 'none';
    let byName = rootFields.get(document);
    let field = byName?.get(operationName);
    if (field !== undefined) return field;
    // The plugin names an unnamed operation 'Anonymous'.
    const operation = getOperationAST(document, operationName === 'Anonymous' ? undefined : operationName);
    const root = operation ? schema.getRootType(operation.operation) : undefined;
    const names = new Set(operation?.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…')) ?? []);
    const [only] = names;
    field = names.size > 1 ? 'multiple' : only && root?.getFields()[only] ? only : only === '__typename' ? '__typename' : 'other';
    if (!byName) {
      byName = new Map();
      rootFields.set(document, byName);
    }
    byName.set(operationName, field);
    return field;
  };
  return (params: FillLabelsFnParams) => ({
    operationType: params.operationType && OPERATION_TYPES.has(params.operationType) ? params.operationType : 'unknown',
    operationName:
      !params.operationName || params.operationName === 'Anonymous' ? 'anonymous' : operationNames.has(params.operationName) ? params.operationName : 'other',
    rootField: rootFieldOf(params.document, params.operationName),
  });
}

function sameSecret(given: string, expected: string): boolean {
  // Hashes first: equal lengths for timingSafeEqual, and nothing learnt from the token's length.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createMetrics(database: DatabaseHandle, schema: GraphQLSchema, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  // The process and the Node.js runtime: RSS, heap by space, event-loop delay, GC time. Collected
  // when /metrics is scraped (the GC and event-loop observers aside, which cost nothing per request).
  collectDefaultMetrics({ register: registry });
  const errors = new Counter({
    name: 'gateway_errors_total',
    help: 'GraphQL errors returned, by extensions.code (typed error members of mutation results are data, not errors).',
    labelNames: ['code'],
    registers: [registry],
  });
  const batches = new Histogram({
    name: 'gateway_dataloader_batch_size',
    help: 'Keys per DataLoader batch (each batch is one SQL statement).',
    labelNames: ['loader'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  });
  new Gauge({
    name: 'gateway_db_statements_total',
    help: 'SQL statements sent since start.',
    registers: [registry],
    collect() {
      this.set(database.statements.total);
    },
  });
  new Gauge({
    name: 'gateway_db_pool_connections',
    help: 'Database pool connections by state (PostgreSQL; PGlite has one connection).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = database.pool;
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });

  const countErrors: Plugin = {
    onResultProcess({ result, serverContext }) {
      const scope = scopeOf(serverContext);
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        for (const error of (one as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []) {
          const code = String(error.extensions?.code ?? 'UNKNOWN');
          errors.inc({ code: ERROR_CODE.test(code) ? code : 'other' });
          scope?.errorCodes.add(code);
        }
      }
    },
  };

  const labels = operationLabels(schema, new Set(options.operationNames ?? []));
  const operationLabelNames = ['operationType', 'operationName', 'rootField'] as const;
  // The plugin's own definitions of these metrics label by the operation name the request gives,
  // the path of each error (aliases and list indexes) and the request's URL with its query string:
  // all chosen by callers. These are the same metrics with bounded labels.
  const prometheus = usePrometheus({
    registry,
    endpoint: false,
    // Only these. The plugin turns on every other metric unless told not to, and two of them cost
    // more than the request's SQL: the deprecated-field counter walks each document with TypeInfo,
    // and the time summary keeps a t-digest (bench/README.md, "Where the time goes").
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'Counts the GraphQL operations executed.', labelNames: operationLabelNames },
        fillLabelsFn: labels,
        phases: ['execute', 'subscribe'],
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time spent on running the GraphQL operation from parse to execute',
          labelNames: operationLabelNames,
        },
        fillLabelsFn: labels,
        phases: ['execute', 'subscribe'],
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Counts the errors reported, by the phase that reported them.',
          labelNames: [...operationLabelNames, 'phase'],
        },
        fillLabelsFn: (params) => ({ ...labels(params), phase: params.errorPhase ?? 'execute' }),
        phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
      }),
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time spent on the HTTP request of a GraphQL operation',
          labelNames: [...operationLabelNames, 'method', 'statusCode'],
        },
        fillLabelsFn: (params, { request, response }: { request: Request; response: Response }) => ({
          ...labels(params),
          method: HTTP_METHODS.has(request.method) ? request.method : 'other',
          statusCode: response.status,
        }),
        phases: ['request'],
      }),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      // Execution is nearly all of a request here (parse and validate are cached): the request
      // duration says the same, without a second histogram and hook on every request.
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
    },
  });

  const authorized = (authorization: string | null | undefined) => {
    if (!options.token) return true;
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    return given !== undefined && sameSecret(given, options.token);
  };
  /** /metrics on the gateway's port, behind METRICS_TOKEN when it is set. */
  const endpoint: Plugin = {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!request.url.includes(METRICS_PATH) || url.pathname !== METRICS_PATH) return;
      if (!authorized(request.headers.get('authorization'))) {
        endResponse(
          new fetchAPI.Response('Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.\n', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),
        );
        return;
      }
      return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'Content-Type': registry.contentType } })));
    },
  };
  return {
    registry,
    authorized,
    loaderBatch: (loader, size) => batches.observe({ loader }, size),
    plugin: {
      onPluginInit: ({ addPlugin }) => {
        if (options.endpoint !== false) addPlugin(endpoint);
        addPlugin(prometheus);
        addPlugin(countErrors);
      },
    },
  };
}

/**
 * /metrics on a listener of its own (METRICS_PORT), so the public port need not serve it; behind
 * METRICS_TOKEN too when it is set. Anything but GET /metrics answers 404.
 */
export function createMetricsServer(metrics: Metrics): Server {
  return createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at GET /metrics.\n');
      return;
    }
    if (!metrics.authorized(req.headers.authorization)) {
      res
        .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
        .end('Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('The metrics could not be collected.\n'),
    );
  });
}
