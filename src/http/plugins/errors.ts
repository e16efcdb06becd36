// Error masking and codes: every error a client sees carries one of the API's codes, quotes no input
// value, and an unexpected failure shows only a request id (its details go to the log, once).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TooManyChecksInFlightError } from '../../checks/check-budget.js';
import { DomainError, ValidationError } from '../../core/errors.js';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { loggableError, rebuiltError, sanitizeError } from '../../error-text.js';
import { type Logger, scopeOf } from '../../observability.js';
import { RevokedKeyError } from '../../tenants/key-check.js';

/** UNAUTHENTICATED (HTTP 401, WWW-Authenticate: Bearer) with a message saying which key to send. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });
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

/** Yoga's maskError: domain errors become their codes, anything unexpected INTERNAL (or UNAVAILABLE). */
export function maskError(error: unknown): Error {
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
export function withCode(error: GraphQLError): GraphQLError {
  if (error.message === CSRF_REFUSED) {
    return new GraphQLError(
      'Refused as a possible cross-site request: send the API key in the Authorization header (or an x-graphql-yoga-csrf header) with this GET or form request.',
      { extensions: { ...error.extensions, code: 'PERMISSION_DENIED' } },
    );
  }
  const code = error.extensions?.code;
  if (typeof code === 'string' && !yogaRequestCodes.has(code)) return error;
  return rebuiltError(error, { extensions: { ...error.extensions, code: 'INVALID_ARGUMENT', ...(typeof code === 'string' ? { reason: code } : {}) } });
}

/**
 * Rewrites every error of every result so no message quotes an input value (see error-text.ts),
 * gives each a code, and puts the request id into masked failures (logging each once).
 */
export function errorsWithoutInputValues(logger: Logger): Plugin {
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
