// What operators see: one structured log line per request, and Prometheus metrics (request counts
// and durations per operation from @graphql-yoga/plugin-prometheus; errors per code; DataLoader
// batch sizes; database pool use). Each gateway has its own registry, so tests can build many.
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
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

export interface Metrics {
  registry: Registry;
  loaderBatch(loader: string, size: number): void;
  plugin: Plugin;
}

export function createMetrics(database: DatabaseHandle): Metrics {
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
          errors.inc({ code });
          scope?.errorCodes.add(code);
        }
      }
    },
  };
  const prometheus = usePrometheus({
    registry,
    endpoint: '/metrics',
    // Only these. The plugin turns on every other metric unless told not to, and two of them cost
    // more than the request's SQL: the deprecated-field counter walks each document with TypeInfo,
    // and the time summary keeps a t-digest (bench/README.md, "Where the time goes").
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_yoga_http_duration: true,
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
  return {
    registry,
    loaderBatch: (loader, size) => batches.observe({ loader }, size),
    plugin: { onPluginInit: ({ addPlugin }) => {
      addPlugin(prometheus);
      addPlugin(countErrors);
    } },
  };
}
