// The service as an Apollo Federation 2 subgraph: _service and _entities, batching and tenancy of
// entity resolution, and a real composition with a second subgraph behind @apollo/gateway.
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { describe, expect, it, onTestFinished } from 'vitest';
import { conflictingTypeDefs, startSyncRunsSubgraph, syncRunsTypeDefs } from './fixtures/sync-runs-subgraph.js';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();
const subgraphSdl = readFileSync(new URL('../subgraph.graphql', import.meta.url), 'utf8');

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Integration { id title } ... on Tenant { id name } }
}`;

describe('the subgraph', () => {
  it('answers _service { sdl } with the federation directives', async () => {
    const api = await startTestApi(database());
    const response = await api.request<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(response.body.data?._service.sdl).toContain('@key(fields: "id")');
    expect(response.body.data?._service.sdl).toContain('type Tenant');
  });

  it('refuses _service { sdl } when introspection is off, however it is asked for, and says how to get the SDL; _entities still works', async () => {
    const api = await startTestApi(database(), { introspection: false });
    const created = await createIntegration(api, { title: 'Routed' });
    for (const document of [
      '{ _service { sdl } }',
      '{ schema: _service { sdl } }',
      '{ ...Sdl } fragment Sdl on Query { _service { sdl } }',
      '{ ... on Query { _service { __typename } } }',
      'query { tenant { name } _service { sdl } }',
    ]) {
      const response = await api.request<{ _service: { sdl: string } }, object>(document);
      expect(response.status, document).toBe(403);
      expect(response.body.data ?? null, document).toBeNull();
      expect(response.body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
      expect(response.body.errors?.[0].message).toMatch(/subgraph\.graphql.*FEDERATION_SDL=on/);
      expect(JSON.stringify(response.body)).not.toContain('@key');
    }
    const entities = await api.request<{ _entities: unknown[] }, object>(ENTITIES, { representations: [{ __typename: 'Integration', id: created.id }] });
    expect(entities.body).toEqual({ data: { _entities: [{ __typename: 'Integration', id: created.id, title: 'Routed' }] } });
  });

  it('serves _service { sdl } with introspection off when configured for a router (FEDERATION_SDL=on), and refuses it with introspection on when off', async () => {
    const forRouter = await startTestApi(database(), { introspection: false, federationSdl: true });
    const served = await forRouter.request<{ _service: { sdl: string } }, object>('{ _service { sdl } }');
    expect(served.body.data?._service.sdl).toContain('type Integration');
    expect((await forRouter.request('{ __schema { queryType { name } } }')).body.data ?? null).toBeNull(); // introspection stays off
    const off = await startTestApi(database(), { introspection: true, federationSdl: false });
    expect((await off.request('{ _service { sdl } }')).body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
    expect((await off.request('{ __schema { queryType { name } } }')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('resolves 200 Integration representations with one SQL statement, in order', async () => {
    const api = await startTestApi(database());
    const created = await Promise.all(Array.from({ length: 200 }, (_, i) => createIntegration(api, { title: `entity ${i}`, config: configs.s3 })));
    const representations = created.map((integration) => ({ __typename: 'Integration', id: integration.id }));
    const before = api.database.statements.byName.get('findIntegrationsByIds') ?? 0;
    const totalBefore = api.database.statements.total;
    const response = await api.request<{ _entities: { id: string; title: string }[] }, object>(ENTITIES, { representations });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities.map((e) => e.title)).toEqual(created.map((_, i) => `entity ${i}`));
    expect((api.database.statements.byName.get('findIntegrationsByIds') ?? 0) - before).toBe(1);
    // One statement for the entities, one to authenticate the API key: nothing else.
    expect(api.database.statements.total - totalBefore).toBe(2);
  });

  it("respects the caller's tenant: another tenant's ids, unknown and malformed ids resolve to null", async () => {
    const api = await startTestApi(database());
    const mine = await createIntegration(api);
    const other = await api.otherTenant();
    const representations = [
      { __typename: 'Integration', id: mine.id },
      { __typename: 'Integration', id: 'int_00000000000000000000000000000000' },
      { __typename: 'Integration', id: 'garbage' },
      { __typename: 'Tenant', id: 'ten_00000000000000000000000000000000' },
    ];
    const asOwner = await api.request<{ _entities: unknown[] }, object>(ENTITIES, { representations });
    expect(asOwner.body.data?._entities).toEqual([{ __typename: 'Integration', id: mine.id, title: 'Athena prod' }, null, null, null]);
    const asOther = await api.request<{ _entities: unknown[] }, object>(ENTITIES, { representations }, { key: other.readKey });
    expect(asOther.body.data?._entities).toEqual([null, null, null, null]);
  });

  it('resolves the Tenant entity for its own tenant only', async () => {
    const api = await startTestApi(database());
    const me = await api.request<{ tenant: { id: string; name: string } }, object>('{ tenant { id name } }');
    const tenant = me.body.data!.tenant;
    expect(tenant.name).toBe(api.tenant);
    const own = await api.request<{ _entities: unknown[] }, object>(ENTITIES, { representations: [{ __typename: 'Tenant', id: tenant.id }] });
    expect(own.body.data?._entities).toEqual([{ __typename: 'Tenant', id: tenant.id, name: api.tenant }]);
    const other = await api.otherTenant();
    const foreign = await api.request<{ _entities: unknown[] }, object>(
      ENTITIES,
      { representations: [{ __typename: 'Tenant', id: tenant.id }] },
      { key: other.readKey },
    );
    expect(foreign.body.data?._entities).toEqual([null]);
  });
});

describe('composition and the gateway', () => {
  it('composes with a second subgraph and routes a query spanning both, forwarding Authorization', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'Routed' });
    const syncs = await startSyncRunsSubgraph();
    onTestFinished(() => syncs.close());

    const composed = composeServices([
      { name: 'integrations', typeDefs: parse(subgraphSdl), url: api.url },
      { name: 'syncs', typeDefs: syncRunsTypeDefs, url: syncs.url },
    ]);
    expect(composed.errors).toBeUndefined();

    const gateway = new ApolloGateway({
      supergraphSdl: composed.supergraphSdl!,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url,
          willSendRequest({ request, context }) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          },
        }),
    });
    const server = new ApolloServer<{ authorization?: string }>({ gateway });
    const { url } = await startStandaloneServer(server, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }) => ({ authorization: req.headers.authorization }),
    });
    onTestFinished(() => server.stop());

    const query = `{ integrations(first: 5) { totalCount edges { node { id title tenant { name } syncRuns { id status seenAuthorization } } } } }`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.writeKey}` },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.integrations).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: created.id,
            title: 'Routed',
            tenant: { name: api.tenant },
            syncRuns: [{ id: `${created.id}-run-1`, status: 'SUCCESS', seenAuthorization: `Bearer ${api.writeKey}` }],
          },
        },
      ],
    });

    // Without the header the gateway gets our UNAUTHENTICATED answer back from the subgraph.
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
    expect(anonymous.data?.integrations ?? null).toBeNull();
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
  });

  it('reports a composition error for a conflicting field type', () => {
    const composed = composeServices([
      { name: 'integrations', typeDefs: parse(subgraphSdl), url: 'http://127.0.0.1:1/graphql' },
      { name: 'conflicting', typeDefs: conflictingTypeDefs, url: 'http://127.0.0.1:2/graphql' },
    ]);
    expect(composed.errors?.length).toBeGreaterThan(0);
    expect(composed.errors!.map((e) => e.message).join('\n')).toMatch(/Integration\.title/);
  });
});
