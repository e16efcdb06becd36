// Checks on what a request carries that neither GraphQL nor the query limits cover, each refused
// with INVALID_ARGUMENT (HTTP 400; 413 for a body over the size limit) before anything runs:
// - size: a body over GRAPHQL_MAX_BODY_BYTES;
// - malformed parameters: `variables` or `extensions` that are not JSON in a GET query string or
//   a form-encoded body (Yoga parses those with a bare JSON.parse, whose error would be masked);
// - nesting: a document or variables nested deeper than MAX_INPUT_NESTING would exhaust the call
//   stack of the recursive parser, coercion or JSON code (an INTERNAL error, not the caller's);
// - unstorable text: PostgreSQL cannot store U+0000 in text or jsonb, nor an unpaired UTF-16
//   surrogate in jsonb, and no field needs either.
// Messages name the place, never the value.
import { GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Brackets in a document, levels in a variable's JSON; configs nest about 8 deep. */
export const MAX_INPUT_NESTING = 100;

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_ARGUMENT', http: { status: 400 } } });
}

const DECIMAL = /^\d+$/;

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is larger than ${limit} bytes. Send a smaller request.`, {
    extensions: { code: 'INVALID_ARGUMENT', reason: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

/**
 * Refuses a body over `limit` bytes with 413 (in place of Yoga's maxRequestBodySize, which streams
 * every body through a TransformStream and an AbortSignal, a measurable share of an update's CPU:
 * bench/README.md, "Figures behind the code"). Node's
 * HTTP parser never delivers more than a Content-Length, so a body that declares its length is
 * checked by the header alone; only a chunked body, which declares none, is counted as it is read.
 */
export function limitBodySize(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!DECIMAL.test(declared)) throw refused('The Content-Length header is not a number of bytes.');
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      let read = 0;
      const counted = body.pipeThrough(
        new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > limit) controller.error(tooLarge(limit));
            else controller.enqueue(chunk);
          },
        }),
      );
      const init = { method: request.method, headers: request.headers, body: counted, duplex: 'half' } as RequestInit;
      setRequestParser(() => requestParser(new fetchAPI.Request(request.url, init)));
    },
  };
}

export const refuseMalformedParams: Plugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (error instanceof SyntaxError) throw refused('The variables or extensions parameter is not valid JSON.');
        throw error;
      }
    });
  },
};

/** The deepest bracket nesting of a document's source, outside strings and comments. */
function documentNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (source.startsWith('"""', i)) {
      i += 3;
      while (i < source.length && !(source.startsWith('"""', i) && source[i - 1] !== '\\')) i++;
      i += 2;
    } else if (char === '"') {
      for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
    } else if (char === '{' || char === '[' || char === '(') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === '}' || char === ']' || char === ')') {
      depth--;
    }
  }
  return deepest;
}

/** Whether a JSON value nests deeper than `limit` (walked without recursion). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const inner of Object.values(current)) pending.push([inner, depth + 1]);
  }
  return false;
}

export const limitInputNesting: Plugin = {
  onParams({ params, setResult }) {
    const tooDeep =
      (typeof params.query === 'string' && documentNesting(params.query) > MAX_INPUT_NESTING) || nestsDeeperThan(params.variables, MAX_INPUT_NESTING + 1);
    if (tooDeep) {
      setResult({ errors: [refused(`The document or its variables nest more than ${MAX_INPUT_NESTING} levels deep.`)] });
    }
  },
};

const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isStorable = (text: string) => !text.includes('\u0000') && !unpairedSurrogate.test(text);

/** The path of the first unstorable string (or object key) in a variable's value. */
function unstorableAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorable(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (!isStorable(key)) return path;
    const found = unstorableAt(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

const unstorable = (where: string) => refused(`${where} holds a character that cannot be stored (U+0000 or an unpaired surrogate). Remove it and retry.`);

function refuseUnstorable({ args, setResultAndStopExecution }: Pick<Parameters<NonNullable<Plugin['onExecute']>>[0], 'args' | 'setResultAndStopExecution'>) {
  for (const [name, value] of Object.entries(args.variableValues ?? {})) {
    const path = unstorableAt(value, name);
    if (path) return setResultAndStopExecution({ errors: [unstorable(`Variable "$${name}" at "${path}"`)] });
  }
  // A literal holds such a character raw or through a \u escape; most documents have neither.
  const source = args.document.loc?.source.body;
  if (source !== undefined && !source.includes('\\u') && !source.includes('\u0000')) return;
  let inLiteral = false;
  visit(args.document, {
    [Kind.STRING]: (node) => {
      if (!isStorable(node.value)) inLiteral = true;
    },
  });
  if (inLiteral) setResultAndStopExecution({ errors: [unstorable('A string literal in the document')] });
}

// Subscriptions run through subscribe, not execute: each refusing plugin has both hooks.
export const rejectUnstorableText: Plugin = { onExecute: refuseUnstorable, onSubscribe: refuseUnstorable };
