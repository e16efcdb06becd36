// Tenant isolation, proven: tenant B tries every root field against tenant A's integration with
// both its keys, and each attempt answers exactly as it does for an id that does not exist. The
// cases are checked against the schema's root fields, so a new root field without a case fails.
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { GetIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();
const MISSING_ID = 'int_0123456789abcdef0123456789abcdef';

type Attempt = (api: TestApi, id: string, key: string) => Promise<unknown>;

const send = async (api: TestApi, key: string, query: string, variables: Record<string, unknown>) => {
  const response = await api.request(query, variables as never, { key });
  return { status: response.status, body: response.body };
};

const filters = [{}, { connector: ['ATHENA'] }, { disabled: false }, { labels: ['secret-project'] }, { customerId: 'cust-a' }, { search: 'Tenant A' }];

/** One attempt per root field; `null` marks a field that takes no id and returns no tenant data. */
const cases: Record<string, Attempt | { noTarget: string }> = {
  integration: (api, id, key) =>
    send(
      api,
      key,
      'query($id: ID!) { integration(id: $id) { id title delivery { frequencyMinutes } revisions { totalCount edges { node { version } } } transfers { totalCount } lastCompletedTransfer { status } } }',
      { id },
    ),
  reportTransfer: (api, id, key) =>
    send(
      api,
      key,
      'mutation($id: ID!) { reportTransfer(integrationId: $id, input: { status: FAILED, isFullRefresh: false, models: ["m"], endedAt: "2026-01-01T00:00:00Z", error: { title: "x", blame: CUSTOMER } }) { __typename ... on Error { code message } } }',
      { id },
    ),
  node: (api, id, key) => send(api, key, 'query($id: ID!) { node(id: $id) { id } }', { id }),
  nodes: (api, id, key) => send(api, key, 'query($id: ID!) { nodes(ids: [$id]) { id } }', { id }),
  integrations: async (api, id, key) => {
    const pages = [];
    for (const filter of filters) {
      const result = await send(
        api,
        key,
        'query($filter: IntegrationFilter) { integrations(first: 100, filter: $filter) { totalCount edges { node { id } } } }',
        { filter },
      );
      // The answer must not depend on which id we aimed at: it never contains A's integration.
      expect(JSON.stringify(result)).not.toContain(id);
      pages.push(result);
    }
    return pages;
  },
  updateIntegration: (api, id, key) =>
    send(api, key, 'mutation($id: ID!) { updateIntegration(id: $id, input: { title: "pwned" }) { __typename ... on Error { code message } } }', { id }),
  restoreIntegration: (api, id, key) =>
    send(api, key, 'mutation($id: ID!) { restoreIntegration(id: $id, version: 1, expectedVersion: 1) { __typename ... on Error { code message } } }', { id }),
  deleteIntegration: (api, id, key) => send(api, key, 'mutation($id: ID!) { deleteIntegration(id: $id) { __typename ... on Error { code message } } }', { id }),
  testIntegration: (api, id, key) => send(api, key, 'mutation($id: ID!) { testIntegration(id: $id) { __typename ... on Error { code message } } }', { id }),
  // B's proposal naming A's integration: not found, and A's stored secrets go nowhere.
  testIntegrationConfig: (api, id, key) =>
    send(
      api,
      key,
      'mutation($id: ID!) { testIntegrationConfig(integrationId: $id, config: { athena: { accessKey: { accessKeyId: "AKIA" }, region: "eu-west-1" } }) { __typename ... on Error { code message } } }',
      { id },
    ),
  _entities: (api, id, key) =>
    send(api, key, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Integration { id title } } }', {
      r: [{ __typename: 'Integration', id }],
    }),
  createIntegration: { noTarget: "creates in the caller's own tenant; A is checked unchanged afterwards" },
  connectors: { noTarget: 'the catalog, the same for every tenant' },
  connector: { noTarget: 'the catalog, the same for every tenant' },
  tenant: { noTarget: "always the caller's own tenant" },
  _service: { noTarget: 'the SDL, the same for every tenant' },
};

describe('tenant isolation', () => {
  it('has a case for every root field of the schema', () => {
    const rootFields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(cases).sort()).toEqual(rootFields);
  });

  it("answers tenant B's every attempt on A's integration exactly as for a missing id, and leaves A unchanged", async () => {
    const api = await startTestApi(database());
    const a = await createIntegration(api, {
      title: 'Tenant A secret project',
      labels: ['secret-project'],
      customerId: 'cust-a',
      config: configs.athena,
    });
    const b = await api.otherTenant();
    await createIntegration(api, { title: 'B own' }).catch(() => undefined); // noise in A's tenant is fine
    for (const [field, attempt] of Object.entries(cases)) {
      if (typeof attempt !== 'function') continue;
      // Every scope of B's keys, the sync key included (the one scope reportTransfer takes).
      for (const [scope, key] of [
        ['read', b.readKey],
        ['write', b.writeKey],
        ['sync', b.syncKey],
      ]) {
        const onA = await attempt(api, a.id, key);
        const onMissing = await attempt(api, MISSING_ID, key);
        expect(JSON.stringify(onA).replaceAll(a.id, 'ID'), `${field} with ${scope} key`).toBe(JSON.stringify(onMissing).replaceAll(MISSING_ID, 'ID'));
      }
    }
    const after = (await api.request(GetIntegration, { id: a.id })).body.data!.integration!;
    expect(after).toMatchObject({ etag: a.etag, version: 1, title: 'Tenant A secret project' });
  });
});
