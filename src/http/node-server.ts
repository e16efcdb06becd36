// The Node HTTP server around the gateway: each request's id (x-request-id) and scope, its log line
// (pino-http), and the timeouts that keep slow clients from holding connections.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from '../config.js';
import { type RequestScope, requestScopes } from '../observability.js';

/** What Yoga's server context holds: Node's request and response. */
export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** What the server needs of a gateway: to answer a Node request, and a pino logger for the request log. */
export type NodeHandler = ((req: IncomingMessage, res: ServerResponse) => unknown) & { logger: PinoLogger };

/** The request's path without its query string, which may carry a credential or a value that must not be logged. */
const pathOf = (req: IncomingMessage) => (req.url ?? '').split('?')[0];

/**
 * One line per request at info, `msg: "request"`, when its response is finished: request id,
 * method, path, status, duration, operation name, tenant and outcome (the error codes, or ok).
 * Nothing else of the request: no headers (Authorization), no query string. None for /health/*, none
 * for a response that never finished (the client went away), and no listener at all when info is
 * off (production's warn).
 */
function requestLog(logger: PinoLogger): ((req: IncomingMessage, res: ServerResponse) => void) | undefined {
  if (!logger.isLevelEnabled('info')) return undefined;
  const line = (req: IncomingMessage, res: ServerResponse) => {
    const scope = requestScopes.get(req) as RequestScope;
    return {
      method: req.method,
      path: pathOf(req),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
      operationName: scope.operationName,
      tenant: scope.tenant,
      outcome: scope.errorCodes.size > 0 ? [...scope.errorCodes].join(',') : 'ok',
    };
  };
  return pinoHttp({
    logger,
    genReqId: (req) => (requestScopes.get(req) as RequestScope).requestId,
    customAttributeKeys: { reqId: 'requestId' },
    // The request's own logger carries the id only: pino-http's req and res objects (with headers) are never built.
    quietReqLogger: true,
    quietResLogger: true,
    wrapSerializers: false,
    serializers: { req: () => undefined, res: () => undefined, err: () => undefined },
    autoLogging: { ignore: (req) => pathOf(req).startsWith('/health/') },
    // One level for every status (a 5xx's cause is logged where it happened, see plugins/errors.ts).
    customLogLevel: (_req, res) => (res.writableFinished ? 'info' : 'silent'),
    customSuccessObject: (req, res) => line(req, res),
    customErrorObject: (req, res) => line(req, res),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
  });
}

/**
 * The Node HTTP server around the gateway: gives each request an id (x-request-id, the client's
 * when it is a plain token of at most 64 characters) and a scope, and writes its log line.
 */
export function createHttpServerFor(gateway: NodeHandler, options: { keepAliveTimeoutMs?: number; requestTimeoutMs?: number } = {}): Server {
  // A client that sends its request slowly holds a connection and its memory: it gets 408 once the
  // whole request has taken longer than this. Node checks every connectionsCheckingInterval (30 s
  // by default), so the check runs at least once a second.
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const serverOptions = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 60_000),
    connectionsCheckingInterval: Math.min(1000, requestTimeout),
  };
  const log = requestLog(gateway.logger);
  const server = createHttpServer(serverOptions, (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    requestScopes.set(req, { requestId, startedAt: performance.now(), errorCodes: new Set<string>() });
    res.setHeader('x-request-id', requestId);
    log?.(req, res);
    return gateway(req, res);
  });
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  return server;
}
