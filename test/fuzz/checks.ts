// What every fuzzed request must satisfy, whatever was sent: no 5xx, no INTERNAL (or an error
// without a code, which is what an unmasked failure would look like), no stack trace, no secret;
// and, at the end, a server that still answers.
import { expect } from 'vitest';
import type { TestApi } from '../helpers/api.js';
import { SECRET_MARKER } from './values.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends a request to the API's /graphql as it is; `body` objects are sent as JSON. */
export async function send(
  api: TestApi,
  body: unknown,
  init: { method?: string; headers?: Record<string, string>; search?: string; key?: string | null } = {},
): Promise<RawResponse> {
  const key = init.key === undefined ? api.writeKey : init.key;
  const method = init.method ?? 'POST';
  const response = await fetch(`${api.url}${init.search ?? ''}`, {
    method,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...init.headers,
    },
    body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A GraphQL POST: `{ query, variables, operationName }`. */
export function sendOperation(api: TestApi, query: string, variables?: Record<string, unknown>, operationName?: string) {
  return send(api, { query, variables, operationName });
}

const escaped = (value: string) => JSON.stringify(value).slice(1, -1);

/** The secret values (at least 8 characters) that occur in the text, raw or JSON-escaped. */
export function leakedSecrets(text: string, secrets: Iterable<string>): string[] {
  const found = [...secrets].filter((s) => s.length >= 8 && (text.includes(s) || text.includes(escaped(s))));
  if (text.includes(SECRET_MARKER))
    found.push(`${SECRET_MARKER}… (marker) near: ${text.slice(Math.max(0, text.indexOf(SECRET_MARKER) - 120), text.indexOf(SECRET_MARKER) + 60)}`);
  return found;
}

/**
 * The properties every response of the fuzz test has: below 500; every error has a code and it is
 * not INTERNAL; no stack trace or SQL text; none of the secrets (nor any marked value) anywhere.
 */
export function expectSafe(response: RawResponse, secrets: Iterable<string> = []) {
  const where = `HTTP ${response.status}: ${response.text.slice(0, 600)}`;
  expect(response.status, where).toBeLessThan(500);
  const body = response.json as GraphQLBody | GraphQLBody[] | undefined;
  for (const result of Array.isArray(body) ? body : body ? [body] : []) {
    for (const error of result?.errors ?? []) {
      const code = error.extensions?.code;
      expect(code, where).not.toBe('INTERNAL');
      expect(error.message, `a failure Yoga masked without our code: ${where}`).not.toBe('Unexpected error.');
      // Requests refused before execution (syntax, validation, variable coercion, query limits)
      // answer INVALID_ARGUMENT; every error raised while executing has its own code.
      expect(typeof code, `an error without a code: ${where}`).toBe('string');
    }
  }
  // A stack frame, a source path, or the text of a database error or statement.
  expect(response.text, where).not.toMatch(
    /(\\n|\n)\s+at [^\n]+:\d+:\d+|node_modules|\.ts:\d+:\d+|syntax error at or near|violates [\w ]*constraint|invalid input syntax for|\/\* \w+ \*\/ (select|insert|update|delete)/i,
  );
  const headers = JSON.stringify([...response.headers.entries()]);
  expect(leakedSecrets(response.text + headers, secrets), where).toEqual([]);
}

/** The server still answers a query, and both health checks pass. */
export async function expectServerAlive(api: TestApi) {
  const response = await sendOperation(api, '{ __typename }');
  expect(response.status).toBe(200);
  expect(response.json).toEqual({ data: { __typename: 'Query' } });
  for (const path of ['/health/live', '/health/ready']) {
    expect((await fetch(`${api.origin}${path}`)).status, path).toBe(200);
  }
}

/** Whether any result in the data is a success payload (`__typename` ending in Payload). */
export function hasPayload(body: unknown): boolean {
  return /"__typename":"\w+Payload"/.test(JSON.stringify(body ?? null));
}
