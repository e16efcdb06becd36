// graphql-js and scalar parsers quote the offending input value in their messages ("Variable
// "$input" got invalid value { password: "…" }", "String cannot represent … value: …"). Input may
// hold a secret, so every error message leaves the service without the values it quoted, and so
// does every unexpected error the server logs (loggableError).
import { GraphQLError } from 'graphql';

/**
 * graphql-js's syntax errors quote the token they stopped at (`found String "…"`, `Unexpected Name
 * "…"`) or the character (`Unexpected character: "…"`): a string literal of the document may be a
 * secret, so the token's kind and its location stay, its text goes.
 */
function withoutQuotedToken(text: string): string {
  if (!text.startsWith('Syntax Error: ')) return text;
  return text.replace(/ (Name|String|BlockString|Int|Float|Comment) "[\s\S]*"\.$/, ' $1.').replace(/^(Syntax Error: [^"]*?): "[\s\S]*"\.$/, '$1.');
}

function withoutQuotedValue(text: string): string {
  return withoutQuotedToken(text)
    .replace(/(cannot represent[^:]*?)(?::| an invalid [\w-]+-string) [\s\S]*$/, '$1.')
    .replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, '$1, found another value.')
    .replace(/^Value [\s\S]* does not exist in "(\w+)" enum\./, 'The value does not exist in "$1" enum.')
    .replace(/(is not a valid [^:]*?):[\s\S]*$/, '$1.');
}

export function withoutInputValues(message: string, innerMessage?: string): string {
  const variable = /^Variable "(\$\w+)" got invalid value /.exec(message);
  if (!variable) return withoutQuotedValue(message);
  const head = innerMessage && message.endsWith(`; ${innerMessage}`) ? message.slice(0, -(innerMessage.length + 2)) : message;
  const at = / at "([\w$.[\]]+)"$/.exec(head);
  const reason = innerMessage ? withoutQuotedValue(innerMessage) : 'it does not match the variable type.';
  return `Variable "${variable[1]}" got an invalid value${at ? ` at "${at[1]}"` : ''}; ${reason}`;
}

/**
 * Extensions no error may carry out: Yoga puts the JSON parser's error, which quotes the body it
 * refused, under `originalError`, and development modes of servers put stacks under the others.
 */
const internalExtensions = ['originalError', 'stack', 'stacktrace', 'exception'];

export function sanitizeError(error: GraphQLError): GraphQLError {
  const message = withoutInputValues(error.message, error.originalError?.message);
  const extensions = error.extensions ?? {};
  const leaking = internalExtensions.some((key) => key in extensions);
  if (message === error.message && !leaking) return error;
  return rebuiltError(error, {
    message,
    extensions: leaking ? Object.fromEntries(Object.entries(extensions).filter(([key]) => !internalExtensions.includes(key))) : extensions,
    // The cause may quote the input: a sanitized error does not carry it on.
    keepCause: false,
  });
}

/** The same error (its place in the document and the result) with new extensions, a new message or without its cause. */
export function rebuiltError(error: GraphQLError, changes: { extensions: Record<string, unknown>; message?: string; keepCause?: boolean }): GraphQLError {
  return new GraphQLError(changes.message ?? error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: changes.keepCause === false ? undefined : error.originalError,
    extensions: changes.extensions,
  });
}

/**
 * What the log keeps of an unexpected error: its class, SQLSTATE, message and stack, with the
 * quoted part of the message replaced by "…" (PostgreSQL and JSON.parse quote the value they
 * refused there, and a value may be a secret). A database error's detail, hint, where, internal
 * query and parameters are left out: they quote the row and the values sent. The cause, if any,
 * is kept the same way.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  // From the first quote to the last (or to the end, for a lone one): a quoted value may itself
  // hold quotes (JSON.parse quotes the text it refused), so pairs cannot be trusted.
  const message = error.message.replace(/"[\s\S]*"|"[\s\S]*$/, '"…"');
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
    ...(error.cause !== undefined && depth < 3 ? { cause: loggableError(error.cause, depth + 1) } : {}),
  };
}
