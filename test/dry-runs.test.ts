// Dry runs over HTTP: createIntegration and updateIntegration with dryRun validate and merge
// everything and answer the would-be integration or the typed errors, writing nothing; and
// testIntegrationConfig checks a proposed config (new, or merged with an integration's stored
// secrets under the destination rule) against loopback servers, storing nothing.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { httpCaptureServer } from './helpers/capture-servers.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const ERRORS = `... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;
const INTEGRATION = `id etag version title disabled status { state checkedAt }
  config { ... on PostgresConfig { host auth { ... on PasswordAuth { username password { isSet updatedAt } } } } }`;
const CREATE = `mutation($input: CreateIntegrationInput!, $dryRun: Boolean, $key: String) {
  createIntegration(input: $input, dryRun: $dryRun, idempotencyKey: $key) {
    __typename ... on CreateIntegrationPayload { dryRun integration { ${INTEGRATION} revisions { totalCount } } } ${ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String, $dryRun: Boolean, $key: String) {
  updateIntegration(id: $id, input: $input, etag: $etag, dryRun: $dryRun, idempotencyKey: $key) {
    __typename ... on UpdateIntegrationPayload { dryRun changedPaths integration { ${INTEGRATION} } }
    ... on EtagMismatchError { currentEtag } ${ERRORS} } }`;
const READ = `query($id: ID!) { integration(id: $id) { ${INTEGRATION} revisions { totalCount } } }`;
const TEST_CONFIG = `mutation($config: IntegrationConfigInput!, $integrationId: ID) {
  testIntegrationConfig(config: $config, integrationId: $integrationId) {
    __typename ... on TestIntegrationConfigPayload { result { state message checkedAt } }
    ... on ConnectorMismatchError { expected received } ${ERRORS} } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state } } } } }`;

type Result = { __typename: string; fieldErrors?: { path: string[]; code: string }[] } & Record<string, unknown>;
const run = (api: TestApi, document: string, variables: Record<string, unknown>, key?: string) => rootFieldOf<Result>(api, document, variables, key);

async function integrationCount(api: TestApi): Promise<number> {
  return (await sql<{ n: number }>`select count(*)::int as n from integrations`.execute(api.database.db)).rows[0].n;
}

describe('createIntegration with dryRun', () => {
  it('answers the would-be integration, redacted, and stores nothing', async () => {
    const api = await startTestApi(database());
    const before = await integrationCount(api);
    const answer = await run(api, CREATE, { input: { title: '  Proposed  ', config: configs.postgres }, dryRun: true });
    expect(answer).toMatchObject({
      __typename: 'CreateIntegrationPayload',
      dryRun: true,
      integration: {
        title: 'Proposed',
        version: 1,
        status: { state: 'UNKNOWN', checkedAt: null },
        config: { host: 'db.example.com', auth: { username: 'loader', password: { isSet: true } } },
        revisions: { totalCount: 0 },
      },
    });
    expect(JSON.stringify(answer)).not.toContain(secrets.postgres);
    expect(await integrationCount(api)).toBe(before);
    expect(await run(api, READ, { id: (answer.integration as { id: string }).id })).toBeNull();
  });

  it('answers the typed errors of the real create, and neither uses nor claims an idempotency key', async () => {
    const api = await startTestApi(database());
    const invalid = await run(api, CREATE, {
      input: { title: '', config: { postgres: { ...configs.postgres.postgres, port: 70000 } } },
      dryRun: true,
    });
    expect(invalid.__typename).toBe('ValidationError');
    expect(invalid.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['title']);
    const badConfig = await run(api, CREATE, { input: { title: 'ok', config: { postgres: { ...configs.postgres.postgres, port: 70000 } } }, dryRun: true });
    expect(badConfig.fieldErrors!.map((e) => e.path.join('.'))).toEqual(['config.postgres.port']);

    const key = `k-${randomBytes(4).toString('hex')}`;
    expect((await run(api, CREATE, { input: { title: 'A', config: configs.s3 }, dryRun: true, key })).dryRun).toBe(true);
    const real = await run(api, CREATE, { input: { title: 'B', config: configs.s3 }, key });
    expect(real).toMatchObject({ __typename: 'CreateIntegrationPayload', dryRun: false, integration: { title: 'B' } });
  });

  it('needs the write scope like the real create', async () => {
    const api = await startTestApi(database());
    const response = await api.request(CREATE, { input: { title: 'x', config: configs.s3 }, dryRun: true }, { key: api.readKey });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');
  });
});

describe('updateIntegration with dryRun', () => {
  it('shows the merge with stored secrets and the changed paths; etag, version, revisions and status stay', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    // An observed status, which a real config change would turn back to UNKNOWN.
    await sql`update integrations set status_state = 'HEALTHY', status_checked_at = now() where id = ${decodeIntegrationId(id)}`.execute(api.database.db);
    const stored = await run(api, READ, { id });
    const config = { postgres: { ...configs.postgres.postgres, database: 'other', auth: { passwordAuth: { username: 'loader' } } } };
    const answer = await run(api, UPDATE, { id, etag, input: { title: 'Would be', config }, dryRun: true });
    expect(answer).toMatchObject({
      __typename: 'UpdateIntegrationPayload',
      dryRun: true,
      changedPaths: ['title', 'config.database'],
      integration: { etag, version: 1, title: 'Would be' },
    });
    const would = answer.integration as { config: { auth: { password: { isSet: boolean; updatedAt: string } } }; status: { state: string } };
    expect(would.config.auth.password).toEqual((stored as unknown as { config: { auth: { password: unknown } } }).config.auth.password);
    expect(would.status.state).toBe('UNKNOWN');
    expect(await run(api, READ, { id })).toEqual(stored);
  });

  it('answers the typed errors a real update would: stale etag, a moved destination without its secret, another connector', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    await run(api, UPDATE, { id, etag, input: { title: 'moved on' } });
    expect((await run(api, UPDATE, { id, etag, input: { title: 'x' }, dryRun: true })).__typename).toBe('EtagMismatchError');

    const moved = await run(api, UPDATE, {
      id,
      input: { config: { postgres: { ...configs.postgres.postgres, host: 'elsewhere.example.com', auth: { passwordAuth: { username: 'loader' } } } } },
      dryRun: true,
    });
    expect(moved.fieldErrors?.map((e) => [e.path.join('.'), e.code])).toEqual([['config.postgres.auth.passwordAuth.password', 'secret_destination_changed']]);
    expect((await run(api, UPDATE, { id, input: { config: configs.s3 }, dryRun: true })).__typename).toBe('ConnectorMismatchError');
  });

  it('a sent secret is a change on a dry run too, whatever its value (no oracle), and nothing is written', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const same = await run(api, UPDATE, { id, input: { config: configs.postgres }, dryRun: true });
    const other = await run(api, UPDATE, {
      id,
      input: { config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: 'a guess' } } } } },
      dryRun: true,
    });
    expect(same.changedPaths).toEqual(['config.auth.passwordAuth.password']);
    expect(other.changedPaths).toEqual(same.changedPaths);
    // The same answer but for the time of the would-be write.
    const timeless = (value: unknown) => JSON.stringify(value).replace(/"updatedAt":"[^"]+"/g, '"updatedAt":"…"');
    expect(timeless(same.integration)).toEqual(timeless(other.integration));
    expect(((await run(api, READ, { id })) as unknown as { version: number }).version).toBe(1);
  });
});

describe('testIntegrationConfig', () => {
  const httpConfig = (port: number, token?: string) => ({
    httpApi: { baseUrl: `http://127.0.0.1:${port}`, authorization: { bearer: token === undefined ? {} : { token } } },
  });

  it('checks a new proposed config, storing nothing', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const server = await httpCaptureServer();
    const before = await integrationCount(api);
    const answer = await run(api, TEST_CONFIG, { config: httpConfig(server.port, secrets.httpToken) });
    expect(answer).toMatchObject({ __typename: 'TestIntegrationConfigPayload', result: { state: 'ERROR', message: expect.stringMatching(/401/) } });
    expect(server.received).toEqual([`Bearer ${secrets.httpToken}`]);
    expect(await integrationCount(api)).toBe(before);
    expect(JSON.stringify(answer)).not.toContain(secrets.httpToken);
  });

  it("merges an integration's stored secrets only where the destination stays; elsewhere the secret must come with the proposal", async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const [home, away] = [await httpCaptureServer(), await httpCaptureServer()];
    const { id } = await createIntegration(api, { config: httpConfig(home.port, secrets.httpToken) });
    const stored = await run(api, READ, { id });

    const same = await run(api, TEST_CONFIG, { integrationId: id, config: httpConfig(home.port) });
    expect(same).toMatchObject({ __typename: 'TestIntegrationConfigPayload', result: { state: 'ERROR' } });
    expect(home.received).toEqual([`Bearer ${secrets.httpToken}`]);

    const moved = await run(api, TEST_CONFIG, { integrationId: id, config: httpConfig(away.port) });
    expect(moved.fieldErrors?.map((e) => [e.path.join('.'), e.code])).toEqual([['config.httpApi.authorization.bearer.token', 'secret_destination_changed']]);
    expect(away.connections).toBe(0);

    const withOwn = await run(api, TEST_CONFIG, { integrationId: id, config: httpConfig(away.port, 'a-new-token') });
    expect(withOwn.__typename).toBe('TestIntegrationConfigPayload');
    expect(away.received).toEqual(['Bearer a-new-token']);
    expect(await run(api, READ, { id })).toEqual(stored);
  });

  it('typed errors: invalid config, unknown or other-tenant integration, another connector; read keys may not', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const invalid = await run(api, TEST_CONFIG, { config: { postgres: { ...configs.postgres.postgres, port: 70000 } } });
    expect(invalid.__typename).toBe('ValidationError');
    const other = await api.otherTenant();
    const theirs = await run(api, CREATE, { input: { title: 'theirs', config: configs.postgres } }, other.writeKey);
    const theirId = (theirs.integration as { id: string }).id;
    expect((await run(api, TEST_CONFIG, { integrationId: theirId, config: configs.postgres })).__typename).toBe('NotFoundError');
    expect((await run(api, TEST_CONFIG, { integrationId: 'int_nope', config: configs.postgres })).__typename).toBe('NotFoundError');
    const { id } = await createIntegration(api, { config: configs.postgres });
    expect(await run(api, TEST_CONFIG, { integrationId: id, config: configs.s3 })).toMatchObject({
      __typename: 'ConnectorMismatchError',
      expected: 'POSTGRES',
      received: 'S3',
    });
    const denied = await api.request(TEST_CONFIG, { config: configs.s3 }, { key: api.readKey });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');
  });

  it('a connector without a live check answers UNKNOWN and connects nowhere', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const answer = await run(api, TEST_CONFIG, { config: configs.s3 });
    expect(answer).toMatchObject({ result: { state: 'UNKNOWN', message: expect.any(String) } });
    // The stored integration's own check is unaffected by proposals.
    const { id } = await createIntegration(api, { config: configs.s3 });
    expect((await run(api, TEST, { id })).__typename).toBe('TestIntegrationPayload');
  });
});
