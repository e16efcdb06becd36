// Which failures mean "the database cannot be reached or is not serving right now" (the client
// should retry: UNAVAILABLE, HTTP 503) rather than a bug (INTERNAL). node-postgres has no error
// class for this, so the knowledge of its codes and of its few code-less errors lives here, once.

/** Node's socket errors on the way to the database. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * SQLSTATEs: class 08 (connection exception), class 53 (insufficient resources, e.g. too many
 * connections), 57P01–57P04 (admin shutdown, crash shutdown, cannot connect now, database dropped)
 * and 57014 (query canceled: the statement timeout, since nothing here cancels statements otherwise).
 */
const UNAVAILABLE_SQLSTATE = /^(?:08\w{3}|53\w{3}|57P0[1-4]|57014)$/;

/**
 * Errors pg and Kysely raise without a code: a connection that ended ("Connection terminated
 * unexpectedly", "… due to connection timeout"), the pool's connect timeout, the client-side query
 * timeout, a client used after its connection failed ("… is not queryable"), and Kysely's refusal
 * to reuse a connection whose rollback failed.
 */
const CODELESS_MESSAGES = [
  /^Connection terminated\b/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Postgres connection has been discarded$/,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  if (typeof e.message === 'string' && CODELESS_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  // Node reports a failed connect to several addresses as an AggregateError; wrappers keep a cause.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
