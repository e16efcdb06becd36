// The Node HTTP server around the gateway: each request's id (x-request-id) and scope, its log
// line, and the timeouts that keep slow clients from holding connections.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger as PinoLogger } from 'pino';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from '../config.js';
import { requestScopes } from '../observability.js';

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
  const server = createHttpServer(serverOptions, (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    const scope = { requestId, startedAt: performance.now(), errorCodes: new Set<string>() };
    res.setHeader('x-request-id', requestId);
    // The request's log line is at info: below that level (production's warn) there is nothing to write.
    if (gateway.logger.isLevelEnabled('info')) {
      res.on('finish', () => {
        const path = pathOf(req);
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
