// What reads that only show integrations get from the database, and the resolvers left out of the
// built schema: the list and the loader read each secret's state, never its ciphertext, and still
// show every secret as set, when and with which fingerprint; fields that only read their own
// property resolve without a resolver, and every other resolver stays.
import { buildSchema, graphql } from 'graphql';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { findIntegrationsByIds, listIntegrations } from '../src/integrations/integration.repository.js';
import { schema } from '../src/schema/index.js';
import { dropPropertyReads, propertyRead } from '../src/schema/property-reads.js';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

const SECRETS = `config { ... on AthenaConfig { accessKey { secretAccessKey { isSet updatedAt fingerprint } } } }`;

describe('rows shown', () => {
  it('carry no ciphertext, and show the same secret states as the write answered, by list and by id', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const uuid = decodeIntegrationId(created.id) as string;
    const [tenant] = (await sql<{ id: string }>`select id from tenants where name = ${api.tenant}`.execute(api.database.db)).rows;
    const scope = { tenantId: tenant?.id as string, environmentId: null };

    const [byId] = await findIntegrationsByIds(api.database.db, scope, [uuid]);
    const [listed] = await listIntegrations(api.database.db, { scope, orderField: 'created_at', descending: true, limit: 10 });
    for (const row of [byId, listed]) {
      expect(Object.keys(row?.secrets ?? {})).toEqual(['accessKey.secretAccessKey']);
      expect(Object.keys(row?.secrets['accessKey.secretAccessKey'] ?? {}).sort()).toEqual(['fp', 'updatedAt']);
      expect(JSON.stringify(row)).not.toMatch(/"(ct|iv|tag|mh|mk|kid)"/);
    }
    const [stored] = (await sql<{ secrets: Record<string, { ct: string }> }>`select secrets from integrations where id = ${uuid}`.execute(api.database.db))
      .rows;
    expect(stored?.secrets['accessKey.secretAccessKey']?.ct).toMatch(/.{16,}/);

    const list = await api.request(`{ integrations(first: 10) { edges { node { id ${SECRETS} } } } }`);
    const node = await api.request(`query($id: ID!) { integration(id: $id) { id ${SECRETS} } }`, { id: created.id });
    const byNodes = await api.request(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Integration { id ${SECRETS} } } }`, { ids: [created.id] });
    const state = (list.body.data as { integrations: { edges: { node: { config: unknown } }[] } }).integrations.edges[0]?.node.config;
    expect(state).toMatchObject({ accessKey: { secretAccessKey: { isSet: true, fingerprint: expect.any(String), updatedAt: expect.any(String) } } });
    expect((node.body.data as { integration: { config: unknown } }).integration.config).toEqual(state);
    expect((byNodes.body.data as { nodes: { config: unknown }[] }).nodes[0]?.config).toEqual(state);
  });
});

describe('secret states (a column PostgreSQL computes from the secrets on every write)', () => {
  it('follow a secret that changes: the list and the loader show what the write answered', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const stateOf = (data: unknown) => (data as { config: { accessKey: { secretAccessKey: unknown } } }).config.accessKey.secretAccessKey;
    const listed = async () => {
      const list = await api.request(`{ integrations(first: 10) { edges { node { id ${SECRETS} } } } }`);
      const byNodes = await api.request(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Integration { id ${SECRETS} } } }`, { ids: [created.id] });
      const fromList = stateOf((list.body.data as { integrations: { edges: { node: unknown }[] } }).integrations.edges[0]?.node);
      expect(stateOf((byNodes.body.data as { nodes: unknown[] }).nodes[0])).toEqual(fromList);
      return fromList;
    };
    const before = await listed();

    const rotated = await api.request(
      `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { ... on UpdateIntegrationPayload { integration { ${SECRETS} } } } }`,
      {
        id: created.id,
        input: { config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'a-rotated-secret-VALUE' } } } },
      },
    );
    const answered = stateOf((rotated.body.data as { updateIntegration: { integration: unknown } }).updateIntegration.integration);
    expect(answered).not.toEqual(before);
    expect(await listed()).toEqual(answered);

    // A change that keeps the secret keeps its state.
    await api.request(`mutation($id: ID!) { updateIntegration(id: $id, input: { title: "renamed" }) { __typename } }`, { id: created.id });
    expect(await listed()).toEqual(answered);
  });
});

describe('resolvers that only read their own property', () => {
  it('are gone from the built schema, and the rest stay', () => {
    const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
    for (const [type, field] of [
      ['Integration', 'createdAt'],
      ['Integration', 'status'],
      ['IntegrationEdge', 'node'],
      ['IntegrationConnection', 'edges'],
      ['IntegrationRevision', 'action'],
      ['AthenaConfig', 'region'],
    ] as const) {
      expect(fields(type)[field]?.resolve, `${type}.${field}`).toBeUndefined();
    }
    for (const [type, field] of [
      ['Integration', 'id'],
      ['Integration', 'config'],
      ['Integration', 'capabilities'],
      ['Integration', 'revisions'],
      ['IntegrationRevision', 'restoredFromVersion'],
    ] as const) {
      expect(fields(type)[field]?.resolve, `${type}.${field}`).toBeTypeOf('function');
    }
  });

  it('drops only a read of the field itself, and answers the same without it', async () => {
    const toy = buildSchema('type Query { a: String b: String c: String d: String e: String }');
    const resolvers: Record<string, (parent: Record<string, string>) => unknown> = {
      a: (r) => r.a,
      b: (r) => r.other,
      c: (r) => `${r.c}!`,
      d: propertyRead('d'),
      e: propertyRead('a'),
    };
    const fields = toy.getQueryType()?.getFields() ?? {};
    for (const [name, resolve] of Object.entries(resolvers)) (fields[name] as { resolve?: unknown }).resolve = resolve;
    const root = { a: 'A', other: 'O', c: 'C', d: 'D', e: 'E' };
    const before = await graphql({ schema: toy, source: '{ a b c d e }', rootValue: root });
    expect(dropPropertyReads(toy)).toBe(2);
    expect(
      Object.entries(fields)
        .filter(([, field]) => field.resolve)
        .map(([name]) => name),
    ).toEqual(['b', 'c', 'e']);
    expect(await graphql({ schema: toy, source: '{ a b c d e }', rootValue: root })).toEqual(before);
    expect(before.data).toEqual({ a: 'A', b: 'O', c: 'C!', d: 'D', e: 'A' });
  });
});
