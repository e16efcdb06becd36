// API keys: random, stored only as hashes, scoped, listed and revoked; last use recorded.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../src/tenants/api-key.service.js';
import { listApiKeys, revokeApiKey } from '../src/tenants/tenant.repository.js';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';

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
