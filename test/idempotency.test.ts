// Idempotency keys on every mutation, over HTTP: a replay answers the first result without running
// again (counted in the database and at a loopback server), other input or another API key is
// refused, a typed error keeps nothing, concurrent replays run once on one gateway and across two
// (server processes on PostgreSQL), a claim whose gateway died is taken over, and nothing kept holds
// a secret.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { canonicalJson, sweepExpiredKeys } from '../src/idempotency/idempotency.service.js';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { httpCaptureServer } from './helpers/capture-servers.js';
import { freshSchemaUrl, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';
import { postGraphQL } from './helpers/gateway-client.js';
import { createKeyWithCli, freePort, startServerProcess } from './helpers/processes.js';

const database = useTestDatabase();

const ERRORS = `... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;
const CREATE = `mutation($input: CreateIntegrationInput!, $key: String) {
  createIntegration(input: $input, idempotencyKey: $key) { __typename ... on CreateIntegrationPayload { integration { id etag version title } } ${ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String, $key: String) {
  updateIntegration(id: $id, input: $input, etag: $etag, idempotencyKey: $key) {
    __typename ... on UpdateIntegrationPayload { changedPaths integration { etag version title } }
    ... on EtagMismatchError { currentEtag } ${ERRORS} } }`;
const DELETE = `mutation($id: ID!, $etag: String, $key: String) {
  deleteIntegration(id: $id, etag: $etag, idempotencyKey: $key) { __typename ... on DeleteIntegrationPayload { integration { id version } } ${ERRORS} } }`;
const TEST = `mutation($id: ID!, $key: String) {
  testIntegration(id: $id, idempotencyKey: $key) { __typename ... on TestIntegrationPayload { integration { status { state message checkedAt } } } ${ERRORS} } }`;
const TEST_CONFIG = `mutation($config: IntegrationConfigInput!, $key: String) {
  testIntegrationConfig(config: $config, idempotencyKey: $key) { __typename ... on TestIntegrationConfigPayload { result { state message checkedAt } } ${ERRORS} } }`;
const REPORT = `mutation($id: ID!, $input: ReportTransferInput!, $key: String) {
  reportTransfer(integrationId: $id, input: $input, idempotencyKey: $key) {
    __typename ... on ReportTransferPayload { transfer { id endedAt } integration { id status { state } } } ${ERRORS} } }`;
const REVISIONS = `query($id: ID!) { integration(id: $id) { version revisions { totalCount } } }`;
const TRANSFERS = `query($id: ID!) { integration(id: $id) { transfers { totalCount } } }`;

type Result = { __typename: string; fieldErrors?: { path: string[]; code: string; message: string }[] } & Record<string, unknown>;

const run = (api: TestApi, document: string, variables: Record<string, unknown>, key?: string) => rootFieldOf<Result>(api, document, variables, key);
const newKey = () => `key-${randomBytes(6).toString('hex')}`;
const run1 = { status: 'SUCCESS', isFullRefresh: false, models: ['users'], rowsTransferred: 10, endedAt: new Date(Date.now() - 60_000).toISOString() };
/** An update whose every execution is a change: a sent secret is always a rewrite, with its own revision. */
const rewrite = { config: configs.postgres };

async function revisionCount(api: TestApi, id: string) {
  return (await run(api, REVISIONS, { id })).revisions as unknown as { totalCount: number };
}

async function transferCount(api: TestApi, id: string): Promise<number> {
  return ((await run(api, TRANSFERS, { id })).transfers as { totalCount: number }).totalCount;
}

describe('a replay answers the first result and runs nothing again', () => {
  it('createIntegration', async () => {
    const api = await startTestApi(database());
    const key = newKey();
    const input = { title: 'Once', config: configs.postgres };
    const first = await run(api, CREATE, { input, key });
    const again = await run(api, CREATE, { input, key });
    expect(first.__typename).toBe('CreateIntegrationPayload');
    expect(again).toEqual(first);
    const { count } = (await sql<{ count: number }>`select count(*)::int as count from integrations where title = 'Once'`.execute(api.database.db)).rows[0];
    expect(count).toBe(1);
  });

  it('updateIntegration: the same etag-guarded change twice is one revision, and the replay is not an etag mismatch', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    const key = newKey();
    const first = await run(api, UPDATE, { id, etag, input: { ...rewrite, title: 'Renamed' }, key });
    expect(first).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 2, title: 'Renamed' } });
    expect(first.changedPaths).toEqual(['title', 'config.auth.passwordAuth.password']);
    const again = await run(api, UPDATE, { id, etag, input: { ...rewrite, title: 'Renamed' }, key });
    expect(again).toEqual(first);
    expect(await revisionCount(api, id)).toEqual({ totalCount: 2 });
    // Without a key, the same call is a stale etag.
    expect((await run(api, UPDATE, { id, etag, input: { ...rewrite, title: 'Renamed' } })).__typename).toBe('EtagMismatchError');
  });

  it('deleteIntegration: a replay after the delete answers the deleted integration, not NOT_FOUND', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const key = newKey();
    const first = await run(api, DELETE, { id, key });
    expect(first).toMatchObject({ __typename: 'DeleteIntegrationPayload', integration: { id, version: 2 } });
    expect(await run(api, DELETE, { id, key })).toEqual(first);
    expect((await run(api, DELETE, { id })).__typename).toBe('NotFoundError');
  });

  it('reportTransfer: a worker retrying after a timeout records the run once', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.s3 });
    const key = newKey();
    const first = await run(api, REPORT, { id, input: run1, key }, api.syncKey);
    expect(first.__typename).toBe('ReportTransferPayload');
    expect(await run(api, REPORT, { id, input: run1, key }, api.syncKey)).toEqual(first);
    expect(await transferCount(api, id)).toBe(1);
    await run(api, REPORT, { id, input: run1 }, api.syncKey);
    expect(await transferCount(api, id)).toBe(2);
  });

  it('testIntegration and testIntegrationConfig: the remote system is asked once', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const server = await httpCaptureServer();
    const config = { httpApi: { baseUrl: `http://127.0.0.1:${server.port}`, authorization: { bearer: { token: secrets.httpToken } } } };
    const { id } = await createIntegration(api, { config });
    const key = newKey();
    const first = await run(api, TEST, { id, key });
    expect(first).toMatchObject({ __typename: 'TestIntegrationPayload', integration: { status: { state: 'ERROR' } } });
    expect(await run(api, TEST, { id, key })).toEqual(first);
    expect(server.received).toHaveLength(1);

    const proposed = newKey();
    const checked = await run(api, TEST_CONFIG, { config, key: proposed });
    expect(checked).toMatchObject({ __typename: 'TestIntegrationConfigPayload', result: { state: 'ERROR' } });
    expect(await run(api, TEST_CONFIG, { config, key: proposed })).toEqual(checked);
    expect(server.received).toHaveLength(2);
  });
});

describe('a key is bound to its input, its mutation, its API key and its tenant', () => {
  it('the same key with another input, or on another mutation, is a ValidationError that changes nothing', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api);
    const key = newKey();
    await run(api, UPDATE, { id, etag, input: { title: 'One' }, key });
    for (const [document, variables] of [
      [UPDATE, { id, etag, input: { title: 'Two' }, key }],
      [UPDATE, { id, input: { title: 'One' }, key }],
      [DELETE, { id, key }],
      [CREATE, { input: { title: 'Other', config: configs.s3 }, key }],
    ] as const) {
      const refused = await run(api, document, variables);
      expect(refused.__typename).toBe('ValidationError');
      expect(refused.fieldErrors).toEqual([{ path: ['idempotencyKey'], code: 'idempotency_key_reused', message: expect.stringMatching(/use a new key/) }]);
    }
    expect(await revisionCount(api, id)).toEqual({ totalCount: 2 });
  });

  it("another API key of the tenant is refused before anything is compared; another tenant's same key is its own", async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.s3 });
    const key = newKey();
    await run(api, REPORT, { id, input: run1, key }, api.syncKey);
    const taken = await run(api, UPDATE, { id, input: { title: 'x' }, key });
    expect(taken.fieldErrors?.map((e) => e.code)).toEqual(['idempotency_key_taken']);

    const other = await api.otherTenant();
    const theirs = await run(api, CREATE, { input: { title: 'Theirs', config: configs.s3 }, key }, other.writeKey);
    expect(theirs.__typename).toBe('CreateIntegrationPayload');
  });

  it('a call that answered a typed error kept nothing: its retry runs again, and the key is free for other input', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api);
    await run(api, UPDATE, { id, input: { title: 'moved on' } });
    const key = newKey();
    expect((await run(api, UPDATE, { id, etag, input: { title: 'mine' }, key })).__typename).toBe('EtagMismatchError');
    expect((await run(api, UPDATE, { id, etag, input: { title: 'mine' }, key })).__typename).toBe('EtagMismatchError');
    const rows = await sql`select 1 from idempotency_keys where key = ${key}`.execute(api.database.db);
    expect(rows.rows).toHaveLength(0);
    expect((await run(api, UPDATE, { id, input: { title: 'mine' }, key })).__typename).toBe('UpdateIntegrationPayload');
  });

  it('keeps no secret: the input only as a keyed digest, the result with secrets as when they were set', async () => {
    const api = await startTestApi(database());
    const key = newKey();
    const created = await run(api, CREATE, { input: { title: 'Secretive', config: configs.httpApi }, key });
    const id = (created.integration as { id: string }).id;
    await run(api, UPDATE, { id, input: { config: configs.httpApi }, key: newKey() });
    const { rows } = await sql<{ text: string }>`select row_to_json(k)::text as text from idempotency_keys k`.execute(api.database.db);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const { text } of rows) {
      for (const value of Object.values(secrets)) expect(text).not.toContain(value);
      expect(text).not.toMatch(/"ct"|"iv"|"tag"/);
    }
  });
});

describe('concurrent replays run once', () => {
  it('on one gateway: 12 at once, one revision, one transfer, twelve equal answers', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 12 }, () => run(api, UPDATE, { id, input: rewrite, key })));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 2 } });
    expect(await revisionCount(api, id)).toEqual({ totalCount: 2 });

    const reportKey = newKey();
    const reports = await Promise.all(Array.from({ length: 12 }, () => run(api, REPORT, { id, input: run1, key: reportKey }, api.syncKey)));
    for (const answer of reports) expect(answer).toEqual(reports[0]);
    expect(await transferCount(api, id)).toBe(1);
  });

  it('across two gateways on one database (one keyring): creates, updates and reports each run once', async () => {
    const keyring = new Keyring(generateKey());
    const a = await startTestApi(database(), { keyring });
    const b = await startTestApi(database(), { keyring });
    const both = [a, b];
    const createKey = newKey();
    const input = { title: `Pair ${createKey}`, config: configs.postgres };
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => run(both[i % 2], CREATE, { input, key: createKey }, a.writeKey)));
    for (const answer of created) expect(answer).toEqual(created[0]);
    const id = (created[0].integration as { id: string }).id;
    const { count } = (await sql<{ count: number }>`select count(*)::int as count from integrations where title = ${input.title}`.execute(a.database.db))
      .rows[0];
    expect(count).toBe(1);

    const updateKey = newKey();
    const updated = await Promise.all(Array.from({ length: 10 }, (_, i) => run(both[i % 2], UPDATE, { id, input: rewrite, key: updateKey }, a.writeKey)));
    for (const answer of updated) expect(answer).toEqual(updated[0]);
    expect(await revisionCount(a, id)).toEqual({ totalCount: 2 });

    const reportKey = newKey();
    const reports = await Promise.all(Array.from({ length: 10 }, (_, i) => run(both[i % 2], REPORT, { id, input: run1, key: reportKey }, a.syncKey)));
    for (const answer of reports) expect(answer).toEqual(reports[0]);
    expect(await transferCount(a, id)).toBe(1);
  });

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)(
    'across two gateway processes on PostgreSQL: 16 concurrent replays of an update and of a report, alternating processes, run once',
    async () => {
      const env = {
        DATABASE_URL: await freshSchemaUrl(url!, 'idempotency'),
        SECRETS_KEY: generateKey(),
        RATE_LIMIT_READ_QUERIES: '0',
        RATE_LIMIT_WRITE_QUERIES: '0',
        RATE_LIMIT_MUTATIONS: '0',
        LOG_LEVEL: 'warn',
      };
      const key = await createKeyWithCli(env, 'idempotency');
      const syncKey = await createKeyWithCli(env, 'idempotency', 'sync');
      const ports = [await freePort(), await freePort()];
      const servers = await Promise.all(ports.map((port) => startServerProcess(env, port)));
      onTestFinished(async () => {
        await Promise.all(servers.map((s) => s.stop()));
      });
      const origins = ports.map((port) => `http://127.0.0.1:${port}`);
      const call = async (i: number, document: string, variables: Record<string, unknown>, apiKey = key) => {
        const response = await postGraphQL(origins[i % 2], apiKey, document, variables);
        expect(response.body.errors).toBeUndefined();
        return Object.values(response.body.data ?? {})[0] as Result;
      };
      const created = await call(0, CREATE, { input: { title: 'Across', config: configs.postgres } });
      const id = (created.integration as { id: string }).id;
      const updateKey = newKey();
      const updates = await Promise.all(Array.from({ length: 16 }, (_, i) => call(i, UPDATE, { id, input: rewrite, key: updateKey })));
      for (const answer of updates) expect(answer).toEqual(updates[0]);
      expect(updates[0]).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 2 } });
      const revisions = (await call(1, REVISIONS, { id })).revisions as { totalCount: number };
      expect(revisions.totalCount).toBe(2);
      const reportKey = newKey();
      const reports = await Promise.all(Array.from({ length: 16 }, (_, i) => call(i, REPORT, { id, input: run1, key: reportKey }, syncKey)));
      for (const answer of reports) expect(answer).toEqual(reports[0]);
      expect(reports[0].__typename).toBe('ReportTransferPayload');
      expect(((await call(0, TRANSFERS, { id })).transfers as { totalCount: number }).totalCount).toBe(1);
    },
    120_000,
  );
});

describe('a claim whose gateway died', () => {
  it('is taken over once its lease is over, and the request runs', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const key = newKey();
    const { rows } = await sql<{ id: string; tenant_id: string }>`select id, tenant_id from api_keys where name = ${`${api.tenant} writer`}`.execute(
      api.database.db,
    );
    await sql`insert into idempotency_keys (tenant_id, key, operation, request_hash, api_key_id, result, claim, locked_until)
      values (${rows[0].tenant_id}, ${key}, 'updateIntegration', 'gone:0', ${rows[0].id}, null, 'dead', now() - interval '1 second')`.execute(api.database.db);
    const answer = await run(api, UPDATE, { id, input: { title: 'after the crash' }, key });
    expect(answer).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { title: 'after the crash' } });
  });

  it('still in its lease: a replay reads the key once per poll, claims again only when the claim is gone, then runs', async () => {
    const keyring = new Keyring(generateKey());
    const api = await startTestApi(database(), { keyring });
    const { id } = await createIntegration(api);
    const key = newKey();
    const input = { title: 'waited for' };
    // Another request's claim of the same key and input, as a gateway that is still running it holds it.
    const digest = keyring.digest(canonicalJson({ operation: 'updateIntegration', args: { id, input } }));
    const [{ id: apiKeyId, tenant_id: tenantId }] = (
      await sql<{ id: string; tenant_id: string }>`select id, tenant_id from api_keys where name = ${`${api.tenant} writer`}`.execute(api.database.db)
    ).rows;
    await sql`insert into idempotency_keys (tenant_id, key, operation, request_hash, api_key_id, result, claim, locked_until)
      values (${tenantId}, ${key}, 'updateIntegration', ${digest}, ${apiKeyId}, null, 'other', now() + interval '20 seconds')`.execute(api.database.db);
    const count = (name: string) => api.database.statements.byName.get(name) ?? 0;
    const [claimsBefore, readsBefore] = [count('claimIdempotencyKey'), count('findIdempotencyKey')];
    const waiting = run(api, UPDATE, { id, input, key });
    await new Promise((resolve) => setTimeout(resolve, 700));
    // That request failed and gave the key up: the waiting one claims it and runs.
    await sql`delete from idempotency_keys where key = ${key}`.execute(api.database.db);
    expect(await waiting).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { title: 'waited for' } });
    expect(count('claimIdempotencyKey') - claimsBefore).toBe(2);
    expect(count('findIdempotencyKey') - readsBefore).toBeGreaterThan(3);
  });

  it('still in its lease makes a replay wait for it, then answer its result', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.s3 });
    const key = newKey();
    // The first report runs; a second, sent while the first holds the claim, waits and answers the same.
    const [first, second] = await Promise.all([
      run(api, REPORT, { id, input: run1, key }, api.syncKey),
      new Promise((resolve) => setTimeout(resolve, 5)).then(() => run(api, REPORT, { id, input: run1, key }, api.syncKey)),
    ]);
    expect(second).toEqual(first);
    expect(await transferCount(api, id)).toBe(1);
  });
});

describe('keys whose 24 hours are over', () => {
  it('are swept (a claim still in its lease stays), and the fresh ones stay', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const fresh = newKey();
    await run(api, UPDATE, { id, input: { title: 'fresh' }, key: fresh });
    const { tenant_id: tenantId } = (await sql<{ tenant_id: string }>`select tenant_id from idempotency_keys where key = ${fresh}`.execute(api.database.db))
      .rows[0];
    const aged = (name: string, result: string | null, lockedUntil: string | null) =>
      sql`insert into idempotency_keys (tenant_id, key, operation, request_hash, api_key_id, result, claim, locked_until, created_at)
        values (${tenantId}, ${name}, 'updateIntegration', 'x:y', null, ${result}, ${result ? null : 'c'}, ${lockedUntil}::timestamptz, now() - interval '25 hours')`.execute(
        api.database.db,
      );
    await aged('old-done', '{}', null);
    await aged('old-dead-claim', null, new Date(Date.now() - 1000).toISOString());
    await aged('old-live-claim', null, new Date(Date.now() + 60_000).toISOString());
    expect(await sweepExpiredKeys(api.database.db, 1)).toBeGreaterThanOrEqual(2);
    const left = (await sql<{ key: string }>`select key from idempotency_keys where tenant_id = ${tenantId} order by key`.execute(api.database.db)).rows.map(
      (r) => r.key,
    );
    expect(left).toEqual([fresh, 'old-live-claim'].sort());
  });
});
