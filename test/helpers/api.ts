// A real server for a test: the gateway on a loopback port with a new tenant and its keys, and a
// client that speaks GraphQL over HTTP with typed documents from codegen.
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { pino } from 'pino';
import { expect, inject, onTestFinished } from 'vitest';
import type { EgressDenyList } from '../../src/checks/egress.js';
import type { ServiceOutputs } from '../../src/context.js';
import type { DatabaseHandle } from '../../src/db/connect.js';
import { createMetricsServer, type MetricsOptions } from '../../src/observability.js';
import type { RateLimiter } from '../../src/rate-limit.js';
import { generateKey, Keyring } from '../../src/secrets/keyring.js';
import { createGateway, createHttpServerFor, type QueryLimits, type ServerDeps } from '../../src/server.js';
import { createApiKey } from '../../src/tenants/api-key.service.js';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: ExecutionResult<T> & { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface TestApi {
  url: string;
  /** The gateway's keyring (a webhook worker of the test decrypts signing secrets with it). */
  keyring: Keyring;
  /** The server's origin, e.g. http://127.0.0.1:41234, for /health and /metrics. */
  origin: string;
  /** The origin of the metrics' own listener, when `metricsListener` asked for one. */
  metricsOrigin?: string;
  database: DatabaseHandle;
  tenant: string;
  writeKey: string;
  readKey: string;
  /** A sync worker's key (read, and reportTransfer). */
  syncKey: string;
  /** Every log line the server wrote, as text. */
  logs: string[];
  request<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V, options?: { key?: string | null }): Promise<GraphQLResponse<T>>;
  /** Another tenant on the same server, with its own keys. */
  otherTenant(): Promise<{ tenant: string; writeKey: string; readKey: string; syncKey: string }>;
}

async function newTenant(database: DatabaseHandle) {
  const tenant = `t-${randomBytes(5).toString('hex')}`;
  const write = await createApiKey(database.db, { tenant, scope: 'write', name: `${tenant} writer` });
  const read = await createApiKey(database.db, { tenant, scope: 'read', name: `${tenant} reader` });
  const sync = await createApiKey(database.db, { tenant, scope: 'sync', name: `${tenant} sync worker` });
  return { tenant, writeKey: write.key, readKey: read.key, syncKey: sync.key };
}

/** Starts a gateway on 127.0.0.1 with a new tenant; it is stopped when the test finishes. */
export async function startTestApi(
  database: DatabaseHandle,
  options: {
    keyring?: Keyring;
    rateLimiter?: RateLimiter;
    introspection?: boolean;
    federationSdl?: boolean;
    corsOrigins?: string[];
    outputs?: ServiceOutputs;
    connectionCheckTimeoutMs?: number;
    connectionCheckDeny?: EgressDenyList;
    keepAliveTimeoutMs?: number;
    requestTimeoutMs?: number;
    keyMemoryMs?: number;
    keyMemorySize?: number;
    queryLimits?: QueryLimits;
    metrics?: MetricsOptions;
    /** Serve /metrics on a listener of its own (as METRICS_PORT does), on another loopback port. */
    metricsListener?: boolean;
    connectionCheckMaxConcurrentPerTenant?: number;
    events?: ServerDeps['events'];
    webhooks?: ServerDeps['webhooks'];
  } = {},
): Promise<TestApi> {
  const logs: string[] = [];
  // Every line also goes to a file per test process, which the global teardown scans for secrets.
  const logFile = join(inject('serverLogDir'), `${process.pid}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      appendFileSync(logFile, chunk);
      done();
    },
  });
  const keyring = options.keyring ?? new Keyring(generateKey());
  const gateway = createGateway({
    database,
    keyring,
    logger: pino({ level: 'info' }, sink),
    rateLimiter: options.rateLimiter,
    introspection: options.introspection,
    federationSdl: options.federationSdl,
    corsOrigins: options.corsOrigins,
    outputs: options.outputs,
    connectionCheckTimeoutMs: options.connectionCheckTimeoutMs,
    connectionCheckDeny: options.connectionCheckDeny,
    keyMemoryMs: options.keyMemoryMs,
    keyMemorySize: options.keyMemorySize,
    queryLimits: options.queryLimits,
    metrics: options.metricsListener ? { ...options.metrics, endpoint: false } : options.metrics,
    connectionCheckMaxConcurrentPerTenant: options.connectionCheckMaxConcurrentPerTenant,
    events: options.events,
    webhooks: options.webhooks,
  });
  const server = createHttpServerFor(gateway, { keepAliveTimeoutMs: options.keepAliveTimeoutMs, requestTimeoutMs: options.requestTimeoutMs });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        void gateway.events.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  let metricsOrigin: string | undefined;
  if (options.metricsListener) {
    const metricsServer = createMetricsServer(gateway.metrics);
    await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => metricsServer.close(() => resolve())));
    metricsOrigin = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}`;
  }
  const keys = await newTenant(database);

  return {
    url,
    keyring,
    origin: new URL(url).origin,
    metricsOrigin,
    database,
    logs,
    ...keys,
    otherTenant: () => newTenant(database),
    async request(document, variables, requestOptions = {}) {
      const key = requestOptions.key === undefined ? keys.writeKey : requestOptions.key;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
  };
}

/** The answer of an operation's one root field; a top-level error (a refused request) fails the test. */
export async function rootFieldOf<T>(api: TestApi, document: string, variables: Record<string, unknown>, key?: string): Promise<T> {
  const response = await api.request<Record<string, T>, Record<string, unknown>>(document, variables, { key });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return Object.values(response.body.data ?? {})[0] as T;
}
