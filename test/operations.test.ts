// Operating the service: health, metrics, one log line per request, masked internal errors, and
// the query limits that keep hostile documents out.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listQuery } from '../bench/lib/operations.js';
import { startTestApi } from './helpers/api.js';
import { openTestDatabase, testDatabaseKind, useTestDatabase } from './helpers/database.js';
import { createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

describe('health', () => {
  it('answers /health/live and /health/ready (which asks the database)', async () => {
    const api = await startTestApi(database());
    expect(await (await fetch(`${api.origin}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.origin}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('is not ready, and masks failures as INTERNAL with a request id, when the database is gone', async () => {
    const gone = await openTestDatabase();
    const api = await startTestApi(gone);
    await gone.close();
    expect((await fetch(`${api.origin}/health/ready`)).status).toBe(503);
    expect((await fetch(`${api.origin}/health/live`)).status).toBe(200);
    const response = await api.request('{ integrations { totalCount } }');
    const error = response.body.errors?.[0];
    expect(['INTERNAL', 'UNAVAILABLE']).toContain(error?.extensions?.code);
    const requestId = response.headers.get('x-request-id');
    expect(JSON.stringify(response.body)).not.toMatch(/select|from "|at .*\.ts|stack/i);
    if (error?.extensions?.code === 'INTERNAL') {
      expect(error.extensions.requestId).toBe(requestId);
      expect(error.message).toContain(requestId);
    }
    expect(api.logs.join('')).toContain(requestId);
  });
});

describe('keep-alive', () => {
  /** Sends one keep-alive GET on a raw socket; resolves with the response head and how long the idle connection then stayed open (capped at `waitMs`). */
  async function idleAfterOneRequest(origin: string, waitMs: number): Promise<{ head: string; openForMs: number; closedByServer: boolean }> {
    const { hostname, port } = new URL(origin);
    const socket = connect(Number(port), hostname);
    let head = '';
    await new Promise<void>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        head += chunk.toString();
        if (head.includes('\r\n\r\n') && head.includes('"ok"')) resolve();
      });
      socket.write(`GET /health/live HTTP/1.1\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`);
    });
    const idleSince = performance.now();
    const closedByServer = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs);
      socket.once('end', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const openForMs = performance.now() - idleSince;
    socket.destroy();
    return { head: head.split('\r\n\r\n')[0], openForMs, closedByServer };
  }

  it('keeps an idle connection open 65 s by default (past a load balancer idle timeout of 60 s), and says so in Keep-Alive', async () => {
    const api = await startTestApi(database());
    const { head, closedByServer } = await idleAfterOneRequest(api.origin, 1000);
    expect(head).toMatch(/^keep-alive: timeout=65$/im);
    expect(closedByServer).toBe(false);
  });

  it('closes an idle connection after HTTP_KEEP_ALIVE_TIMEOUT_MS', async () => {
    const api = await startTestApi(database(), { keepAliveTimeoutMs: 300 });
    const { closedByServer, openForMs } = await idleAfterOneRequest(api.origin, 5000);
    expect(closedByServer).toBe(true);
    expect(openForMs).toBeGreaterThanOrEqual(250);
    expect(openForMs).toBeLessThan(4000);
  });
});

describe('metrics and logs', () => {
  it('exposes request counts and durations per operation, errors per code and DataLoader batch sizes', async () => {
    // Operation names are labels only when allow-listed (METRICS_OPERATION_NAMES); test/budgets.test.ts folds the rest.
    const api = await startTestApi(database(), { metrics: { operationNames: ['ReadOne'] } });
    const created = await createIntegration(api);
    await api.request(`query ReadOne { a: integration(id: "${created.id}") { id } b: node(id: "${created.id}") { id } }`);
    await api.request('{ integrations(first: 1000) { totalCount } }');
    const text = await (await fetch(`${api.origin}/metrics`)).text();
    expect(text).toMatch(/graphql_envelop_request_duration_bucket\{[^}]*operationName="ReadOne"/);
    expect(text).toMatch(/gateway_errors_total\{code="INVALID_ARGUMENT"\} 1/);
    expect(text).toMatch(/gateway_dataloader_batch_size_count\{loader="integrationById"\} [1-9]/);
    expect(text).toMatch(/gateway_db_statements_total [1-9]/);
    expect(text).toMatch(/graphql_envelop_request(_total)?\{[^}]*operationName="ReadOne"[^}]*\} 1/);
    // The process and the runtime (prom-client's default metrics): memory by heap space, event-loop delay.
    expect(text).toMatch(/^process_resident_memory_bytes [1-9]/m);
    expect(text).toMatch(/^nodejs_heap_space_size_used_bytes\{space="old"\} [1-9]/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
    // Pool usage exists on PostgreSQL only (PGlite is one in-process connection).
    if (testDatabaseKind === 'postgres') expect(text).toMatch(/gateway_db_pool_connections\{state="total"\} [1-9]/);
  });

  it('writes one JSON log line per request with id, operation, tenant, duration and outcome, never the key', async () => {
    const api = await startTestApi(database());
    const response = await api.request('query CountThem { integrations { totalCount } }');
    const requestId = response.headers.get('x-request-id');
    const lines = api.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
    const line = lines.find((l) => l.requestId === requestId);
    expect(line).toMatchObject({ operationName: 'CountThem', tenant: api.tenant, status: 200, outcome: 'ok', path: '/graphql' });
    expect(typeof line.durationMs).toBe('number');
    expect(api.logs.join('')).not.toContain(api.writeKey);
  });

  it("logs the path without its query string, keeps a client's plain x-request-id, replaces any other, and writes no line for /health", async () => {
    const api = await startTestApi(database());
    const requestLines = () => api.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
    const marker = 'QUERY-STRING-MARKER';
    const get = await fetch(`${api.url}?query=${encodeURIComponent(`query Named { __typename }`)}&extensions=${marker}`, {
      headers: { authorization: `Bearer ${api.readKey}`, 'x-request-id': 'client-id.1' },
    });
    expect(get.headers.get('x-request-id')).toBe('client-id.1');
    const refused = await fetch(api.url, {
      method: 'POST',
      headers: { 'x-request-id': 'not a plain id', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(refused.status).toBe(401);
    const replaced = refused.headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    for (const path of ['/health/live', '/health/ready']) expect((await fetch(`${api.origin}${path}`)).status).toBe(200);
    await api.request('{ __typename }');
    const lines = requestLines();
    expect(lines.find((l) => l.requestId === 'client-id.1')).toMatchObject({ method: 'GET', path: '/graphql', status: 400 });
    expect(lines.find((l) => l.requestId === replaced)).toMatchObject({ method: 'POST', path: '/graphql', status: 401, outcome: 'UNAUTHENTICATED' });
    expect(lines.filter((l) => String(l.path).startsWith('/health'))).toEqual([]);
    const text = api.logs.join('');
    expect(text).not.toContain(marker);
    expect(text).not.toContain(api.readKey);
    expect(text.toLowerCase()).not.toContain('authorization');
    // Exactly these fields (besides pino's own): nothing else of the request or the response.
    for (const line of lines) {
      const { level, time, pid, hostname, msg, ...fields } = line;
      expect(
        Object.keys(fields).every((key) => ['requestId', 'method', 'path', 'status', 'durationMs', 'operationName', 'tenant', 'outcome'].includes(key)),
        JSON.stringify(line),
      ).toBe(true);
    }
  });
});

describe('CORS', () => {
  const corsHeaders = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
  const post = (api: { url: string; readKey: string }, origin: string) =>
    fetch(api.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${api.readKey}` },
      body: '{"query":"{ __typename }"}',
    });
  const preflight = (api: { url: string }, origin: string) =>
    fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('allows no origin by default: no Access-Control-* header on answers or preflights', async () => {
    const api = await startTestApi(database());
    for (const origin of ['https://evil.example', 'null', api.origin]) {
      const answer = await post(api, origin);
      expect(answer.status).toBe(200); // answered (no browser involved here), but a browser would keep it from the page
      expect(corsHeaders(answer), origin).toEqual({});
      const asked = await preflight(api, origin);
      expect(asked.status).toBe(204);
      expect(corsHeaders(asked), origin).toEqual({});
    }
  });

  it('allows exactly the origins of CORS_ORIGINS, without credentials; any other origin gets nothing', async () => {
    const api = await startTestApi(database(), { corsOrigins: ['https://app.example', 'http://localhost:5173'] });
    for (const origin of ['https://app.example', 'http://localhost:5173']) {
      const answer = await post(api, origin);
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
      expect(corsHeaders(answer)).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-expose-headers': expect.stringContaining('x-request-id'),
      });
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const asked = await preflight(api, origin);
      expect(asked.status).toBe(204);
      expect(corsHeaders(asked)).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': expect.stringContaining('authorization'),
      });
      expect(asked.headers.get('access-control-allow-credentials')).toBeNull();
    }
    for (const origin of ['https://evil.example', 'https://app.example.evil.example', 'https://APP.example:443', 'http://app.example', 'null']) {
      expect(corsHeaders(await post(api, origin)), origin).toEqual({});
      expect(corsHeaders(await preflight(api, origin)), origin).toEqual({});
    }
  });
});

describe('hostile queries', () => {
  it('rejects documents beyond the depth, alias and token limits with a clear error and no data', async () => {
    const api = await startTestApi(database());
    const deep = `{ integrations { edges { node { revisions { edges { node { snapshot } } } config { ... on PostgresConfig { auth { ... on PasswordAuth { password { isSet } } } } } } } } }`;
    expect((await api.request(deep)).body.errors).toBeUndefined(); // a realistic deep query is fine
    const tooDeep = `{ ${'integrations { edges { node { '.repeat(5)}id${' } } }'.repeat(5)} }`;
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: tenant { name }`).join(' ')} }`;
    const tokens = `{ ${Array.from({ length: 3500 }, () => '__typename').join(' ')} }`;
    for (const document of [tooDeep, aliases, tokens]) {
      const response = await api.request(document);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors?.[0].message).toMatch(/depth|aliases|Token|cost/i);
      expect(response.body.errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
    }
    // The heaviest realistic read passes the default cost limit; nesting a second page of 100 does not.
    expect((await api.request(listQuery)).body.errors).toBeUndefined();
    const costly = await api.request('{ integrations(first: 100) { edges { node { id revisions(first: 100) { edges { node { version etag action } } } } } } }');
    expect(costly.body.data ?? null).toBeNull();
    expect(costly.body.errors?.[0].message).toMatch(/cost/i);
    expect(costly.body.errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
    // The same pages passed as variables cost the same (armor alone counts only literals).
    const byVariables =
      'query Pages($n: Int, $m: Int) { integrations(first: $n) { edges { node { id revisions(first: $m) { edges { node { version etag action } } } } } } }';
    const costlyByVariables = await api.request(byVariables, { n: 100, m: 100 });
    expect(costlyByVariables.status).toBe(400);
    expect(costlyByVariables.body.data ?? null).toBeNull();
    expect(costlyByVariables.body.errors?.[0].message).toMatch(/^The query costs \d+ with its variables, over the limit of 20000: ask for smaller pages/);
    expect(costlyByVariables.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'QUERY_COST' });
    expect((await api.request(byVariables, { n: 10, m: 10 })).body.errors).toBeUndefined();
    // Through a fragment, and with the pages in the other order, it is counted the same way.
    const throughFragment =
      'query Pages($n: Int) { integrations(first: 100) { edges { node { ...History } } } } fragment History on Integration { revisions(first: $n) { edges { node { version etag action } } } }';
    expect((await api.request(throughFragment, { n: 100 })).body.errors?.[0].extensions?.reason).toBe('QUERY_COST');
    expect((await api.request(throughFragment, { n: 3 })).body.errors).toBeUndefined();
    const unknownField = await api.request('{ integrations { nope } }');
    expect(unknownField.body.errors?.[0].extensions?.code).toBe('INVALID_ARGUMENT');
  });

  it('refuses request bodies over the size limit with 413 and no data, whether they declare their length or are chunked', async () => {
    const api = await startTestApi(database());
    const headers = { authorization: `Bearer ${api.writeKey}`, 'content-type': 'application/json', accept: 'application/json' };
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    const declared = await fetch(api.url, { method: 'POST', headers, body });
    expect(declared.status).toBe(413);
    const refused = (await declared.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0].extensions.code).toBe('INVALID_ARGUMENT');
    expect(refused.errors[0].message).toMatch(/larger than 1000000 bytes/);
    // A stream body goes out chunked, with no Content-Length: counted as it arrives.
    const chunked = (text: string) =>
      fetch(api.url, {
        method: 'POST',
        headers,
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < text.length; i += 65_536) controller.enqueue(new TextEncoder().encode(text.slice(i, i + 65_536)));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const large = await chunked(body);
    expect(large.status).toBe(413);
    expect(await large.text()).not.toContain('"data"');
    const small = await chunked(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }));
    expect(small.status).toBe(200);
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses cross-site-shaped requests (form posts, plain GETs) without Authorization: CSRF prevention', async () => {
    const api = await startTestApi(database());
    const form = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.status).toBe(403);
    const refused = (await form.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    expect(refused.errors[0].message).toMatch(/cross-site.*Authorization/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(403);
    // The same requests with the API key were preflighted by any browser: they go on to authentication.
    const authorized = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${api.readKey}` },
    });
    expect(authorized.status).toBe(200);
    expect(await authorized.json()).toEqual({ data: { __typename: 'Query' } });
    // JSON bodies are never "simple": no CSRF header needed, plain 401 without a key.
    const json = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(json.status).toBe(401);
  });

  it('refuses mutations over GET', async () => {
    const api = await startTestApi(database());
    const url = `${api.url}?query=${encodeURIComponent('mutation { deleteIntegration(id: "int_x") { __typename } }')}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${api.writeKey}`, accept: 'application/json' } });
    expect(response.status).toBe(405);
    // Yoga's own code (BAD_REQUEST) stays in `reason`: the code is one of the API's.
    expect((await response.json()).errors).toMatchObject([{ extensions: { code: 'INVALID_ARGUMENT', reason: 'BAD_REQUEST' } }]);
  });

  it('refuses multipart bodies (no operation takes a file) with 415 and no data', async () => {
    const api = await startTestApi(database());
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ __typename }' }));
    form.set('map', '{}');
    const response = await fetch(api.url, { method: 'POST', headers: { authorization: `Bearer ${api.writeKey}`, 'x-graphql-yoga-csrf': '1' }, body: form });
    expect(response.status).toBe(415);
    expect(await response.text()).not.toContain('"data"');
  });

  it('hides introspection and field suggestions when introspection is off', async () => {
    const api = await startTestApi(database(), { introspection: false });
    const introspection = await api.request('{ __schema { types { name } } }');
    expect(introspection.body.data ?? null).toBeNull();
    const typo = await api.request('{ integrationz { totalCount } }');
    expect(JSON.stringify(typo.body)).not.toContain('Did you mean');
    const on = await startTestApi(database());
    expect((await on.request('{ __schema { queryType { name } } }')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
