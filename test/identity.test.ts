// Identity: an id that is unknown, malformed, deleted or another tenant's answers exactly alike
// (not found) on every read and write; deleting with etags, and what a deleted integration is.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NodeById, NodesByIds } from './documents/identity.js';
import { DeleteIntegration, GetIntegration, ListIntegrations, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

/** Every way a caller can reach each id; the answers must not depend on which kind of id it is. */
async function answersFor(api: TestApi, id: string) {
  const strip = (response: { status: number; body: unknown }) => ({ status: response.status, body: response.body });
  return {
    integration: strip(await api.request(GetIntegration, { id })),
    node: strip(await api.request(NodeById, { id })),
    nodes: strip(await api.request(NodesByIds, { ids: [id, id] })),
    update: strip(await api.request(UpdateIntegration, { id, input: { title: 'taken over' } })),
    updateWithEtag: strip(await api.request(UpdateIntegration, { id, input: { title: 'taken over' }, etag: 'some-etag' })),
    delete: strip(await api.request(DeleteIntegration, { id })),
    deleteWithEtag: strip(await api.request(DeleteIntegration, { id, etag: 'some-etag' })),
  };
}

/** The same server, acting with another key by default (fixtures' createIntegration uses the default key). */
function actingAs(api: TestApi, key: string): TestApi {
  return { ...api, request: (document, variables, options) => api.request(document, variables, { key, ...options }) };
}

const notFound = {
  __typename: 'NotFoundError',
  code: 'NOT_FOUND',
  message: expect.stringContaining('No integration with that id exists for this tenant'),
};

describe('identity: ids that are not found', () => {
  it('answers unknown, malformed, deleted and other-tenant ids identically: null reads and NotFoundError writes', async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const theirs = await createIntegration(actingAs(api, other.writeKey), { title: 'Theirs', config: configs.postgres });
    const deleted = await createIntegration(api, { title: 'Deleted' });
    expect((await api.request(DeleteIntegration, { id: deleted.id })).body.data?.deleteIntegration.__typename).toBe('DeleteIntegrationPayload');

    const ids = {
      unknown: `int_${randomBytes(16).toString('hex')}`,
      garbage: 'garbage',
      int_xyz: 'int_xyz',
      base64: Buffer.from('Integration:1').toString('base64'),
      uppercase: theirs.id.toUpperCase(),
      empty: '',
      deleted: deleted.id,
      otherTenant: theirs.id,
    };
    const reference = await answersFor(api, ids.unknown);
    expect(reference).toEqual({
      integration: { status: 200, body: { data: { integration: null } } },
      node: { status: 200, body: { data: { node: null } } },
      nodes: { status: 200, body: { data: { nodes: [null, null] } } },
      update: { status: 200, body: { data: { updateIntegration: notFound } } },
      updateWithEtag: { status: 200, body: { data: { updateIntegration: notFound } } },
      delete: { status: 200, body: { data: { deleteIntegration: notFound } } },
      deleteWithEtag: { status: 200, body: { data: { deleteIntegration: notFound } } },
    });
    for (const [kind, id] of Object.entries(ids)) {
      expect(await answersFor(api, id), kind).toEqual(reference);
    }
    // The read key sees the same nulls for reads.
    const read = await api.request(GetIntegration, { id: theirs.id }, { key: api.readKey });
    expect(read.body).toEqual({ data: { integration: null } });
  });

  it("leaves the other tenant's integration unchanged after every attempt", async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const theirs = await createIntegration(actingAs(api, other.writeKey), { title: 'Theirs', labels: ['prod'], config: configs.s3 });
    await answersFor(api, theirs.id);
    await answersFor(actingAs(api, api.readKey), theirs.id);
    const after = await api.request(GetIntegration, { id: theirs.id }, { key: other.writeKey });
    expect(after.body.data?.integration).toEqual(theirs);
  });

  it('returns nodes in the order asked, null where not found', async () => {
    const api = await startTestApi(database());
    const first = await createIntegration(api, { title: 'First' });
    const second = await createIntegration(api, { title: 'Second', config: configs.s3 });
    const response = await api.request(NodesByIds, { ids: [second.id, 'garbage', first.id, `int_${'0'.repeat(32)}`, second.id] });
    expect(response.body.data?.nodes.map((n) => n?.id ?? null)).toEqual([second.id, null, first.id, null, second.id]);
    expect(response.body.data?.nodes[0]).toEqual({ __typename: 'Integration', id: second.id, title: 'Second', etag: second.etag });
  });
});

describe('deleteIntegration', () => {
  it('rejects a stale etag with the current etag and version, and changes nothing', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const updated = (await api.request(UpdateIntegration, { id: created.id, input: { title: 'changed' } })).body.data!.updateIntegration;
    if (updated.__typename !== 'UpdateIntegrationPayload') throw new Error(JSON.stringify(updated));
    const response = await api.request(DeleteIntegration, { id: created.id, etag: created.etag });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.deleteIntegration).toEqual({
      __typename: 'EtagMismatchError',
      code: 'ABORTED',
      message: expect.stringContaining('Read it again'),
      currentEtag: updated.integration.etag,
      currentVersion: 2,
    });
    const after = (await api.request(GetIntegration, { id: created.id })).body.data!.integration;
    expect(after).toEqual(updated.integration);
    expect((await api.request(ListIntegrations, {})).body.data!.integrations.totalCount).toBe(1);
  });

  it('deletes with the current etag; afterwards reads are null, it leaves the list, and a second delete is not found', async () => {
    const api = await startTestApi(database());
    const kept = await createIntegration(api, { title: 'Kept' });
    const created = await createIntegration(api, { title: 'Doomed', config: configs.httpApi });
    const response = await api.request(DeleteIntegration, { id: created.id, etag: created.etag });
    expect(response.body.data?.deleteIntegration).toEqual({
      __typename: 'DeleteIntegrationPayload',
      integration: { id: created.id, version: 2 },
    });
    expect((await api.request(GetIntegration, { id: created.id })).body.data).toEqual({ integration: null });
    expect((await api.request(NodeById, { id: created.id })).body.data).toEqual({ node: null });
    const list = (await api.request(ListIntegrations, { first: 100 })).body.data!.integrations;
    expect(list.totalCount).toBe(1);
    expect(list.edges.map((e) => e.node.id)).toEqual([kept.id]);
    const filtered = (await api.request(ListIntegrations, { filter: { connector: ['HTTP_API'], search: 'Doomed' } })).body.data!.integrations;
    expect(filtered).toMatchObject({ totalCount: 0, edges: [] });
    const again = await api.request(DeleteIntegration, { id: created.id });
    expect(again.body.data?.deleteIntegration).toEqual(notFound);
  });

  it('deletes without an etag (last write wins)', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    await api.request(UpdateIntegration, { id: created.id, input: { title: 'changed' } });
    const response = await api.request(DeleteIntegration, { id: created.id });
    expect(response.body.data?.deleteIntegration).toMatchObject({ __typename: 'DeleteIntegrationPayload', integration: { id: created.id } });
    expect((await api.request(GetIntegration, { id: created.id })).body.data).toEqual({ integration: null });
  });

  it('a read key cannot delete: PERMISSION_DENIED with HTTP 403, and the integration stays', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const response = await api.request(DeleteIntegration, { id: created.id }, { key: api.readKey });
    expect(response.status).toBe(403);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERMISSION_DENIED']);
    expect((await api.request(GetIntegration, { id: created.id })).body.data?.integration?.etag).toBe(created.etag);
  });
});
