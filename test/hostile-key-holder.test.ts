// The hostile key holder (issue 17): someone with a legitimate key of a tenant who wants more than
// it grants: secrets it cannot read, more work than its budget, a bigger answer than its request, a
// status that lies. One case per finding of the review, then our own, each played over real HTTP.
// The deeper tests of each area are in secret-destinations, budgets, hardening and status-codes.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRateLimiter } from '../src/rate-limit.js';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { httpCaptureServer, postgresCaptureServer } from './helpers/capture-servers.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();
type Plain = Record<string, unknown>;
const marked = (name: string) => `SECRET-hostile-${name}-${randomBytes(5).toString('hex')}`;

const RESULT = `__typename
  ... on ValidationError { fieldErrors { path code message } }
  ... on Error { code message }`;
const INTEGRATION = 'integration { id etag version status { state message } }';
const CREATE = `mutation($input: CreateIntegrationInput!, $key: String) { createIntegration(input: $input, idempotencyKey: $key) { ${RESULT} ... on CreateIntegrationPayload { ${INTEGRATION} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { ${RESULT} ... on UpdateIntegrationPayload { ${INTEGRATION} } } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on Error { code message } ... on TestIntegrationPayload { ${INTEGRATION} } } }`;
const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) { reportTransfer(integrationId: $id, input: $input) { ${RESULT} } }`;
const STATUS = 'query($id: ID!) { integration(id: $id) { status { state message } } }';

interface Result {
  __typename: string;
  integration?: { id: string; etag: string; version: number; status: { state: string; message: string | null } };
  fieldErrors?: { path: string[]; code: string; message: string }[];
  code?: string;
  message?: string;
}

/** The one root field's answer; top-level errors (a refused request) fail the test here. */
const mutate = (api: TestApi, document: string, variables: Plain, key?: string) => rootFieldOf<Result>(api, document, variables, key);

/** The first top-level error of a request that must be refused as a whole. */
async function refused(api: TestApi, document: string, variables: Plain = {}, key?: string) {
  const response = await api.request<unknown, Plain>(document, variables, { key });
  expect(response.body.data ?? null, JSON.stringify(response.body)).toBeNull();
  return { status: response.status, error: response.body.errors![0], size: JSON.stringify(response.body).length };
}

const httpApiAt = (port: number, token: string) => ({
  httpApi: { baseUrl: `http://127.0.0.1:${port}`, authorization: { bearer: { token } } },
});
const postgresAt = (port: number, password: string, username = 'loader') => ({
  postgres: { host: '127.0.0.1', port, database: 'app', disableSsl: true, auth: { passwordAuth: { username, password } } },
});

describe('finding 1: a write key cannot obtain a stored secret by moving its destination', () => {
  it('HTTP and PostgreSQL: the move without the secret is refused, and its server never hears from the gateway', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const cases = [
      { server: httpCaptureServer, config: httpApiAt, path: ['config', 'httpApi', 'authorization', 'bearer', 'token'] },
      { server: postgresCaptureServer, config: postgresAt, path: ['config', 'postgres', 'auth', 'passwordAuth', 'password'] },
    ];
    for (const { server, config, path } of cases) {
      const [owner, attacker] = [await server(), await server()];
      const stored = marked('stored');
      const { integration } = await mutate(api, CREATE, { input: { title: 'victim', config: config(owner.port, stored) } });
      const withoutSecret = JSON.parse(JSON.stringify(config(attacker.port, stored), (k, v) => (k === 'token' || k === 'password' ? undefined : v)));
      const moved = await mutate(api, UPDATE, { id: integration!.id, input: { config: withoutSecret } });
      expect(moved.__typename).toBe('ValidationError');
      expect(moved.fieldErrors).toEqual([expect.objectContaining({ path, code: 'secret_destination_changed' })]);
      await mutate(api, TEST, { id: integration!.id });
      expect(attacker.connections).toBe(0);
      expect(owner.received.every((sent) => !sent.includes('SECRET') || sent.includes(stored))).toBe(true);
    }
  });

  it('httpApi: a path cannot carry the request (and its token) to another host, nor can a query parameter hold a credential', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.httpApi });
    const base = configs.httpApi.httpApi;
    const hijacks = [
      { resources: [{ name: 'users', method: 'LIST', path: '//evil.example.net/x' }] },
      { credentials: { oauth2: { ...base.credentials.oauth2, clientSecret: undefined, tokenPath: '/\\evil.example.net' } } },
      { query: { api_key: marked('literal') } },
      { credentials: { oauth2: { ...base.credentials.oauth2, tokenParams: { client_secret: marked('literal') } } } },
    ];
    for (const change of hijacks) {
      const answer = await mutate(api, UPDATE, { id, input: { config: { httpApi: { ...base, authorization: undefined, ...change } } } });
      expect(answer.__typename, JSON.stringify(change)).toBe('ValidationError');
    }
    const templated = await mutate(api, UPDATE, {
      id,
      input: { config: { httpApi: { ...base, authorization: undefined, credentials: undefined, query: { api_key: '{{secrets.key}}' } } } },
    });
    expect(templated.__typename).toBe('UpdateIntegrationPayload');
  });
});

describe('finding 2: no oracle tells a key whether its guess equals a secret', () => {
  it('a guess written as the secret, right or wrong, answers alike: a rewrite with a new version', async () => {
    const api = await startTestApi(database());
    const stored = marked('athena');
    const { id } = await createIntegration(api, {
      config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIA1', secretAccessKey: stored } } },
    });
    const answers: unknown[] = [];
    for (const guess of [stored, marked('wrong'), marked('wrong')]) {
      const answer = await mutate(api, UPDATE, {
        id,
        input: { config: { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIA1', secretAccessKey: guess } } } },
      });
      answers.push({ typename: answer.__typename, versionStep: answer.integration!.version - answers.length - 1 });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });

  it('reportTransfer is for sync keys: a write key cannot read its guesses back redacted', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const guess = `g1|${configs.postgres.postgres.auth.passwordAuth.password}|g3`;
    const report = {
      status: 'FAILED',
      isFullRefresh: false,
      models: [],
      endedAt: new Date().toISOString(),
      error: { title: 't', blame: 'UNKNOWN', message: guess },
    };
    const response = await api.request<unknown, Plain>(REPORT, { id, input: report });
    expect(response.body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
    expect(response.body.errors?.[0].message).toMatch(/sync/);
  });

  it('a connection check never answers [redacted]: a username equal to the password reads like any other', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const server = await postgresCaptureServer();
    const password = `pw-${randomBytes(6).toString('hex')}`;
    const messages = [];
    for (const username of [password, `pw-${randomBytes(6).toString('hex')}`]) {
      const { integration } = await mutate(api, CREATE, { input: { title: 'oracle', config: postgresAt(server.port, password, username) } });
      const { status } = (await mutate(api, TEST, { id: integration!.id })).integration!;
      messages.push(status.message?.replaceAll(username, '<user>'));
    }
    expect(messages[0]).not.toContain('[redacted]');
    expect(messages[0]).toBe(messages[1]);
  });

  it('an idempotency key of another API key answers the same, whatever input is guessed', async () => {
    const api = await startTestApi(database());
    const key = `idem-${randomBytes(4).toString('hex')}`;
    const input = { title: 'first', config: configs.postgres };
    expect((await mutate(api, CREATE, { input, key })).__typename).toBe('CreateIntegrationPayload');
    // Another write key of the same tenant, as the CLI makes it.
    const colleague = (await createApiKey(api.database.db, { tenant: api.tenant, scope: 'write' })).key;
    const right = await mutate(api, CREATE, { input, key }, colleague);
    const wrong = await mutate(
      api,
      CREATE,
      { input: { ...input, config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: 'guess' } } } } }, key },
      colleague,
    );
    expect(right.fieldErrors?.[0].code).toBe('idempotency_key_taken');
    expect(wrong).toEqual(right);
  });
});

describe('findings 3 and 4: work is counted before it is done', () => {
  it('100 copies of one id, or 400 representations, each with 100 revisions, are refused in a small answer', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const history = 'revisions(first: 100) { edges { node { snapshot } } }';
    const nodes = await refused(api, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Integration { ${history} } } }`, { ids: Array(100).fill(id) });
    const entities = await refused(api, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Integration { ${history} } } }`, {
      r: Array(400).fill({ __typename: 'Integration', id }),
    });
    for (const answer of [nodes, entities]) {
      expect(answer.status).toBe(400);
      expect(answer.error.extensions?.code).toBe('INVALID_ARGUMENT');
      expect(answer.size).toBeLessThan(2_000);
    }
  });

  it('30 aliased creates spend 30 points of the mutation budget, 30 aliased checks 30 of the check budget: over it, nothing runs', async () => {
    const limiter = createRateLimiter({ windowSeconds: 60, readQueries: 0, writeQueries: 0, mutations: 20, connectionChecks: 10 });
    onTestFinished(() => limiter.close());
    const api = await startTestApi(database(), { rateLimiter: limiter });
    const target = await httpCaptureServer();
    const { id } = await createIntegration(api, { config: httpApiAt(target.port, marked('token')) });
    const creates = Array.from(
      { length: 30 },
      (_, i) =>
        `c${i}: createIntegration(input: { title: "x${i}", config: { s3: { bucketName: "b${i}", bucketRegion: "us-east-1", awsAccessKeys: { accessId: "A", secretKey: "k" } } } }) { __typename }`,
    );
    expect((await refused(api, `mutation { ${creates.join(' ')} }`)).status).toBe(429);
    const checks = Array.from({ length: 30 }, (_, i) => `t${i}: testIntegration(id: "${id}") { __typename }`);
    expect((await refused(api, `mutation { ${checks.join(' ')} }`)).status).toBe(429);
    expect(target.connections).toBe(0);
    const count = await api.request<{ integrations: { totalCount: number } }, Plain>('{ integrations { totalCount } }');
    expect(count.body.data!.integrations.totalCount).toBe(1);
  });
});

describe('finding 5: caller-chosen strings do not grow /metrics', () => {
  it('150 requests with random operation names add (almost) nothing', async () => {
    const api = await startTestApi(database());
    const size = async () => (await (await fetch(`${api.origin}/metrics`)).text()).length;
    await api.request('query Warm { __typename }');
    const before = await size();
    for (let i = 0; i < 150; i++) await api.request(`query Op${randomBytes(8).toString('hex')} { __typename }`);
    expect((await size()) - before).toBeLessThan(2_000);
  });
});

describe('finding 6: valid use and bad input never answer INTERNAL', () => {
  it('20 concurrent last-write-wins updates all succeed; a revision cursor past any version is INVALID_ARGUMENT', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => mutate(api, UPDATE, { id, input: { title: `lww ${i}` } })));
    expect(answers.map((a) => a.__typename)).toEqual(Array(20).fill('UpdateIntegrationPayload'));
    expect(answers.map((a) => a.integration!.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const cursor = await api.request<unknown, Plain>('query($id: ID!) { integration(id: $id) { revisions(after: "99999999999") { totalCount } } }', { id });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_ARGUMENT']);
  });
});

describe('finding 7: a malformed body is never echoed', () => {
  it('a truncated JSON body holding a secret answers a typed error without any of it', async () => {
    const api = await startTestApi(database());
    const value = marked('body');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.writeKey}` },
      body: `{"query":"mutation { __typename }","variables":{"password":"${value}"`,
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toContain(value);
    expect(text).not.toContain('originalError');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('INVALID_ARGUMENT');
  });
});

describe('finding 8: a report dated in the future cannot pin the status', () => {
  it('is refused, and the next real failure shows', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const report = (endedAt: string, status: string) => ({
      status,
      isFullRefresh: false,
      models: ['orders'],
      endedAt,
      error: status === 'FAILED' ? { title: 'load failed', blame: 'PROVIDER' } : null,
    });
    const future = await mutate(api, REPORT, { id, input: report('9999-01-01T00:00:00Z', 'SUCCESS') }, api.syncKey);
    expect(future.__typename).toBe('ValidationError');
    expect(future.fieldErrors!.map((e) => e.path)).toEqual([['endedAt']]);
    await mutate(api, REPORT, { id, input: report(new Date().toISOString(), 'FAILED') }, api.syncKey);
    const status = await api.request<{ integration: { status: { state: string } } }, Plain>(STATUS, { id });
    expect(status.body.data!.integration.status.state).toBe('ERROR');
  });
});

describe('finding 9: bounds and defaults', () => {
  it('a 900 kB secret is refused and nothing is stored', async () => {
    const api = await startTestApi(database());
    const huge = { athena: { ...configs.athena.athena, accessKey: { accessKeyId: 'AKIA1', secretAccessKey: 'x'.repeat(900_000) } } };
    const answer = await mutate(api, CREATE, { input: { title: 'huge', config: huge } });
    expect(answer.__typename).toBe('ValidationError');
    expect(answer.fieldErrors![0].path).toEqual(['config', 'athena', 'accessKey', 'secretAccessKey']);
    const count = await api.request<{ integrations: { totalCount: number } }, Plain>('{ integrations { totalCount } }');
    expect(count.body.data!.integrations.totalCount).toBe(0);
  });

  it('a replay after a delete answers the first result, and the integration stays deleted', async () => {
    const api = await startTestApi(database());
    const key = `idem-${randomBytes(4).toString('hex')}`;
    const input = { title: 'once', config: configs.s3 };
    const first = await mutate(api, CREATE, { input, key });
    await mutate(api, `mutation($id: ID!) { deleteIntegration(id: $id) { __typename } }`, { id: first.integration!.id });
    const replay = await mutate(api, CREATE, { input, key });
    expect(replay.integration).toEqual(first.integration);
    const read = await api.request<{ integration: unknown }, Plain>('query($id: ID!) { integration(id: $id) { id } }', { id: first.integration!.id });
    expect(read.body.data!.integration).toBeNull();
  });

  it('_service { sdl } follows introspection; CORS allows no origin; a request error is HTTP 400 with Accept: application/json', async () => {
    const api = await startTestApi(database(), { introspection: false });
    const sdl = await refused(api, '{ _service { sdl } }');
    expect(sdl.error.extensions?.code).toBe('PERMISSION_DENIED');
    const cors = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${api.readKey}` },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(cors.headers.get('access-control-allow-origin')).toBeNull();
    expect(cors.status).toBe(400);
  });
});

describe('our own cases', () => {
  it('a sync key cannot change or test an integration, and a read key cannot test one', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    for (const key of [api.syncKey, api.readKey]) {
      for (const [document, variables] of [
        [TEST, { id }],
        [UPDATE, { id, input: { title: 'taken over' } }],
      ] as const) {
        const answer = await refused(api, document, variables, key);
        expect(answer.error.extensions?.code).toBe('PERMISSION_DENIED');
      }
    }
  });

  it("GraphiQL's page is never stored by a browser or proxy (on a first start it carries the dev key)", async () => {
    const api = await startTestApi(database());
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    await page.body?.cancel();
  });

  it('a batch of operations in one body is refused, so it cannot slip past per-operation budgets', async () => {
    const api = await startTestApi(database());
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.writeKey}` },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ integrations { totalCount } }' }))),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('INVALID_ARGUMENT');
  });

  it('a client that sends its request slowly loses the connection after HTTP_REQUEST_TIMEOUT_MS', async () => {
    const api = await startTestApi(database(), { requestTimeoutMs: 1000 });
    const { port } = new URL(api.url);
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${api.writeKey}\r\nContent-Length: 1000\r\n\r\n{"query":`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
