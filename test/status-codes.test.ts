// The README's table of HTTP status codes, row by row, over HTTP, for each Accept header a client
// may send: application/json, application/graphql-response+json and none.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { createRateLimiter } from '../src/rate-limit.js';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { createGateway, createHttpServerFor } from '../src/server.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { openTestDatabase, useTestDatabase } from './helpers/database.js';
import { createIntegration } from './helpers/fixtures.js';
import { freePort } from './helpers/processes.js';

const database = useTestDatabase();
const ACCEPTS = ['application/json', 'application/graphql-response+json', undefined] as const;
type Accept = (typeof ACCEPTS)[number];

/** POST /graphql with a JSON body, the Accept header given (or none) and the key given (or none). */
function post(url: string, body: unknown, accept: Accept, key: string | null): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** A gateway whose PostgreSQL does not answer (a closed port): every request needs the database to authenticate. */
async function gatewayWithoutDatabase(): Promise<string> {
  const handle = await openDatabase({ kind: 'postgres', url: `postgres://postgres@127.0.0.1:${await freePort()}/none`, connectTimeoutMs: 1000 });
  const gateway = createGateway({ database: handle, keyring: new Keyring(generateKey()), logger: pino({ level: 'silent' }) });
  const server = createHttpServerFor(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await handle.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

interface Row {
  /** The README row this checks. */
  row: string;
  status: number;
  /** extensions.code of the first error; null: the answer has no top-level error. */
  code: string | null;
  /** A response header the row promises. */
  header?: string;
  send(accept: Accept): Promise<Response>;
}

function rows(api: TestApi, urls: { limited: TestApi; sdlOff: TestApi; closed: TestApi; noDatabase: string }, integrationId: string): Row[] {
  const as = (key: string | null) => (body: unknown) => (accept: Accept) => post(api.url, body, accept, key);
  const writer = as(api.writeKey);
  return [
    { row: 'a document that does not parse', status: 400, code: 'INVALID_ARGUMENT', send: writer({ query: '{ integrations {' }) },
    { row: 'a document that does not validate', status: 400, code: 'INVALID_ARGUMENT', send: writer({ query: '{ nope }' }) },
    {
      row: 'variables that do not coerce',
      status: 400,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: 'query ($n: Int) { integrations(first: $n) { totalCount } }', variables: { n: 'x' } }),
    },
    {
      row: 'a query limit (aliases)',
      status: 400,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: tenant { name }`).join(' ')} }` }),
    },
    {
      row: 'a query limit (cost, with variables)',
      status: 400,
      code: 'INVALID_ARGUMENT',
      send: writer({
        query: 'query ($n: Int, $m: Int) { integrations(first: $n) { edges { node { revisions(first: $m) { edges { node { version } } } } } } }',
        variables: { n: 100, m: 100 },
      }),
    },
    {
      row: 'an input check (a NUL character)',
      status: 400,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: 'query ($t: String!) { integrations(filter: { customerId: $t }) { totalCount } }', variables: { t: 'a\u0000b' } }),
    },
    {
      row: 'an invalid argument found while executing, nothing answered',
      status: 400,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: '{ integrations(first: 1000) { totalCount } }' }),
    },
    {
      row: 'a body over GRAPHQL_MAX_BODY_BYTES',
      status: 413,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    },
    {
      row: 'a mutation over GET',
      status: 405,
      code: 'INVALID_ARGUMENT',
      send: (accept) =>
        fetch(`${api.url}?query=${encodeURIComponent('mutation { deleteIntegration(id: "int_x") { __typename } }')}`, {
          headers: { authorization: `Bearer ${api.writeKey}`, ...(accept ? { accept } : {}) },
        }),
    },
    {
      row: 'a multipart body',
      status: 415,
      code: null,
      send: (accept) => {
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: '{ __typename }' }));
        form.set('map', '{}');
        return fetch(api.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${api.writeKey}`, 'x-graphql-yoga-csrf': '1', ...(accept ? { accept } : {}) },
          body: form,
        });
      },
    },
    { row: 'no API key', status: 401, code: 'UNAUTHENTICATED', header: 'www-authenticate', send: as(null)({ query: '{ __typename }' }) },
    {
      row: 'an unknown API key',
      status: 401,
      code: 'UNAUTHENTICATED',
      header: 'www-authenticate',
      send: as(`igw_write_${'x'.repeat(43)}`)({ query: '{ __typename }' }),
    },
    {
      row: 'a read key calling a mutation',
      status: 403,
      code: 'PERMISSION_DENIED',
      send: as(api.readKey)({ query: 'mutation { deleteIntegration(id: "int_x") { __typename } }' }),
    },
    {
      row: 'a cross-site-shaped request (CSRF)',
      status: 403,
      code: 'PERMISSION_DENIED',
      send: (accept) =>
        fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...(accept ? { accept } : {}) },
          body: `query=${encodeURIComponent('{ __typename }')}`,
        }),
    },
    {
      row: '_service { sdl } where it is not served',
      status: 403,
      code: 'PERMISSION_DENIED',
      send: (accept) => post(urls.sdlOff.url, { query: '{ _service { sdl } }' }, accept, urls.sdlOff.readKey),
    },
    {
      row: 'over the rate limit',
      status: 429,
      code: 'RESOURCE_EXHAUSTED',
      header: 'retry-after',
      send: (accept) => post(urls.limited.url, { query: '{ __typename }' }, accept, urls.limited.readKey),
    },
    {
      row: 'an unexpected failure (INTERNAL)',
      status: 500,
      code: 'INTERNAL',
      send: (accept) => post(urls.closed.url, { query: '{ integrations { totalCount } }' }, accept, urls.closed.readKey),
    },
    {
      row: 'the database does not answer',
      status: 503,
      code: 'UNAVAILABLE',
      header: 'retry-after',
      send: (accept) => post(urls.noDatabase, { query: '{ __typename }' }, accept, `igw_read_${'x'.repeat(43)}`),
    },
    {
      row: 'a domain error, which is data',
      status: 200,
      code: null,
      send: writer({ query: 'mutation { updateIntegration(id: "int_00000000000000000000000000000000", input: { title: "x" }) { __typename } }' }),
    },
    {
      row: 'some fields answered, others failed',
      status: 200,
      code: 'INVALID_ARGUMENT',
      send: writer({ query: `{ tenant { name } integration(id: "${integrationId}") { transfers(after: "zzz") { totalCount } } }` }),
    },
  ];
}

describe('HTTP status codes', () => {
  it("answer every row of the README's table, whatever the Accept header", { timeout: 60_000 }, async () => {
    const api = await startTestApi(database());
    const integration = await createIntegration(api);
    const limited = await startTestApi(database(), { rateLimiter: createRateLimiter({ windowSeconds: 600, readQueries: 1, writeQueries: 1, mutations: 1 }) });
    await post(limited.url, { query: '{ __typename }' }, undefined, limited.readKey); // spends the one point
    const sdlOff = await startTestApi(database(), { federationSdl: false });
    const gone = await openTestDatabase();
    const closed = await startTestApi(gone);
    await gone.close();
    const noDatabase = await gatewayWithoutDatabase();

    for (const row of rows(api, { limited, sdlOff, closed, noDatabase }, integration.id)) {
      for (const accept of ACCEPTS) {
        const response = await row.send(accept);
        const what = `${row.row}, Accept: ${accept ?? 'none'}`;
        const body = (await response.text()).trim();
        expect(response.status, `${what}: ${body.slice(0, 300)}`).toBe(row.status);
        if (row.header) expect(response.headers.get(row.header), what).toBeTruthy();
        const parsed = body.startsWith('{') ? JSON.parse(body) : {};
        if (row.code) expect(parsed.errors?.[0]?.extensions?.code, what).toBe(row.code);
        if (row.status === 200) {
          expect(parsed.data, what).toBeTruthy();
          if (!row.code) expect(parsed.errors, what).toBeUndefined();
        } else {
          expect(parsed.data ?? null, what).toBeNull();
        }
      }
    }
  });
});
