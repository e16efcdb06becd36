// restoreIntegration over HTTP on both databases (issue 19): the fields and the secrets of an
// earlier revision come back as a new revision, guarded by etag or version; a revision's secret
// goes to that revision's destination only (loopback capture servers hear which token is sent);
// revision secrets are rotated with the rest; and a restore cannot be used to test guess after guess.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { generateKey, Keyring } from '../src/secrets/keyring.js';
import { rotateSecrets } from '../src/secrets/rotation.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { type CaptureServer, httpCaptureServer } from './helpers/capture-servers.js';
import { openTestDatabase, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

const ERRORS = `... on EtagMismatchError { currentVersion current { title } } ... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;
const RESTORE = `mutation($id: ID!, $version: Int!, $etag: String, $expectedVersion: Int, $dryRun: Boolean, $key: String) {
  restoreIntegration(id: $id, version: $version, etag: $etag, expectedVersion: $expectedVersion, dryRun: $dryRun, idempotencyKey: $key) {
    __typename ... on RestoreIntegrationPayload { restoredVersion changedPaths dryRun integration { title labels metadata etag version status { state } } } ${ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) { __typename ... on UpdateIntegrationPayload { integration { etag version } } ${ERRORS} } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state } } } } }`;
const READ = `query($id: ID!) { integration(id: $id) { title etag version
  config { ... on HttpApiConfig { baseUrl authorization { ... on HttpApiAuthorizationBearer { token { isSet fingerprint } } } } }
  revisions(first: 20) { totalCount edges { node { version action restoredFromVersion changedPaths snapshot } } } } }`;

type Result = { __typename: string } & Record<string, unknown>;
const run = (api: TestApi, document: string, variables: Record<string, unknown>, key?: string) => rootFieldOf<Result>(api, document, variables, key);

interface Read {
  title: string;
  etag: string;
  version: number;
  config: { baseUrl: string; authorization: { token: { isSet: boolean; fingerprint: string | null } } };
  revisions: { totalCount: number; edges: { node: { version: number; action: string; restoredFromVersion: number | null; changedPaths: string[] } }[] };
}
const read = async (api: TestApi, id: string) => (await run(api, READ, { id })) as unknown as Read;

const http = (server: CaptureServer, token?: string) => ({
  httpApi: { baseUrl: `http://127.0.0.1:${server.port}`, authorization: { bearer: token === undefined ? {} : { token } } },
});

describe('restoreIntegration', () => {
  it('brings back the fields of a revision as a new RESTORE revision; restoring the current state writes nothing', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { title: 'First', labels: ['a'], metadata: { owner: 'ana' }, config: configs.postgres });
    await run(api, UPDATE, { id, input: { title: 'Second', labels: ['b'], metadata: { owner: null, team: 'data' } } });
    const now = await read(api, id);
    const restored = await run(api, RESTORE, { id, version: 1, etag: now.etag });
    expect(restored).toMatchObject({
      __typename: 'RestoreIntegrationPayload',
      restoredVersion: 1,
      dryRun: false,
      integration: { title: 'First', labels: ['a'], metadata: { owner: 'ana' }, version: 3 },
    });
    expect((restored.changedPaths as string[]).sort()).toEqual(['labels', 'metadata.owner', 'metadata.team', 'title']);
    const after = await read(api, id);
    expect(after.revisions.edges[0].node).toMatchObject({ version: 3, action: 'RESTORE', restoredFromVersion: 1 });
    expect(after.revisions.edges[1].node.restoredFromVersion).toBeNull();

    const again = await run(api, RESTORE, { id, version: 1, expectedVersion: 3 });
    expect(again).toMatchObject({ __typename: 'RestoreIntegrationPayload', changedPaths: [], integration: { version: 3 } });
    expect((await read(api, id)).revisions.totalCount).toBe(3);
  });

  it("sends a restored revision's token where that revision sent it, and nowhere else", async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const [home, away] = [await httpCaptureServer(), await httpCaptureServer()];
    const { id } = await createIntegration(api, { config: http(home, 'token-one-VALUE') });
    await run(api, UPDATE, { id, input: { config: http(away, 'token-two-VALUE') } });
    await run(api, TEST, { id });
    expect(away.received).toEqual(['Bearer token-two-VALUE']);

    const restored = await run(api, RESTORE, { id, version: 1, expectedVersion: 2 });
    expect(restored).toMatchObject({ __typename: 'RestoreIntegrationPayload', integration: { version: 3, status: { state: 'UNKNOWN' } } });
    expect(restored.changedPaths).toEqual(['config.baseUrl', 'config.authorization.bearer.token']);
    await run(api, TEST, { id });
    expect(home.received).toEqual(['Bearer token-one-VALUE']);
    expect(away.received).toEqual(['Bearer token-two-VALUE']);
    const text = JSON.stringify([restored, await read(api, id)]);
    expect(text).not.toContain('token-one-VALUE');
    expect(text).not.toContain('token-two-VALUE');
  });

  it('is guarded: a stale etag or version is an EtagMismatchError with the current state; no guard, an unknown version, a dry run', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { title: 'One', config: configs.postgres });
    await run(api, UPDATE, { id, input: { title: 'Two' } });
    expect(await run(api, RESTORE, { id, version: 1, etag })).toMatchObject({ __typename: 'EtagMismatchError', currentVersion: 2, current: { title: 'Two' } });
    expect(await run(api, RESTORE, { id, version: 1, expectedVersion: 1 })).toMatchObject({ __typename: 'EtagMismatchError' });
    expect(await run(api, RESTORE, { id, version: 1 })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['etag'], code: 'required' }] });
    expect(await run(api, RESTORE, { id, version: 9, expectedVersion: 2 })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['version'], code: 'not_found' }],
    });
    const dry = await run(api, RESTORE, { id, version: 1, expectedVersion: 2, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, changedPaths: ['title'], integration: { title: 'One', version: 2 } });
    expect((await read(api, id)).title).toBe('Two');
  });

  it("is not found for another tenant's integration, and needs the write scope", async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const other = await api.otherTenant();
    expect((await run(api, RESTORE, { id, version: 1, expectedVersion: 1 }, other.writeKey)).__typename).toBe('NotFoundError');
    const denied = await api.request(RESTORE, { id, version: 1, expectedVersion: 1 }, { key: api.readKey });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');
  });

  it('cannot be looped to test guesses: after a restore, a rewrite of the same value gets a new fingerprint', async () => {
    const api = await startTestApi(database());
    const server = await httpCaptureServer();
    const { id } = await createIntegration(api, { config: http(server, 'real-token-VALUE') });
    const original = (await read(api, id)).config.authorization.token.fingerprint;
    // A guess overwrites the token (here a wrong one: the fingerprint changes) ...
    await run(api, UPDATE, { id, input: { config: http(server, 'guess-one') } });
    // ... and a restore brings the real one back, with its fingerprint ...
    await run(api, RESTORE, { id, version: 1, expectedVersion: 2 });
    expect((await read(api, id)).config.authorization.token.fingerprint).toBe(original);
    // ... but the next write changes it whatever it is, even the right value: no second guess.
    await run(api, UPDATE, { id, input: { config: http(server, 'real-token-VALUE') } });
    expect((await read(api, id)).config.authorization.token.fingerprint).not.toBe(original);
  });

  it("keeps revisions' secrets encrypted and rotates them; a restore after rotation works with the old key gone", async () => {
    const handle = await openTestDatabase();
    onTestFinished(() => handle.close());
    const oldKey = generateKey();
    const api = await startTestApi(handle, { keyring: new Keyring(oldKey), connectionCheckTimeoutMs: 3000 });
    const server = await httpCaptureServer();
    const { id } = await createIntegration(api, { config: http(server, 'kept-token-VALUE') });
    await run(api, UPDATE, { id, input: { config: http(server, 'newer-token-VALUE') } });
    const { rows } = await sql<{ text: string }>`select secrets::text as text from integration_revisions where secrets is not null`.execute(handle.db);
    expect(rows).toHaveLength(2);
    for (const { text } of rows) expect(text).not.toMatch(/kept-token|newer-token/);

    const newKey = generateKey();
    expect((await rotateSecrets(handle.db, new Keyring(newKey, [oldKey]))).revisions).toBe(2);
    const kids = await sql<{
      kid: string;
    }>`select distinct s.value->>'kid' as kid from integration_revisions r, jsonb_each(r.secrets) s where r.secrets is not null`.execute(handle.db);
    expect(kids.rows.map((r) => r.kid)).toEqual([new Keyring(newKey).currentKeyId]);

    const rotated = await startTestApi(handle, { keyring: new Keyring(newKey), connectionCheckTimeoutMs: 3000 });
    expect(await run(rotated, RESTORE, { id, version: 1, expectedVersion: 2 }, api.writeKey)).toMatchObject({ __typename: 'RestoreIntegrationPayload' });
    await run(rotated, TEST, { id }, api.writeKey);
    expect(server.received).toEqual(['Bearer kept-token-VALUE']);
  });

  it('answers a replay with the same idempotency key from the first result, restoring once', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { title: 'Once' });
    await run(api, UPDATE, { id, input: { title: 'Twice' } });
    const first = await run(api, RESTORE, { id, version: 1, expectedVersion: 2, key: 'restore-once' });
    expect(await run(api, RESTORE, { id, version: 1, expectedVersion: 2, key: 'restore-once' })).toEqual(first);
    expect((await read(api, id)).revisions.totalCount).toBe(3);
  });
});
