// Batching, proven by statement counts: a page of integrations with their revisions or transfers,
// and nodes() of many ids, each cost a fixed number of SQL statements however many integrations
// they show; an update costs 1 to 3, and on PostgreSQL the per-request statements are prepared
// once per connection.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listQuery } from '../bench/lib/operations.js';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { NodesByIds } from './documents/identity.js';
import { ListWithRevisions, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { freshSchemaUrl, testDatabaseKind, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

/** The key check: one statement, which every request but a guarded write runs (tenants/key-check.ts). */
const AUTH_STATEMENT = 'findActiveApiKeyByHash';

/** Runs one request and returns what it ran: the total number of statements and the count by name. */
async function statementsOf<T>(api: TestApi, send: () => Promise<T>) {
  const { statements } = api.database;
  const totalBefore = statements.total;
  const byNameBefore = new Map(statements.byName);
  const result = await send();
  const byName: Record<string, number> = {};
  for (const [name, count] of statements.byName) {
    const delta = count - (byNameBefore.get(name) ?? 0);
    if (delta > 0) byName[name] = delta;
  }
  return { result, total: statements.total - totalBefore, byName };
}

/** 50 integrations of mixed connectors, each with 6 revisions (a create and 5 updates). */
async function seed(api: TestApi) {
  const members = ['athena', 'postgres', 's3', 'httpApi'] as const;
  const created = await Promise.all(Array.from({ length: 50 }, (_, i) => createIntegration(api, { title: `batch ${i}`, config: configs[members[i % 4]] })));
  for (let round = 1; round <= 5; round++) {
    await Promise.all(
      created.map(async ({ id }) => {
        const result = (await api.request(UpdateIntegration, { id, input: { metadata: { round } } })).body.data!.updateIntegration;
        expect(result.__typename).toBe('UpdateIntegrationPayload');
      }),
    );
  }
  return created;
}

/** What this test reads of the benchmark's list (bench/lib/operations.ts: 100 rows with config, status, 3 revisions). */
interface PageOf100 {
  integrations: {
    pageInfo: { hasNextPage: boolean };
    edges: {
      node: {
        status: { state: string };
        config: { __typename: string };
        revisions: { totalCount: number; edges: { node: { version: number } }[] };
      };
    }[];
  };
}

describe('batching', () => {
  it('lists 50 integrations with 5 revisions each in 2 statements: the key, and the page with its revisions', async () => {
    const api = await startTestApi(database());
    await seed(api);
    const { result, total, byName } = await statementsOf(api, () => api.request(ListWithRevisions, { first: 50, revisions: 5 }));
    expect(result.body.errors).toBeUndefined();
    const { totalCount, edges } = result.body.data!.integrations;
    expect(totalCount).toBe(50);
    expect(edges).toHaveLength(50);
    for (const { node } of edges) {
      expect(node.revisions.totalCount).toBe(6);
      expect(node.revisions.edges.map((e) => e.node.version)).toEqual([6, 5, 4, 3, 2]);
    }
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1 });
    expect(total).toBe(2);
  });

  it('lists a page of 100 with config, status and the last 3 revisions in 2 statements, as the benchmark reads it', async () => {
    const api = await startTestApi(database());
    const members = ['athena', 'postgres', 's3', 'httpApi'] as const;
    const created = await Promise.all(Array.from({ length: 101 }, (_, i) => createIntegration(api, { title: `page ${i}`, config: configs[members[i % 4]] })));
    for (let round = 1; round <= 3; round++) {
      await Promise.all(created.map(({ id }) => api.request(UpdateIntegration, { id, input: { metadata: { round } } })));
    }
    const { result, total, byName } = await statementsOf(api, () => api.request<PageOf100, object>(listQuery, {}));
    expect(result.body.errors).toBeUndefined();
    const { edges, pageInfo } = result.body.data!.integrations;
    expect(edges).toHaveLength(100);
    expect(pageInfo.hasNextPage).toBe(true);
    for (const { node } of edges) {
      expect(node.status.state).toBe('UNKNOWN');
      expect(node.config.__typename).toMatch(/Config$/);
      expect(node.revisions.totalCount).toBe(4);
      expect(node.revisions.edges.map((e) => e.node.version)).toEqual([4, 3, 2]);
    }
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1 });
    expect(total).toBe(2);
  });

  it('resolves nodes(ids) of 50 integrations with one statement besides the key', async () => {
    const api = await startTestApi(database());
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => createIntegration(api, { title: `node ${i}`, config: configs.s3 })));
    const ids = created.map((c) => c.id).reverse();
    const { result, total, byName } = await statementsOf(api, () => api.request(NodesByIds, { ids }));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.nodes.map((n) => n?.id)).toEqual(ids);
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, findIntegrationsByIds: 1 });
    expect(total).toBe(2);
  });

  it('costs nothing but the key for nodes(ids) of ids that cannot exist', async () => {
    const api = await startTestApi(database());
    const { result, byName } = await statementsOf(api, () => api.request(NodesByIds, { ids: ['garbage', 'int_xyz'] }));
    expect(result.body.data?.nodes).toEqual([null, null]);
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1 });
  });

  it('updates with an etag in 3 statements when the key is new to the gateway: the key, the read, and the change with its revision as one', async () => {
    const api = await startTestApi(database(), { keyMemoryMs: 0 });
    const created = await createIntegration(api, { title: 'to update', config: configs.postgres });
    const { result, total, byName } = await statementsOf(api, () =>
      api.request(UpdateIntegration, { id: created.id, etag: created.etag, input: { title: 'updated', metadata: { n: 1 } } }),
    );
    expect(result.body.data?.updateIntegration.__typename).toBe('UpdateIntegrationPayload');
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, findIntegrationById: 1, updateIntegrationsWithRevisions: 1 });
    expect(total).toBe(3);
  });

  it('updates in 2 statements with a key the gateway knows: the read, and the change, which proves the key live', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'to update', config: configs.postgres });
    const { result, total, byName } = await statementsOf(api, () =>
      api.request(UpdateIntegration, { id: created.id, etag: created.etag, input: { title: 'updated', metadata: { n: 1 } } }),
    );
    expect(result.body.data?.updateIntegration.__typename).toBe('UpdateIntegrationPayload');
    expect(byName).toEqual({ findIntegrationById: 1, updateIntegrationsWithRevisions: 1 });
    expect(total).toBe(2);
  });

  it("updates in 1 statement with the etag of the gateway's own last write: the change, no read and no key check", async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'to update', config: configs.postgres });
    const first = (await api.request(UpdateIntegration, { id: created.id, etag: created.etag, input: { title: 'first' } })).body.data!.updateIntegration;
    if (first.__typename !== 'UpdateIntegrationPayload') throw new Error(first.__typename);
    const { result, total, byName } = await statementsOf(api, () =>
      api.request(UpdateIntegration, { id: created.id, etag: first.integration.etag, input: { title: 'second' } }),
    );
    expect(result.body.data?.updateIntegration).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { title: 'second', version: 3 } });
    expect(byName).toEqual({ updateIntegrationsWithRevisions: 1 });
    expect(total).toBe(1);
  });

  it('remembers at most API_KEY_MEMORY_SIZE keys: past it, the least recently confirmed key is checked again', async () => {
    for (const [size, checks] of [
      [1, 1],
      [2, 0],
    ] as const) {
      const api = await startTestApi(database(), { keyMemorySize: size });
      const created = await createIntegration(api, { title: 'remembered', config: configs.postgres });
      let etag = created.etag;
      const update = async (key: string, title: string) => {
        const { result, byName } = await statementsOf(api, () => api.request(UpdateIntegration, { id: created.id, etag, input: { title } }, { key }));
        const payload = result.body.data!.updateIntegration;
        if (payload.__typename !== 'UpdateIntegrationPayload') throw new Error(payload.__typename);
        etag = payload.integration.etag;
        return byName[AUTH_STATEMENT] ?? 0;
      };
      // Both keys of the tenant are confirmed once, the write key first; then the write key again.
      await api.request('{ __typename }', undefined, { key: api.readKey });
      expect(await update(api.writeKey, `${size} a`), `capacity ${size}`).toBe(checks);
      expect(await update(api.writeKey, `${size} b`), `capacity ${size}`).toBe(0);
    }
  });

  it('runs the key check for every other operation, remembered key or not', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'to read', config: configs.postgres });
    const { total, byName } = await statementsOf(api, () => api.request(NodesByIds, { ids: [created.id] }));
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, findIntegrationsByIds: 1 });
    expect(total).toBe(2);
    expect((await statementsOf(api, () => api.request('{ __typename }'))).byName).toEqual({ [AUTH_STATEMENT]: 1 });
  });
});

const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) {
  reportTransfer(integrationId: $id, input: $input) { __typename }
}`;

/** `count` integrations, each with `runs` transfers reported an hour apart, the n-th integration's failing. */
async function seedTransfers(api: TestApi, count: number, runs: number) {
  const created = await Promise.all(Array.from({ length: count }, (_, i) => createIntegration(api, { title: `tr ${i}`, config: configs.postgres })));
  for (const [i, { id }] of created.entries()) {
    for (let run = 0; run < runs; run++) {
      const status = run % 2 === 0 ? 'SUCCESS' : 'FAILED';
      const input = {
        status,
        isFullRefresh: false,
        models: ['orders'],
        endedAt: new Date(Date.UTC(2026, 0, 1, run, i)).toISOString(),
        ...(status === 'FAILED' ? { error: { title: 'no', blame: 'UNKNOWN' } } : {}),
      };
      const response = await api.request<{ reportTransfer: { __typename: string } }, object>(REPORT, { id, input }, { key: api.syncKey });
      expect(response.body.data?.reportTransfer.__typename).toBe('ReportTransferPayload');
    }
  }
  return created;
}

type TransferPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { endedAt: string; status: string } }[];
};

describe('batching transfers', () => {
  it('lists 20 integrations with a page of transfers each in 4 statements: the key, the page, the transfer pages, the last transfers', async () => {
    const api = await startTestApi(database());
    await seedTransfers(api, 20, 3);
    const query = `{ integrations(first: 20) { edges { node { title
      lastCompletedTransfer { endedAt }
      transfers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { endedAt status } } }
      failed: transfers(first: 5, status: FAILED) { totalCount edges { node { status } } }
    } } } }`;
    type Listed = {
      integrations: { edges: { node: { title: string; lastCompletedTransfer: { endedAt: string }; transfers: TransferPage; failed: TransferPage } }[] };
    };
    const { result, total, byName } = await statementsOf(api, () => api.request<Listed, object>(query, {}));
    expect(result.body.errors).toBeUndefined();
    const { edges } = result.body.data!.integrations;
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      const i = Number(node.title.split(' ')[1]);
      const endedAt = (run: number) => new Date(Date.UTC(2026, 0, 1, run, i)).toISOString();
      expect(node.lastCompletedTransfer.endedAt).toBe(endedAt(2));
      expect(node.transfers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(node.transfers.edges.map((e) => e.node)).toEqual([
        { endedAt: endedAt(2), status: 'SUCCESS' },
        { endedAt: endedAt(1), status: 'FAILED' },
      ]);
      expect(node.failed).toMatchObject({ totalCount: 1, edges: [{ node: { status: 'FAILED' } }] });
    }
    // Both transfers fields of all 20 integrations (two filters, two sizes) are one statement.
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1, listTransfersForIntegrations: 1, findLastTransfers: 1 });
    expect(total).toBe(4);
  });

  it('reads the next pages of several integrations, each after its own cursor, in one statement', async () => {
    const api = await startTestApi(database());
    const [a, b] = await seedTransfers(api, 2, 3);
    const firstPages = await api.request<Record<'a' | 'b', { transfers: TransferPage }>, object>(
      'query($a: ID!, $b: ID!) { a: integration(id: $a) { transfers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { endedAt status } } } } b: integration(id: $b) { transfers(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { endedAt status } } } } }',
      { a: a!.id, b: b!.id },
    );
    const { a: pageA, b: pageB } = firstPages.body.data!;
    const next =
      'query($a: ID!, $b: ID!, $afterA: String, $afterB: String) { a: integration(id: $a) { transfers(first: 2, after: $afterA) { totalCount pageInfo { hasNextPage } edges { node { endedAt } } } } b: integration(id: $b) { transfers(first: 2, after: $afterB) { totalCount pageInfo { hasNextPage } edges { node { endedAt } } } } }';
    const { result, byName } = await statementsOf(api, () =>
      api.request<Record<'a' | 'b', { transfers: TransferPage }>, object>(next, {
        a: a!.id,
        b: b!.id,
        afterA: pageA.transfers.pageInfo.endCursor,
        afterB: pageB.transfers.pageInfo.endCursor,
      }),
    );
    expect(result.body.errors).toBeUndefined();
    const endedAt = (run: number, i: number) => new Date(Date.UTC(2026, 0, 1, run, i)).toISOString();
    expect(result.body.data).toEqual({
      a: { transfers: { totalCount: 3, pageInfo: { hasNextPage: false }, edges: [{ node: { endedAt: endedAt(0, 0) } }] } },
      b: {
        transfers: { totalCount: 3, pageInfo: { hasNextPage: false }, edges: [{ node: { endedAt: endedAt(1, 1) } }, { node: { endedAt: endedAt(0, 1) } }] },
      },
    });
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, findIntegrationsByIds: 1, listTransfersForIntegrations: 1 });
  });
});

/** The SQL text of each statement named `name` that the requests send from now on (the counter sees every statement). */
function statementTexts(api: TestApi, name: string): string[] {
  const seen: string[] = [];
  const { statements } = api.database;
  const record = statements.record.bind(statements);
  statements.record = (text: string) => {
    if (text.startsWith(`/* ${name} */`)) seen.push(text);
    record(text);
  };
  onTestFinished(() => {
    statements.record = record;
  });
  return seen;
}

describe('revisions read with their page', () => {
  type Versions = { totalCount: number; pageInfo?: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { version: number } }[] };
  type Listed = { integrations: { edges: { node: { title: string } & Record<string, Versions> }[] } };

  /** Three integrations with 4, 3 and 2 revisions (the newest first in the list). */
  async function seeded() {
    const api = await startTestApi(database());
    for (const [title, updates] of [
      ['c', 3],
      ['b', 2],
      ['a', 1],
    ] as const) {
      const { id } = await createIntegration(api, { title, config: configs.postgres });
      for (let n = 0; n < updates; n++) await api.request(UpdateIntegration, { id, input: { metadata: { n } } });
    }
    return api;
  }

  async function list(api: TestApi, query: string, variables: Record<string, unknown> = {}) {
    const { result, byName } = await statementsOf(api, () => api.request<Listed, object>(query, variables));
    expect(result.body.errors).toBeUndefined();
    const { edges } = result.body.data!.integrations;
    return { nodes: edges.map((edge) => edge.node), byName };
  }

  const versions = (page: Versions) => page.edges.map((edge) => edge.node.version);

  it('answers every node from the page statement, through fragments and variables, and as the loader does', async () => {
    const api = await seeded();
    const documents: [string, Record<string, unknown>][] = [
      ['{ integrations { edges { node { title revisions(first: 2) { totalCount edges { node { version } } } } } } }', {}],
      [
        'query($n: Int) { integrations { edges { node { title ...R } } } } fragment R on Integration { revisions(first: $n) { totalCount edges { node { version } } } }',
        { n: 2 },
      ],
      [
        '{ integrations { edges { ... on IntegrationEdge { node { title ... on Integration { revisions(first: 2) { totalCount edges { node { version } } } } } } } } }',
        {},
      ],
    ];
    for (const [query, variables] of documents) {
      const { nodes, byName } = await list(api, query, variables);
      expect(byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1 });
      expect(nodes.map((n) => [n.title, n.revisions!.totalCount, versions(n.revisions!)])).toEqual([
        ['a', 2, [2, 1]],
        ['b', 3, [3, 2]],
        ['c', 4, [4, 3]],
      ]);
    }
    // The same page read by the loader (no list to read it with): the same answer.
    const byLoader = await api.request<{ nodes: { revisions: Versions }[] }, object>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Integration { revisions(first: 2) { totalCount edges { node { version } } } } } }',
      { ids: (await api.request<Listed, object>('{ integrations { edges { node { id } } } }')).body.data!.integrations.edges.map((e) => e.node.id) },
    );
    expect(byLoader.body.data!.nodes.map((n) => [n.revisions.totalCount, versions(n.revisions)])).toEqual([
      [2, [2, 1]],
      [3, [3, 2]],
      [4, [4, 3]],
    ]);
  });

  it('reads other pages of revisions, a second alias and a later page, with the loader as before', async () => {
    const api = await seeded();
    const first = await list(
      api,
      '{ integrations { edges { node { title newest: revisions(first: 1) { totalCount edges { node { version } } } all: revisions(first: 10) { totalCount edges { node { version } } } } } } }',
    );
    expect(first.byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1, listRevisionsForIntegrations: 1 });
    expect(first.nodes.map((n) => [versions(n.newest!), versions(n.all!)])).toEqual([
      [[2], [2, 1]],
      [[3], [3, 2, 1]],
      [[4], [4, 3, 2, 1]],
    ]);

    // Two lists in one request, each with its own revision page: each node answers its own list's.
    const both = await api.request<{ one: Listed['integrations']; two: Listed['integrations'] }, object>(
      '{ one: integrations { edges { node { revisions(first: 1) { totalCount edges { node { version } } } } } } two: integrations { edges { node { revisions(first: 2) { totalCount edges { node { version } } } } } } }',
    );
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data!.one.edges.map((e) => versions(e.node.revisions!))).toEqual([[2], [3], [4]]);
    expect(both.body.data!.two.edges.map((e) => versions(e.node.revisions!))).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
    ]);

    const paged = await list(
      api,
      '{ integrations { edges { node { revisions(first: 1) { pageInfo { hasNextPage endCursor } totalCount edges { node { version } } } } } } }',
    );
    const cursor = paged.nodes[2]!.revisions!.pageInfo!.endCursor;
    expect(paged.nodes[2]!.revisions!.pageInfo!.hasNextPage).toBe(true);
    const next = await list(
      api,
      'query($after: String) { integrations { edges { node { revisions(first: 2, after: $after) { totalCount edges { node { version } } } } } } }',
      {
        after: cursor,
      },
    );
    expect(next.byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1, listRevisionsForIntegrations: 1 });
    // c's cursor (after version 4) for every node: each reads its revisions before version 4.
    expect(next.nodes.map((n) => [n.revisions!.totalCount, versions(n.revisions!)])).toEqual([
      [2, [2, 1]],
      [3, [3, 2]],
      [4, [3, 2]],
    ]);
  });

  it('reads no revisions a document skips, and an invalid page size fails as before, reading nothing', async () => {
    const api = await seeded();
    const texts = statementTexts(api, 'listIntegrations');
    const skipped = await list(api, 'query($no: Boolean!) { integrations { edges { node { title revisions(first: 2) @include(if: $no) { totalCount } } } } }', {
      no: false,
    });
    expect(skipped.byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1 });
    expect(texts.pop()).not.toContain('integration_revisions');

    const { result, byName } = await statementsOf(api, () => api.request('{ integrations { edges { node { revisions(first: 101) { totalCount } } } } }'));
    expect(result.body.errors?.[0]?.message).toContain('Too big: expected number to be <=100');
    expect(byName).toEqual({ [AUTH_STATEMENT]: 1, listIntegrations: 1 });
    expect(texts.pop()).not.toContain('integration_revisions');
  });
});

describe('revision snapshots in a list', () => {
  type Listed = { integrations: { edges: { node: { title: string; revisions: { edges: { node: { version: number; snapshot?: { title: string } } }[] } } }[] } };

  it('are fetched only when the query selects them: directly, through a named or inline fragment, or a field written twice', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'snap', config: configs.postgres });
    await api.request(UpdateIntegration, { id: created.id, input: { title: 'snapped' } });
    // The list reads its nodes' revisions in its own statement (no loader statement).
    const sent = statementTexts(api, 'listIntegrations');
    const loaded = statementTexts(api, 'listRevisionsForIntegrations');
    const list = async (query: string) => {
      const { body } = await api.request(query);
      expect(body.errors).toBeUndefined();
      return (body.data as Listed).integrations.edges[0]!.node.revisions.edges.map((e) => e.node);
    };

    expect(await list('{ integrations { edges { node { revisions(first: 2) { edges { node { version } } } } } } }')).toEqual([{ version: 2 }, { version: 1 }]);
    expect(sent.pop()).not.toContain('snapshot::text');

    const withSnapshots = [
      '{ integrations { edges { node { revisions(first: 2) { edges { node { version snapshot } } } } } } }',
      '{ integrations { edges { node { revisions(first: 2) { edges { node { version ...Snap } } } } } } } fragment Snap on IntegrationRevision { snapshot }',
      '{ integrations { edges { node { revisions(first: 2) { edges { node { version ... on IntegrationRevision { snapshot } } } } } } } }',
      // The same field written twice, in a fragment without snapshot and beside it with: merged, it reads them.
      '{ integrations { edges { node { ...Versions revisions(first: 2) { edges { node { snapshot } } } } } } } fragment Versions on Integration { revisions(first: 2) { edges { node { version } } } }',
    ];
    for (const query of withSnapshots) {
      const revisions = await list(query);
      expect(revisions.map((r) => r.snapshot?.title)).toEqual(['snapped', 'snap']);
      expect(sent.pop()).toContain('snapshot::text');
    }
    expect(sent).toEqual([]);
    expect(loaded).toEqual([]);
  });
});

describe.skipIf(testDatabaseKind !== 'postgres')('statements prepared on the server (PostgreSQL)', () => {
  it('parses the per-request statements once per connection, and prepares one again after its table changed shape', async () => {
    // One connection, so the session that holds the prepared statements is the one asked about them.
    const url = await freshSchemaUrl(process.env.TEST_DATABASE_URL as string, 'prepared');
    const handle = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
    onTestFinished(() => handle.close());
    await migrateToLatest(handle.db);
    const api = await startTestApi(handle);
    const created = await createIntegration(api, { title: 'prepared', config: configs.postgres });
    let etag = created.etag;
    // With the etag: the prepared path. Without one, the row is locked in a transaction, whose
    // write is sent unprepared (update-batch.ts).
    const update = async (title: string, withEtag = true) => {
      const result = (await api.request(UpdateIntegration, { id: created.id, input: { title }, etag: withEtag ? etag : null })).body.data?.updateIntegration;
      if (result?.__typename === 'UpdateIntegrationPayload') etag = result.integration.etag;
      return result?.__typename;
    };
    expect(await update('first')).toBe('UpdateIntegrationPayload');
    const names = (await sql<{ name: string }>`select name from pg_prepared_statements`.execute(handle.db)).rows.map((r) => r.name);
    for (const statement of [AUTH_STATEMENT, 'findIntegrationById', 'updateIntegrationsWithRevisions']) {
      expect(names.some((name) => name.startsWith(`${statement}_`))).toBe(true);
    }
    // A newer release adds a column while this process runs: `select *` and `returning *` change shape.
    await sql`alter table integrations add column added_later integer`.execute(handle.db);
    expect(await update('second')).toBe('UpdateIntegrationPayload');
    expect(await update('third')).toBe('UpdateIntegrationPayload');
    expect(await update('fourth', false)).toBe('UpdateIntegrationPayload');
  });
});
