// API keys: random, stored only as hashes, scoped, listed and revoked; last use recorded; a revoked
// key refused on its next request even when the gateway remembers it.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fieldsWhoseWriteChecksTheKey } from '../src/http/plugins/verify-key-before-answering.js';
import { schema } from '../src/schema/index.js';
import { hashApiKey } from '../src/tenants/api-key.service.js';
import { KeyLookups, listApiKeys, revokeApiKey } from '../src/tenants/tenant.repository.js';
import { DeleteIntegration, UpdateIntegration } from './documents/integrations.js';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

describe('API keys', () => {
  it('are 256-bit random secrets stored only as SHA-256 hashes', async () => {
    const api = await startTestApi(database());
    expect(api.writeKey).toMatch(/^igw_write_[A-Za-z0-9_-]{43}$/); // 43 base64url characters = 256 bits
    const rows = await sql<Record<string, unknown>>`select * from api_keys`.execute(api.database.db);
    const text = JSON.stringify(rows.rows);
    expect(text).not.toContain(api.writeKey);
    expect(text).toContain(hashApiKey(api.writeKey));
  });

  it('records the last use, and a revoked key answers UNAUTHENTICATED on its very next request', async () => {
    const api = await startTestApi(database());
    const listed = () => listApiKeys(api.database.db, api.tenant);
    expect((await listed()).every((k) => k.last_used_at === null)).toBe(true);
    expect((await api.request('{ tenant { name } }')).status).toBe(200);
    const writer = (await listed()).find((k) => k.scope === 'write')!;
    expect(writer.last_used_at).toBeInstanceOf(Date);
    expect(writer.name).toBe(`${api.tenant} writer`);

    expect(await revokeApiKey(api.database.db, writer.id)).toBe(true);
    const after = await api.request('{ tenant { name } }');
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.request('{ tenant { name } }', undefined, { key: api.readKey })).status).toBe(200);
    expect(await revokeApiKey(api.database.db, writer.id)).toBe(false);
  });

  it('rejects malformed and unknown keys and other schemes alike with 401', async () => {
    const api = await startTestApi(database());
    for (const header of ['Bearer nope', `Bearer igw_write_${'A'.repeat(43)}`, `Basic ${api.writeKey}`, 'Bearer']) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: '{ tenant { name } }' }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });
});

// The key checks asked for in one turn of the event loop share one statement; each still gets its
// own key, and a key revoked before a turn is found revoked in it.
describe('key checks that arrive together', () => {
  it('share one statement, each answered for its own key', async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const revoked = (await listApiKeys(api.database.db, other.tenant)).find((k) => k.scope === 'read')!;
    expect(await revokeApiKey(api.database.db, revoked.id)).toBe(true);
    const lookups = new KeyLookups(api.database.db);
    const count = () => api.database.statements.byName.get('findActiveApiKeyByHash') ?? 0;

    const before = count();
    const keys = [api.writeKey, api.readKey, other.writeKey, other.readKey, api.writeKey, `igw_read_${'B'.repeat(43)}`];
    const found = await Promise.all(keys.map((key) => lookups.find(hashApiKey(key))));
    expect(count()).toBe(before + 1);
    expect(found.map((row) => row && `${row.tenantName}/${row.scope}`)).toEqual([
      `${api.tenant}/write`,
      `${api.tenant}/read`,
      `${other.tenant}/write`,
      undefined,
      `${api.tenant}/write`,
      undefined,
    ]);

    // A later turn is a later statement: a key revoked in between is found revoked.
    const writer = (await listApiKeys(api.database.db, other.tenant)).find((k) => k.scope === 'write')!;
    expect(await revokeApiKey(api.database.db, writer.id)).toBe(true);
    expect(await lookups.find(hashApiKey(other.writeKey))).toBeUndefined();
    expect(count()).toBe(before + 2);
  });

  it('over HTTP: concurrent requests with different keys each act as their own key, a revoked one gets 401', async () => {
    const api = await startTestApi(database(), { keyMemoryMs: 0 });
    const other = await api.otherTenant();
    const revoked = (await listApiKeys(api.database.db, other.tenant)).find((k) => k.scope === 'read')!;
    expect(await revokeApiKey(api.database.db, revoked.id)).toBe(true);
    const keys = [api.writeKey, api.readKey, other.writeKey, other.readKey];
    const before = api.database.statements.byName.get('findActiveApiKeyByHash') ?? 0;
    const answers = await Promise.all(
      Array.from({ length: 32 }, (_, i) => keys[i % keys.length]).map(async (key) => ({
        key,
        answer: await api.request('{ tenant { name } }', undefined, { key }),
      })),
    );
    for (const { key, answer } of answers) {
      if (key === other.readKey) {
        expect(answer.status).toBe(401);
        expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      } else {
        expect(answer.status).toBe(200);
        expect((answer.body.data as { tenant?: { name: string } } | undefined)?.tenant?.name).toBe(key === other.writeKey ? other.tenant : api.tenant);
      }
    }
    // Never more than one statement per request (fewer when requests shared a turn).
    expect((api.database.statements.byName.get('findActiveApiKeyByHash') ?? 0) - before).toBeLessThanOrEqual(32);
  });
});

// The gateway remembers what a key stands for (tenants/key-check.ts) and lets an update's own write
// prove the key live. Each case warms both caches (the key and the row), revokes the key, then
// sends the next request: it must answer UNAUTHENTICATED and change nothing.
describe('a revoked key the gateway remembers', () => {
  async function warmedUp() {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { title: 'before' });
    const updated = await api.request(UpdateIntegration, { id: created.id, etag: created.etag, input: { title: 'cached' } });
    const payload = updated.body.data?.updateIntegration;
    if (payload?.__typename !== 'UpdateIntegrationPayload') throw new Error(JSON.stringify(updated.body));
    const writer = (await listApiKeys(api.database.db, api.tenant)).find((k) => k.scope === 'write')!;
    expect(await revokeApiKey(api.database.db, writer.id)).toBe(true);
    /** What the tenant's read key sees: the record and its number of revisions. */
    const seen = async () => {
      const response = await api.request<{ integration: { title: string; version: number; revisions: { totalCount: number } } }, { id: string }>(
        'query($id: ID!) { integration(id: $id) { title version revisions(first: 50) { totalCount } } }',
        { id: created.id },
        { key: api.readKey },
      );
      const node = response.body.data?.integration;
      return { title: node?.title, version: node?.version, revisions: node?.revisions.totalCount };
    };
    expect(await seen()).toEqual({ title: 'cached', version: 2, revisions: 2 });
    return { api, id: created.id, etag: payload.integration.etag, seen };
  }

  const expectUnauthenticated = (response: { status: number; body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }) => {
    expect(response.status).toBe(401);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data ?? null).toBeNull();
  };

  it('refuses an update with the current etag (the write itself finds the key revoked)', async () => {
    const { api, id, etag, seen } = await warmedUp();
    expectUnauthenticated(await api.request(UpdateIntegration, { id, etag, input: { title: 'after' } }));
    expect(await seen()).toEqual({ title: 'cached', version: 2, revisions: 2 });
  });

  it('refuses an update with a stale etag, an update that changes nothing and an invalid one, not with their own errors', async () => {
    const { api, id, etag, seen } = await warmedUp();
    expectUnauthenticated(await api.request(UpdateIntegration, { id, etag: 'stale', input: { title: 'after' } }));
    expectUnauthenticated(await api.request(UpdateIntegration, { id, etag, input: { title: 'cached' } }));
    expectUnauthenticated(await api.request(UpdateIntegration, { id, etag, input: { title: '' } }));
    expectUnauthenticated(await api.request(UpdateIntegration, { id: 'int_missing', input: { title: 'after' } }));
    expect(await seen()).toEqual({ title: 'cached', version: 2, revisions: 2 });
  });

  it('refuses a restore (current version, dry run, unknown version) and idempotent calls, writing nothing', async () => {
    const { api, id, etag, seen } = await warmedUp();
    const restore = `mutation($id: ID!, $etag: String, $version: Int!, $dryRun: Boolean) {
      restoreIntegration(id: $id, version: $version, etag: $etag, dryRun: $dryRun) { __typename } }`;
    expectUnauthenticated(await api.request(restore, { id, etag, version: 1 }));
    expectUnauthenticated(await api.request(restore, { id, etag, version: 1, dryRun: true }));
    expectUnauthenticated(await api.request(restore, { id, etag, version: 99 }));
    const keyed = `mutation($id: ID!, $etag: String) { updateIntegration(id: $id, etag: $etag, input: { title: "after" }, idempotencyKey: "k") { __typename } }`;
    expectUnauthenticated(await api.request(keyed, { id, etag }));
    expect(await seen()).toEqual({ title: 'cached', version: 2, revisions: 2 });
  });

  it('refuses a delete, a create beside an update, a query and { __typename }', async () => {
    const { api, id, etag, seen } = await warmedUp();
    expectUnauthenticated(await api.request(DeleteIntegration, { id, etag }));
    const both = `mutation($id: ID!, $etag: String, $input: CreateIntegrationInput!) {
      updateIntegration(id: $id, etag: $etag, input: { title: "after" }) { __typename }
      createIntegration(input: $input) { __typename }
    }`;
    expectUnauthenticated(await api.request(both, { id, etag, input: { title: 'new', config: configs.postgres } }));
    expectUnauthenticated(await api.request('{ __typename }'));
    expectUnauthenticated(await api.request('mutation { __typename }'));
    expectUnauthenticated(await api.request('{ tenant { name } }'));
    expect(await seen()).toEqual({ title: 'cached', version: 2, revisions: 2 });
    const listed = await api.request('{ integrations(first: 10) { totalCount } }', undefined, { key: api.readKey });
    expect(listed.body.data).toEqual({ integrations: { totalCount: 1 } });
  });

  it('lets only the mutations marked writeChecksKey skip the key check first: the three whose guarded write proves the key', async () => {
    // Marking another field would let a revoked key run it unchecked unless its write checks the key too.
    expect([...fieldsWhoseWriteChecksTheKey(schema)].sort()).toEqual(['__typename', 'deleteIntegration', 'restoreIntegration', 'updateIntegration']);
  });

  it('lets no update through that starts after the revocation returned, under concurrent updates', async () => {
    const api = await startTestApi(database());
    const owned = await Promise.all(Array.from({ length: 8 }, (_, i) => createIntegration(api, { title: `worker ${i}` })));
    const writer = (await listApiKeys(api.database.db, api.tenant)).find((k) => k.scope === 'write')!;
    let revokedAt = Infinity;
    let stopAt = Infinity;
    const outcomes: { startedAt: number; status: number }[] = [];
    const worker = async (integration: { id: string; etag: string }) => {
      let etag = integration.etag;
      for (let n = 0; performance.now() < stopAt; n++) {
        const startedAt = performance.now();
        const response = await api.request(UpdateIntegration, { id: integration.id, etag, input: { title: `n ${n}` } });
        outcomes.push({ startedAt, status: response.status });
        const payload = response.body.data?.updateIntegration;
        if (payload?.__typename === 'UpdateIntegrationPayload') etag = payload.integration.etag;
      }
    };
    const workers = owned.map(worker);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await revokeApiKey(api.database.db, writer.id)).toBe(true);
    revokedAt = performance.now();
    stopAt = revokedAt + 300;
    await Promise.all(workers);

    const after = outcomes.filter((o) => o.startedAt > revokedAt);
    expect(outcomes.filter((o) => o.startedAt < revokedAt && o.status === 200).length).toBeGreaterThan(8);
    expect(after.length).toBeGreaterThan(8);
    expect(after.every((o) => o.status === 401)).toBe(true);
    // Every revision the key wrote is an update some request was told succeeded, and no more.
    const written = await sql<{
      n: number;
    }>`select count(*)::int as n from integration_revisions where api_key_id = ${writer.id} and action = 'update'`.execute(api.database.db);
    expect(written.rows[0].n).toBe(outcomes.filter((o) => o.status === 200).length);
  });

  it('keeps recording the last use: the key check runs again once what it said is a minute old', async () => {
    const api = await startTestApi(database(), { keyMemoryMs: 0 });
    const created = await createIntegration(api, { title: 'before' });
    const before = api.database.statements.byName.get('findActiveApiKeyByHash') ?? 0;
    const updated = await api.request(UpdateIntegration, { id: created.id, etag: created.etag, input: { title: 'after' } });
    expect(updated.body.data?.updateIntegration.__typename).toBe('UpdateIntegrationPayload');
    expect(api.database.statements.byName.get('findActiveApiKeyByHash')).toBe(before + 1);
  });
});
