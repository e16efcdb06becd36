// The API key in `x-apikey` (OpenInt's seed) beside `Authorization: Bearer`, over HTTP on both
// databases: either header works alone, both must carry the same key, and the key is never logged.
import { describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

async function post(api: TestApi, headers: Record<string, string>, query = '{ integrations { totalCount } }') {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('x-apikey', () => {
  it('authenticates like Authorization: Bearer, with the key its scope allows', async () => {
    const api = await startTestApi(database());
    expect(await post(api, { 'x-apikey': api.readKey })).toEqual({ status: 200, body: { data: { integrations: { totalCount: 0 } } } });
    expect(await post(api, { 'X-ApiKey': api.readKey })).toMatchObject({ status: 200 });
    const mutation = 'mutation { deleteIntegration(id: "int_00000000000000000000000000000000") { __typename } }';
    expect((await post(api, { 'x-apikey': api.readKey }, mutation)).body.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');
    expect((await post(api, { 'x-apikey': api.writeKey }, mutation)).body).toEqual({ data: { deleteIntegration: { __typename: 'NotFoundError' } } });
  });

  it('with both headers, accepts the same key and refuses two different ones (401), whichever is live', async () => {
    const api = await startTestApi(database());
    expect((await post(api, { authorization: `Bearer ${api.writeKey}`, 'x-apikey': api.writeKey })).status).toBe(200);
    const both = await post(api, { authorization: `Bearer ${api.writeKey}`, 'x-apikey': api.readKey });
    expect(both.status).toBe(401);
    expect(both.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/different keys: send the API key in one of them only/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await post(api, { authorization: `Bearer ${api.writeKey}`, 'x-apikey': 'igw_unknown' })).status).toBe(401);
  });

  it('refuses an unknown key and names both headers when none is sent; the key is in no log line', async () => {
    const api = await startTestApi(database());
    expect((await post(api, { 'x-apikey': 'igw_nope' })).status).toBe(401);
    const none = await post(api, {});
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.message).toMatch(/x-apikey/);
    expect(api.logs.join('\n')).not.toContain(api.readKey);
  });
});
