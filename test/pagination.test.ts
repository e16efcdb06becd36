// Pagination: walking integrations(first, after) page by page in every order and under every
// filter yields each matching integration exactly once with the right totalCount; page-size and
// cursor errors; Integration.revisions pages; the cursors of every list hold no internal id and
// are refused by every other list.
import { describe, expect, it } from 'vitest';
import { GetRevisions, ListIntegrations, UpdateIntegration } from './documents/integrations.js';
import type { IntegrationFilter, IntegrationOrder, ListIntegrationsQuery } from './gql/graphql.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

type Row = ListIntegrationsQuery['integrations']['edges'][number]['node'];

const PAGE = 7;
const connectorMembers = ['athena', 'postgres', 's3', 'httpApi'] as const;
// Lowercase letters and digits only, with repeats: every collation sorts them alike, and equal
// titles exercise the tie-break by id.
const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'];

/**
 * 45 integrations with varied titles, labels, customers, connectors and disabled flags, created
 * three at a time (so some share a createdAt), then every third one updated (so updatedAt differs
 * from createdAt order). Returns them as the list shows them, from the mutations' own answers.
 */
async function seed(api: TestApi): Promise<Row[]> {
  const rows = new Map<string, Row>();
  for (let batch = 0; batch < 15; batch++) {
    const created = await Promise.all(
      [0, 1, 2].map((j) => {
        const i = batch * 3 + j;
        const member = connectorMembers[i % 4];
        const labels = [i % 2 === 0 ? 'prod' : 'staging', ...(i % 3 === 0 ? ['team:data'] : []), ...(i % 5 === 0 ? ['eu'] : [])];
        return createIntegration(api, {
          title: `${words[i % words.length]}${i % 4}`,
          labels,
          customerId: [`cust-a`, 'cust-b', null, 'cust-c'][i % 4],
          disabled: i % 6 === 0,
          config: configs[member],
        });
      }),
    );
    for (const c of created) rows.set(c.id, c);
  }
  const ids = [...rows.keys()];
  for (let i = 0; i < ids.length; i += 3) {
    const result = (await api.request(UpdateIntegration, { id: ids[i], input: { description: `touched ${i}` } })).body.data!.updateIntegration;
    if (result.__typename !== 'UpdateIntegrationPayload') throw new Error(JSON.stringify(result));
    rows.set(ids[i], result.integration);
  }
  return [...rows.values()].map(({ id, title, labels, disabled, customerId, connector, createdAt, updatedAt }) => ({
    id,
    title,
    labels,
    disabled,
    customerId,
    connector,
    createdAt,
    updatedAt,
  }));
}

/** Follows endCursor until hasNextPage is false; checks every page's shape on the way. */
async function walk(api: TestApi, filter?: IntegrationFilter, orderBy?: IntegrationOrder) {
  const seen: Row[] = [];
  const totals = new Set<number>();
  let after: string | null | undefined;
  for (let page = 0; page < 100; page++) {
    const response = await api.request(ListIntegrations, { first: PAGE, after, filter, orderBy });
    expect(response.body.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.body.data!.integrations;
    totals.add(totalCount);
    expect(edges.length).toBeLessThanOrEqual(PAGE);
    expect(pageInfo.hasPreviousPage).toBe(after !== undefined);
    expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
    expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
    seen.push(...edges.map((e) => e.node));
    if (!pageInfo.hasNextPage) return { seen, totals: [...totals] };
    expect(edges).toHaveLength(PAGE);
    after = pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

const orderKey: Record<string, (row: Row) => string> = {
  CREATED_AT: (row) => row.createdAt,
  UPDATED_AT: (row) => row.updatedAt,
  TITLE: (row) => row.title,
};

/** The order the API promises: the sort key, ties broken by id, both in the given direction. */
function sorted(rows: Row[], order: IntegrationOrder = { field: 'CREATED_AT', direction: 'DESC' }): string[] {
  const key = orderKey[order.field];
  const sign = (order.direction ?? 'DESC') === 'DESC' ? -1 : 1;
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.id, b.id))).map((row) => row.id);
}

const orders: IntegrationOrder[] = (['CREATED_AT', 'UPDATED_AT', 'TITLE'] as const).flatMap((field) =>
  (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })),
);

const filters: { name: string; filter: IntegrationFilter; matches: (row: Row) => boolean }[] = [
  { name: 'connector', filter: { connector: ['S3', 'HTTP_API'] }, matches: (r) => ['S3', 'HTTP_API'].includes(r.connector) },
  { name: 'one connector', filter: { connector: ['ATHENA'] }, matches: (r) => r.connector === 'ATHENA' },
  { name: 'disabled', filter: { disabled: true }, matches: (r) => r.disabled },
  { name: 'enabled', filter: { disabled: false }, matches: (r) => !r.disabled },
  { name: 'labels, all of', filter: { labels: ['prod', 'team:data'] }, matches: (r) => r.labels.includes('prod') && r.labels.includes('team:data') },
  { name: 'customerId', filter: { customerId: 'cust-b' }, matches: (r) => r.customerId === 'cust-b' },
  { name: 'search, case-insensitive', filter: { search: 'ALPHA' }, matches: (r) => r.title.includes('alpha') },
  {
    name: 'everything at once',
    filter: { connector: ['ATHENA', 'POSTGRES', 'S3'], disabled: false, labels: ['prod'], customerId: 'cust-a', search: 'o' },
    matches: (r) => r.connector !== 'HTTP_API' && !r.disabled && r.labels.includes('prod') && r.customerId === 'cust-a' && r.title.includes('o'),
  },
  { name: 'nothing matches', filter: { search: 'no such title' }, matches: () => false },
  { name: 'any of no connectors: none', filter: { connector: [] }, matches: () => false },
  { name: 'all of no labels: every one', filter: { labels: [] }, matches: () => true },
];

describe('integrations: walking the pages', () => {
  it('returns every integration exactly once, in order, with the right totalCount, for every orderBy', async () => {
    const api = await startTestApi(database());
    const rows = await seed(api);
    expect(rows).toHaveLength(45);
    for (const orderBy of orders) {
      const { seen, totals } = await walk(api, undefined, orderBy);
      const label = `${orderBy.field} ${orderBy.direction}`;
      expect(
        seen.map((r) => r.id),
        label,
      ).toEqual(sorted(rows, orderBy));
      expect.soft(totals, label).toEqual([45]);
    }
    const byDefault = await walk(api);
    expect(
      byDefault.seen.map((r) => r.id),
      'default order',
    ).toEqual(sorted(rows));
  });

  it('returns every matching integration exactly once with the right totalCount, for every filter', async () => {
    const api = await startTestApi(database());
    const rows = await seed(api);
    for (const { name, filter, matches } of filters) {
      const expected = rows.filter(matches);
      for (const orderBy of [undefined, { field: 'TITLE', direction: 'ASC' } as const]) {
        const { seen, totals } = await walk(api, filter, orderBy);
        const label = `${name} ${orderBy ? 'by title' : 'by default'}`;
        expect(
          seen.map((r) => r.id),
          label,
        ).toEqual(sorted(expected, orderBy));
        expect.soft(totals, label).toEqual([expected.length]);
      }
    }
    // The filters above exercised something: every one but the last three matched some but not all.
    for (const { name, matches } of filters.slice(0, -3)) {
      const count = rows.filter(matches).length;
      expect(count > 0 && count < rows.length, name).toBe(true);
    }
  });

  it('answers first: 0 with no edges but the totalCount', async () => {
    const api = await startTestApi(database());
    await createIntegration(api);
    await createIntegration(api, { config: configs.s3 });
    const response = await api.request(ListIntegrations, { first: 0 });
    expect(response.body.data?.integrations).toEqual({
      totalCount: 2,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('keeps totalCount on a page after the last integration', async () => {
    const api = await startTestApi(database());
    await createIntegration(api);
    await createIntegration(api, { config: configs.s3 });
    const all = (await api.request(ListIntegrations, { first: 2 })).body.data!.integrations;
    const past = (await api.request(ListIntegrations, { first: 2, after: all.pageInfo.endCursor })).body.data!.integrations;
    expect(past).toEqual({
      totalCount: 2,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});

describe('integrations: page size and cursors', () => {
  it('rejects first above 100 (and below 0) with a top-level INVALID_ARGUMENT error on ["first"] and no data', async () => {
    const api = await startTestApi(database());
    await createIntegration(api);
    for (const first of [101, 1000, -1]) {
      const response = await api.request(ListIntegrations, { first });
      expect(response.body.data ?? null, String(first)).toBeNull();
      expect(response.body.errors, String(first)).toHaveLength(1);
      expect(response.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('first'),
        extensions: { code: 'INVALID_ARGUMENT', fieldErrors: [{ path: ['first'] }] },
      });
    }
    const hundred = await api.request(ListIntegrations, { first: 100 });
    expect(hundred.body.data?.integrations.totalCount).toBe(1);
  });

  it('rejects a cursor that is not one of this list and order with a clear INVALID_ARGUMENT error', async () => {
    const api = await startTestApi(database());
    await createIntegration(api);
    await createIntegration(api, { config: configs.s3 });
    const byTitle = (await api.request(ListIntegrations, { first: 1, orderBy: { field: 'TITLE' } })).body.data!.integrations;
    const cursors = {
      garbage: 'garbage',
      base64Json: Buffer.from(JSON.stringify({ f: 'created_at', v: 'x', id: 'nope' })).toString('base64url'),
      empty: Buffer.from('{}').toString('base64url'),
      'another order': byTitle.pageInfo.endCursor!,
    };
    for (const [name, after] of Object.entries(cursors)) {
      const response = await api.request(ListIntegrations, { first: 5, after, orderBy: { field: 'CREATED_AT' } });
      expect(response.body.data ?? null, name).toBeNull();
      expect(response.body.errors, name).toHaveLength(1);
      expect(response.body.errors?.[0], name).toMatchObject({
        message: expect.stringMatching(/after.*cursor/i),
        extensions: { code: 'INVALID_ARGUMENT', fieldErrors: [{ path: ['after'], code: 'invalid_cursor' }] },
      });
    }
  });
});

describe('Integration.revisions: pages', () => {
  async function withRevisions(api: TestApi, changes: number) {
    const created = await createIntegration(api);
    for (let i = 1; i <= changes; i++) {
      const result = (await api.request(UpdateIntegration, { id: created.id, input: { title: `title ${i}` } })).body.data!.updateIntegration;
      expect(result.__typename).toBe('UpdateIntegrationPayload');
    }
    return created.id;
  }

  it('walks 7 revisions two at a time, newest first, each exactly once, with totalCount 7 on every page', async () => {
    const api = await startTestApi(database());
    const id = await withRevisions(api, 6);
    const versions: number[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const response = await api.request(GetRevisions, { id, first: 2, after });
      expect(response.body.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = response.body.data!.integration!.revisions;
      expect(totalCount).toBe(7);
      expect(pageInfo.hasPreviousPage).toBe(after !== undefined);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      versions.push(...edges.map((e) => e.node.version));
      if (!pageInfo.hasNextPage) break;
      expect(edges).toHaveLength(2);
      after = pageInfo.endCursor;
    }
    expect(versions).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('answers a page of exactly all revisions with hasNextPage false', async () => {
    const api = await startTestApi(database());
    const id = await withRevisions(api, 6);
    const revisions = (await api.request(GetRevisions, { id, first: 7 })).body.data!.integration!.revisions;
    expect(revisions.edges.map((e) => e.node.version)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(revisions.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(revisions.totalCount).toBe(7);
  });

  it('keeps totalCount on a page after the oldest revision', async () => {
    const api = await startTestApi(database());
    const id = await withRevisions(api, 2);
    const all = (await api.request(GetRevisions, { id, first: 3 })).body.data!.integration!.revisions;
    const past = (await api.request(GetRevisions, { id, first: 3, after: all.pageInfo.endCursor })).body.data!.integration!.revisions;
    expect(past).toEqual({
      totalCount: 3,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('rejects first above 100 on revisions with INVALID_ARGUMENT', async () => {
    const api = await startTestApi(database());
    const id = await withRevisions(api, 0);
    const response = await api.request(GetRevisions, { id, first: 101 });
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_ARGUMENT', fieldErrors: [{ path: ['first'] }] } });
  });
});

describe('page size of every connection', () => {
  it('refuses first above 100 and below 0 with the same INVALID_ARGUMENT on ["first"], nested or not, and reads nothing', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const integration = await createIntegration(api);
    const config = await api.request<{ createConnectorConfig: { connectorConfig: { id: string } } }, object>(
      'mutation { createConnectorConfig(input: { title: "A config", connector: HTTP_API, settings: { baseUrl: "https://a.example.com" } }) { ... on ConnectorConfigPayload { connectorConfig { id } } } }',
    );
    const endpoint = await api.request<{ createWebhookEndpoint: { endpoint: { id: string } } }, object>(
      'mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook" }) { ... on WebhookEndpointPayload { endpoint { id } } } }',
    );
    const ids = {
      integration: integration.id,
      config: config.body.data?.createConnectorConfig.connectorConfig.id,
      endpoint: endpoint.body.data?.createWebhookEndpoint.endpoint.id,
    };
    expect(Object.values(ids).every(Boolean)).toBe(true);
    const connections = [
      '{ integrations(first: $n) { totalCount } }',
      '{ integration(id: $integration) { revisions(first: $n) { totalCount } } }',
      '{ integration(id: $integration) { transfers(first: $n) { totalCount } } }',
      '{ connectorConfigs(first: $n) { totalCount } }',
      '{ connectorConfig(id: $config) { integrations(first: $n) { totalCount } } }',
      '{ webhookEndpoints(first: $n) { totalCount } }',
      '{ webhookEndpoint(id: $endpoint) { deliveries(first: $n) { totalCount } } }',
    ];
    for (const selection of connections) {
      const parent = (['integration', 'config', 'endpoint'] as const).find((name) => selection.includes(`$${name}`));
      const query = `query($n: Int!${parent ? `, $${parent}: ID!` : ''}) ${selection}`;
      const variables = parent ? { [parent]: ids[parent] } : {};
      for (const [n, code, message] of [
        [101, 'too_big', 'Too big: expected number to be <=100'],
        [-1, 'too_small', 'Too small: expected number to be >=0'],
      ] as const) {
        const { status, body } = await api.request(query, { n, ...variables });
        expect(status, `${selection} ${n}`).toBe(400);
        expect(body.errors, `${selection} ${n}`).toEqual([
          expect.objectContaining({
            message: `The input is invalid: first ${message}. Fix the fields listed in fieldErrors and retry.`,
            extensions: { code: 'INVALID_ARGUMENT', fieldErrors: [{ path: ['first'], code, message }] },
          }),
        ]);
      }
      expect((await api.request(query, { n: 100, ...variables })).body.errors, selection).toBeUndefined();
    }
  });
});

describe('cursors of every list', () => {
  const LISTS = `query($id: ID!, $field: IntegrationOrderField!) {
    integrations(first: 1, orderBy: { field: $field }) { pageInfo { endCursor } }
    integration(id: $id) {
      revisions(first: 1) { pageInfo { endCursor } }
      transfers(first: 1) { pageInfo { endCursor } }
    }
  }`;
  type Lists = { integrations: { pageInfo: { endCursor: string } }; integration: Record<'revisions' | 'transfers', { pageInfo: { endCursor: string } }> };
  const REPORT = 'mutation($id: ID!, $input: ReportTransferInput!) { reportTransfer(integrationId: $id, input: $input) { __typename } }';

  async function cursorsOf(api: TestApi) {
    const created = await createIntegration(api);
    await api.request(UpdateIntegration, { id: created.id, input: { title: 'changed' } });
    const input = { status: 'SUCCESS', isFullRefresh: false, models: ['orders'], endedAt: '2026-01-01T00:00:00.000Z' };
    expect((await api.request<{ reportTransfer: { __typename: string } }, object>(REPORT, { id: created.id, input }, { key: api.syncKey })).body.data).toEqual({
      reportTransfer: { __typename: 'ReportTransferPayload' },
    });
    const cursors: Record<string, string> = {};
    for (const field of ['CREATED_AT', 'UPDATED_AT', 'TITLE']) {
      const { body } = await api.request<Lists, object>(LISTS, { id: created.id, field });
      expect(body.errors).toBeUndefined();
      cursors[`integrations ${field}`] = body.data!.integrations.pageInfo.endCursor;
      cursors.revisions = body.data!.integration.revisions.pageInfo.endCursor;
      cursors.transfers = body.data!.integration.transfers.pageInfo.endCursor;
    }
    return { created, cursors };
  }

  it('hold no internal id: no row uuid of the integration or its transfer can be read from any cursor', async () => {
    const api = await startTestApi(database());
    const { cursors } = await cursorsOf(api);
    const rows = await api.database.db.selectFrom('transfers').select(['id', 'integration_id']).execute();
    expect(rows).toHaveLength(1);
    const uuids = [rows[0]!.id, rows[0]!.integration_id];
    for (const [list, cursor] of Object.entries(cursors)) {
      const decoded = [cursor, Buffer.from(cursor, 'base64url').toString('utf8'), Buffer.from(cursor, 'base64').toString('utf8')];
      for (const uuid of uuids) for (const text of decoded) expect(text.toLowerCase(), list).not.toContain(uuid);
    }
  });

  it('refuse a cursor of another list or order with INVALID_ARGUMENT on ["after"] and read nothing', async () => {
    const api = await startTestApi(database());
    const { created, cursors } = await cursorsOf(api);
    const readers: Record<string, (after: string) => Promise<Awaited<ReturnType<TestApi['request']>>>> = {
      'integrations CREATED_AT': (after) => api.request('query($after: String) { integrations(after: $after) { totalCount } }', { after }),
      'integrations TITLE': (after) =>
        api.request('query($after: String) { integrations(after: $after, orderBy: { field: TITLE }) { totalCount } }', { after }),
      revisions: (after) =>
        api.request('query($id: ID!, $after: String) { integration(id: $id) { revisions(after: $after) { totalCount } } }', { id: created.id, after }),
      transfers: (after) =>
        api.request('query($id: ID!, $after: String) { integration(id: $id) { transfers(after: $after) { totalCount } } }', { id: created.id, after }),
    };
    for (const [reader, read] of Object.entries(readers)) {
      for (const [list, cursor] of Object.entries(cursors)) {
        const response = await read(cursor);
        if (list === reader) {
          expect(response.body.errors, `${list} in ${reader}`).toBeUndefined();
          continue;
        }
        expect(response.body.errors?.[0], `${list} in ${reader}`).toMatchObject({
          message: expect.stringMatching(/after.*cursor/i),
          extensions: { code: 'INVALID_ARGUMENT', fieldErrors: [{ path: ['after'], code: 'invalid_cursor' }] },
        });
      }
    }
  });
});
