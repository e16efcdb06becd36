// Work is budgeted and observability is bounded: the cost limit counts lists with their sizes, list
// arguments have caps, responses have a size cap, rate limits charge for the work asked, connection
// checks have their own budget and a per-tenant cap in flight, and metrics labels come from bounded
// sets, with /metrics behind a token or on its own listener.
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { parse } from 'graphql';
import { describe, expect, it, onTestFinished } from 'vitest';
import { entitiesQuery, listQuery } from '../bench/lib/operations.js';
import { operationWork } from '../src/http/plugins/query-cost.js';
import { createRateLimiter, type RateLimitSettings } from '../src/rate-limit.js';
import { schema } from '../src/schema/index.js';
import { defaultQueryLimits } from '../src/server.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

function limiter(settings: Partial<RateLimitSettings>) {
  const created = createRateLimiter({ windowSeconds: 60, readQueries: 0, writeQueries: 0, mutations: 0, ...settings });
  onTestFinished(() => created.close());
  return created;
}

function costOf(document: string, variables: Record<string, unknown> = {}) {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d) => d.kind === 'OperationDefinition');
  const fragments = new Map(parsed.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])));
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return operationWork(schema, operation, fragments, variables).cost;
}

const S3_KEYS = 'awsAccessKeys: { accessId: "AKIAS3BUDGET", secretKey: "budget-test-key" }';
const HISTORY = `revisions(first: 100) { edges { node { snapshot } } }`;
const representationsOf = (id: string, count: number) => Array.from({ length: count }, () => ({ __typename: 'Integration', id }));

async function integrationCount(api: TestApi): Promise<number> {
  const response = await api.request<{ integrations: { totalCount: number } }, object>('{ integrations { totalCount } }');
  return response.body.data!.integrations.totalCount;
}

function aliased(field: string, count: number, build: (i: number) => string): string {
  return `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}${build(i)}`).join(' ')} }`;
}

describe('the cost limit', () => {
  it('admits the realistic heavy reads: a page of 100 with config, status and 3 revisions, and _entities × 200', async () => {
    const page = costOf(listQuery);
    const entities = costOf(entitiesQuery, { representations: representationsOf('x', 200) });
    expect(page).toBeGreaterThan(10_000); // the page counts its 100 nodes, each with its 3 revisions
    expect(page).toBeLessThanOrEqual(defaultQueryLimits.maxCost);
    expect(entities).toBeGreaterThan(2_000);
    expect(entities).toBeLessThanOrEqual(defaultQueryLimits.maxCost);
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    expect((await api.request(listQuery)).body.errors).toBeUndefined();
    const answered = await api.request<{ _entities: { id: string }[] }, object>(entitiesQuery, { representations: representationsOf(created.id, 200) });
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data?._entities).toHaveLength(200);
  });

  it('refuses nodes(ids:) with 100 copies of one id, each with revisions(first: 100), literal or by variables, before anything runs', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const ids = Array.from({ length: 100 }, () => id);
    const literal = `{ nodes(ids: ${JSON.stringify(ids)}) { ... on Integration { ${HISTORY} } } }`;
    const byVariables = `query($ids: [ID!]!, $n: Int) { nodes(ids: $ids) { ...History } } fragment History on Integration { revisions(first: $n) { edges { node { snapshot } } } }`;
    // A variable left out takes the operation's own default: it is counted, not the field's (20).
    const byDefaults = `query($ids: [ID!]! = ${JSON.stringify(ids)}, $n: Int = 100) { nodes(ids: $ids) { ... on Integration { revisions(first: $n) { edges { node { snapshot } } } } } }`;
    for (const [document, variables] of [
      [literal, undefined],
      [byVariables, { ids, n: 100 }],
      [byDefaults, {}],
      // Named like what every object inherits: still a variable left out, counted with its default.
      [byDefaults.replaceAll('$n', '$constructor'), {}],
      [byDefaults.replaceAll('$n', '$toString'), {}],
    ] as const) {
      const response = await api.request(document, variables as never);
      expect(response.status).toBe(400);
      expect(response.body.data ?? null).toBeNull();
      const error = response.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'QUERY_COST' });
      expect(error?.message).toMatch(
        /^The query costs \d+( with its variables)?, over the limit of 20000: ask for smaller pages \(first\/last\), fewer ids in nodes\(ids:\)/,
      );
      // 100 ids × 100 revisions: counted as the product, not as one of each.
      expect(Number(/costs (\d+)/.exec(error!.message)![1])).toBeGreaterThan(100 * 100 * 3);
    }
    // Fewer ids, or smaller pages, fit.
    expect((await api.request(byVariables, { ids: ids.slice(0, 10), n: 10 } as never)).body.errors).toBeUndefined();
  });

  it('refuses _entities with 400 representations each reading 100 revisions, and more representations than the cap', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const heavy = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Integration { ${HISTORY} } } }`;
    const costly = await api.request(heavy, { r: representationsOf(id, 400) } as never);
    expect(costly.status).toBe(400);
    expect(costly.body.data ?? null).toBeNull();
    expect(costly.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'QUERY_COST' });
    // The cap holds however little each representation selects, literal or by variable.
    const light = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
    const tooMany = await api.request(light, { r: representationsOf(id, defaultQueryLimits.maxRepresentations + 1) } as never);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'TOO_MANY_REPRESENTATIONS' });
    expect(tooMany.body.errors?.[0].message).toBe('_entities takes at most 500 representations and was sent 501: split them over several requests.');
    expect((await api.request(light, { r: representationsOf(id, 500) } as never)).body.errors).toBeUndefined();
    // Written in the document, too (501 of them would pass the token limit first: a smaller cap shows it).
    const capped = await startTestApi(database(), { queryLimits: { ...defaultQueryLimits, maxRepresentations: 20 } });
    const literal = (count: number) =>
      `{ _entities(representations: [${representationsOf(id, count)
        .map(() => `{ __typename: "Integration", id: "${id}" }`)
        .join(',')}]) { __typename } }`;
    expect((await capped.request(literal(21), undefined, { key: api.writeKey })).body.errors?.[0].extensions?.reason).toBe('TOO_MANY_REPRESENTATIONS');
    expect((await capped.request(literal(20), undefined, { key: api.writeKey })).body.errors).toBeUndefined();
  });

  it('refuses nodes(ids:) with more than 100 ids before anything runs', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const response = await api.request('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => id) } as never);
    expect(response.status).toBe(400);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'TOO_MANY_IDS' });
    expect(response.body.errors?.[0].message).toBe('nodes(ids:) takes at most 100 ids and was sent 101: split them over several requests.');
  });
});

describe('the response-size cap', () => {
  it('answers RESPONSE_TOO_LARGE instead of a body over the cap, for a query and for a mutation (which ran)', async () => {
    const api = await startTestApi(database(), { queryLimits: { ...defaultQueryLimits, maxResponseBytes: 4_000 } });
    const created = await api.request(
      aliased(
        'createIntegration',
        20,
        (i) =>
          `(input: { title: "Big ${i}", config: { s3: { bucketName: "b-${i}", bucketRegion: "us-east-1", folder: "${'f'.repeat(200)}", ${S3_KEYS} } } }) { __typename ... on CreateIntegrationPayload { integration { id config { ... on S3Config { folder } } } } }`,
      ),
    );
    // The mutation ran: its answer is over the cap, so the error says so instead of the body.
    expect(created.status).toBe(200);
    expect(created.body.data ?? null).toBeNull();
    expect(created.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'RESPONSE_TOO_LARGE' });
    expect(created.body.errors?.[0].message).toMatch(/^The mutation ran, but its response would be larger than 4000 bytes: read the result with a query/);
    expect(await integrationCount(api)).toBe(20);
    const page = (first: number) => `{ integrations(first: ${first}) { edges { node { id title config { ... on S3Config { folder } } } } } }`;
    expect((await api.request(page(5))).body.errors).toBeUndefined();
    const big = await api.request(page(20));
    expect(big.status).toBe(400);
    expect(big.body.data ?? null).toBeNull();
    expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'RESPONSE_TOO_LARGE' });
    expect(big.body.errors?.[0].message).toMatch(/^The response would be larger than 4000 bytes: request less \(smaller pages/);
    expect(JSON.stringify(big.body).length).toBeLessThan(1000);
  });
});

describe('rate limits that count work', () => {
  it('charges 30 aliased createIntegration fields 30 points, and refuses an operation over what is left whole', async () => {
    const api = await startTestApi(database(), { rateLimiter: limiter({ mutations: 40 }) });
    const create = (count: number, tag: string) =>
      api.request(
        aliased(
          'createIntegration',
          count,
          (i) => `(input: { title: "${tag} ${i}", config: { s3: { bucketName: "budget-bucket", bucketRegion: "us-east-1", ${S3_KEYS} } } }) { __typename }`,
        ),
      );
    const first = await create(30, 'first');
    expect(first.status).toBe(200);
    expect(await integrationCount(api)).toBe(30);
    const refused = await create(30, 'second');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0].extensions?.code).toBe('RESOURCE_EXHAUSTED');
    expect(refused.body.errors?.[0].message).toMatch(
      /rate limit for mutations \(one point per mutation field, aliases counted\)\. This operation needs 30 points/,
    );
    expect(await integrationCount(api)).toBe(30); // nothing of it ran
    // The refused operation spent nothing: the 10 points left still take 10 fields, then none.
    expect((await create(10, 'third')).status).toBe(200);
    expect((await create(1, 'fourth')).status).toBe(429);
    expect(await integrationCount(api)).toBe(40);
  });

  it('charges a query by its cost: a page of 100 costs more points than a single read', async () => {
    const api = await startTestApi(database(), { rateLimiter: limiter({ writeQueries: 12 }) });
    // A page of 100 with config, status and 3 revisions costs ~10 400: 11 points of 12.
    expect((await api.request(listQuery)).status).toBe(200);
    const again = await api.request(listQuery);
    expect(again.status).toBe(429);
    expect(again.body.errors?.[0].message).toMatch(/This operation needs 11 points and fewer are left/);
    expect((await api.request('{ tenant { name } }')).status).toBe(200); // one point: it fits
    expect((await api.request('{ tenant { name } }')).status).toBe(429);
  });
});

/**
 * A loopback HTTP API that holds every request until released, counting connections open at once;
 * more than `releaseAbove` open at once releases them all (a broken cap fails fast, not by timeout).
 */
async function holdingApi(releaseAbove = Number.POSITIVE_INFINITY) {
  let open = 0;
  const counts = { connections: 0, mostAtOnce: 0 };
  const held: ServerResponse[] = [];
  let holding = true;
  const release = () => {
    holding = false;
    for (const res of held.splice(0)) res.writeHead(200).end('{}');
  };
  const server = createHttpServer((_req, res) => {
    if (holding) held.push(res);
    else res.writeHead(200).end('{}');
  });
  server.on('connection', (socket) => {
    counts.connections += 1;
    open += 1;
    counts.mostAtOnce = Math.max(counts.mostAtOnce, open);
    if (open > releaseAbove) release();
    socket.on('close', () => {
      open -= 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    release();
    server.closeAllConnections();
    server.close();
  });
  return { baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`, counts, release, stopHolding: () => (holding = false) };
}

const TEST_ONE = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state } } } } }`;

describe('connection checks', () => {
  it('charges each aliased testIntegration to the check budget, refusing 30 of them whole without a connection', async () => {
    const target = await holdingApi();
    target.stopHolding();
    const api = await startTestApi(database(), { rateLimiter: limiter({ mutations: 1000, connectionChecks: 20 }) });
    const { id } = await createIntegration(api, { config: { httpApi: { baseUrl: target.baseUrl } } });
    const refused = await api.request(aliased('testIntegration', 30, () => `(id: "${id}") { __typename }`));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RESOURCE_EXHAUSTED');
    expect(refused.body.errors?.[0].message).toMatch(
      /rate limit for connection checks \(one point per testIntegration or testIntegrationConfig field\)\. This operation needs 30 points, more than the 20/,
    );
    expect(target.counts.connections).toBe(0);
    const twenty = await api.request(aliased('testIntegration', 20, () => `(id: "${id}") { __typename }`));
    expect(twenty.status).toBe(200);
    expect(Object.values(twenty.body.data as object).every((r) => (r as { __typename: string }).__typename === 'TestIntegrationPayload')).toBe(true);
    expect(target.counts.connections).toBe(20);
    expect((await api.request(TEST_ONE, { id } as never)).status).toBe(429);
    expect(target.counts.connections).toBe(20);
  });

  it('charges testIntegrationConfig to the same budget: a proposal over it opens no connection', async () => {
    const target = await holdingApi();
    target.stopHolding();
    const api = await startTestApi(database(), { rateLimiter: limiter({ mutations: 1000, connectionChecks: 3 }) });
    const config = `{ httpApi: { baseUrl: "${target.baseUrl}" } }`;
    const refused = await api.request(aliased('testIntegrationConfig', 4, () => `(config: ${config}) { __typename }`));
    expect(refused.status).toBe(429);
    expect(target.counts.connections).toBe(0);
    const three = await api.request(aliased('testIntegrationConfig', 3, () => `(config: ${config}) { __typename }`));
    expect(Object.values(three.body.data as object).map((r) => (r as { __typename: string }).__typename)).toEqual(
      Array(3).fill('TestIntegrationConfigPayload'),
    );
    expect(target.counts.connections).toBe(3);
  });

  it('runs at most the per-tenant cap of checks at once; one over it answers RESOURCE_EXHAUSTED with Retry-After and opens no connection', async () => {
    const CAP = 2;
    const CALLS = 8;
    const target = await holdingApi(CAP);
    const api = await startTestApi(database(), { connectionCheckMaxConcurrentPerTenant: CAP });
    const { id } = await createIntegration(api, { config: { httpApi: { baseUrl: target.baseUrl } } });
    let refusedSoFar = 0;
    const calls = Array.from({ length: CALLS }, () =>
      api.request(TEST_ONE, { id } as never).then((response) => {
        if (response.status === 429) refusedSoFar += 1;
        // The ones over the cap answer while the others are held: then the held ones may finish.
        if (refusedSoFar === CALLS - CAP) target.release();
        return response;
      }),
    );
    const responses = await Promise.all(calls);
    expect(target.counts.mostAtOnce).toBe(CAP);
    expect(target.counts.connections).toBe(CAP);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused).toHaveLength(CALLS - CAP);
    for (const response of refused) {
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'RESOURCE_EXHAUSTED', retryAfterSeconds: 5 });
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.body.errors?.[0].message).toMatch(/^This tenant already has 2 connection checks in flight, the most allowed at once: retry after 5 s/);
    }
    const healthy = responses.filter((r) => r.status === 200);
    for (const response of healthy)
      expect(response.body.data).toEqual({ testIntegration: { __typename: 'TestIntegrationPayload', integration: { status: { state: 'HEALTHY' } } } });
    // Once the checks end, the tenant's slots are free again.
    expect((await api.request(TEST_ONE, { id } as never)).status).toBe(200);
  });
});

describe('metrics', () => {
  async function seriesOf(url: string): Promise<{ size: number; series: Set<string> }> {
    const text = await (await fetch(url)).text();
    const series = text
      .split('\n')
      .filter((line) => /^(graphql_|gateway_)/.test(line))
      .map((line) => line.slice(0, line.lastIndexOf(' ')));
    return { size: text.length, series: new Set(series) };
  }

  it('keeps 300 requests with caller-chosen operation names, aliases and URLs from adding label series', async () => {
    const api = await startTestApi(database(), { metrics: { operationNames: ['Known'] } });
    const random = () => `N${randomBytes(8).toString('hex')}`;
    const hostile = async () => {
      const name = random();
      await api.request(`query ${name} { ${random()}: tenant { name } }`);
      // An error whose path holds a caller's alias, and an operation name that names nothing.
      await api.request(`query ${random()} { ${random()}: integration(id: "${random()}") { id } }`);
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.writeKey}` },
        body: JSON.stringify({ query: `query ${name} { tenant { name } }`, operationName: random() }),
      });
      await fetch(`${api.url}?query=${encodeURIComponent('{ tenant { name } }')}&${random()}=1`, { headers: { authorization: `Bearer ${api.writeKey}` } });
    };
    await api.request('query Known { tenant { name } }');
    await hostile();
    const before = await seriesOf(`${api.origin}/metrics`);
    for (let i = 0; i < 75; i++) await hostile();
    const after = await seriesOf(`${api.origin}/metrics`);
    expect([...after.series].filter((s) => !before.series.has(s))).toEqual([]);
    expect(after.size - before.size).toBeLessThan(4_000); // only counters' digits grow
    const text = await (await fetch(`${api.origin}/metrics`)).text();
    expect(text).toMatch(/graphql_envelop_request\{operationType="query",operationName="Known",rootField="tenant"\} 1/);
    expect(text).toMatch(/graphql_envelop_request\{operationType="query",operationName="other",rootField="tenant"\} 76/);
    expect(text).not.toMatch(/N[0-9a-f]{16}/);
  });

  it('serves /metrics only with METRICS_TOKEN when it is set', async () => {
    const token = randomBytes(24).toString('base64url');
    const api = await startTestApi(database(), { metrics: { token } });
    const without = await fetch(`${api.origin}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect(await without.text()).not.toMatch(/graphql_|process_/);
    expect((await fetch(`${api.origin}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${api.origin}/metrics`, { headers: { authorization: `Bearer ${api.writeKey}` } })).status).toBe(401);
    const allowed = await fetch(`${api.origin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^process_resident_memory_bytes [1-9]/m);
  });

  it('serves /metrics on a listener of its own (METRICS_PORT), and not on the public port', async () => {
    const token = randomBytes(24).toString('base64url');
    const api = await startTestApi(database(), { metricsListener: true, metrics: { token } });
    await api.request('{ tenant { name } }');
    const publicPort = await fetch(`${api.origin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(publicPort.status).toBe(404);
    expect(await publicPort.text()).not.toMatch(/graphql_envelop_request/);
    expect((await fetch(`${api.metricsOrigin}/metrics`)).status).toBe(401);
    const own = await fetch(`${api.metricsOrigin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status).toBe(200);
    expect(await own.text()).toMatch(/graphql_envelop_request\{operationType="query",operationName="anonymous",rootField="tenant"\} 1/);
    expect((await fetch(`${api.metricsOrigin}/graphql`)).status).toBe(404);
  });
});
