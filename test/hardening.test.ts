// Hardening against a legitimate key holder pushing at the edges (issue 17, findings 6–9): last
// write wins under any contention, every cursor and number argument answers a typed error, errors
// never echo the request, sizes are bounded, transfer reports cannot pin a status, replays answer
// what the first call answered.
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SECRET_MAX_LENGTH, secretPathsOf, valueAt } from '../src/connectors/kit.js';
import { ORACLE_WALLET_MAX_LENGTH } from '../src/connectors/oracle/connector.js';
import { connectors } from '../src/connectors/registry.js';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { DeleteIntegration, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { connectorExamples, withChange } from './helpers/connector-examples.js';
import { openTestDatabase, useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';
import { toGraphQLInput } from './helpers/graphql-shapes.js';
import { freePort } from './helpers/processes.js';

const database = useTestDatabase();

/** The versions of an integration's revisions, oldest first, read from the database (a deleted one has them too). */
async function revisionVersions(api: TestApi, globalId: string): Promise<number[]> {
  const rows = await api.database.db
    .selectFrom('integration_revisions')
    .select('version')
    .where('integration_id', '=', decodeIntegrationId(globalId)!)
    .orderBy('version')
    .execute();
  return rows.map((row) => row.version);
}

const consecutive = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

type FieldErrors = { path: string[]; code: string; message: string }[];
const CREATE = `mutation($input: CreateIntegrationInput!, $key: String) { createIntegration(input: $input, idempotencyKey: $key) {
  __typename ... on CreateIntegrationPayload { integration { id version } } ... on ValidationError { fieldErrors { path code message } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) {
  __typename ... on UpdateIntegrationPayload { integration { version metadata } } ... on ValidationError { fieldErrors { path code message } } } }`;
const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) { reportTransfer(integrationId: $id, input: $input) {
  __typename ... on ValidationError { fieldErrors { path code message } } } }`;

async function fieldErrorsOf(api: TestApi, document: string, variables: object, key?: string): Promise<FieldErrors> {
  const response = await api.request<Record<string, { __typename: string; fieldErrors?: FieldErrors }>, object>(document, variables, { key });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  const result = Object.values(response.body.data!)[0];
  expect(result.__typename).toBe('ValidationError');
  return result.fieldErrors!;
}

/** The refusal names the field (its path) and the limit (in its message). */
function expectBoundAt(errors: FieldErrors, path: string[], limit: number) {
  const error = errors.find((e) => e.path.join('.') === path.join('.'));
  expect(error, `${path.join('.')} in ${JSON.stringify(errors.map((e) => e.path.join('.')))}`).toBeDefined();
  expect(error!.message).toContain(String(limit));
}

describe('last write wins under contention', () => {
  it('30 concurrent updates without an etag all succeed, with consecutive versions and one revision each', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const inputs = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? { title: `writer ${i}` }
        : i % 3 === 1
          ? { metadata: { [`k${i}`]: i } }
          : { config: { athena: { ...configs.athena.athena, workgroup: `wg-${i}`, accessKey: { accessKeyId: `AKIA${i}` } } } },
    );
    const responses = await Promise.all(inputs.map((input) => api.request(UpdateIntegration, { id: created.id, input: input as never })));
    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.updateIntegration.__typename).toBe('UpdateIntegrationPayload');
    }
    const versions = responses.map((r) => (r.body.data!.updateIntegration as { integration: { version: number } }).integration.version);
    expect(versions.sort((a, b) => a - b)).toEqual(consecutive(31).slice(1));
    expect(await revisionVersions(api, created.id)).toEqual(consecutive(31));
  });

  it('concurrent updates and deletes without an etag: each succeeds or finds the integration deleted, none fails', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 10 === 5 ? api.request(DeleteIntegration, { id: created.id }) : api.request(UpdateIntegration, { id: created.id, input: { title: `writer ${i}` } }),
      ),
    );
    const outcomes = responses.map((response) => {
      expect(response.body.errors).toBeUndefined();
      const result = (response.body.data as Record<string, { __typename: string }>)[
        'updateIntegration' in response.body.data! ? 'updateIntegration' : 'deleteIntegration'
      ];
      return result.__typename;
    });
    expect(outcomes.filter((o) => o === 'DeleteIntegrationPayload')).toHaveLength(1);
    const allowed = ['UpdateIntegrationPayload', 'DeleteIntegrationPayload', 'NotFoundError'];
    expect(outcomes.filter((o) => !allowed.includes(o))).toEqual([]);
    const changes = outcomes.filter((o) => o !== 'NotFoundError').length;
    expect(await revisionVersions(api, created.id)).toEqual(consecutive(changes + 1));
  });
});

/** A request's answer must be a typed refusal of the named argument: never INTERNAL, never data. */
function expectRefused(response: Awaited<ReturnType<TestApi['request']>>, argument: string) {
  const errors = response.body.errors ?? [];
  expect(errors.map((e) => e.extensions?.code)).not.toContain('INTERNAL');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0].extensions?.code).toBe('INVALID_ARGUMENT');
  const named = errors[0].message.includes(argument) || JSON.stringify(errors[0].extensions?.fieldErrors ?? []).includes(`"${argument}"`);
  expect(named, `${JSON.stringify(errors[0])} names ${argument}`).toBe(true);
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Junk for any cursor: numbers out of any range, malformed text, base64 of junk of every shape the real cursors take. */
const junkCursors = [
  '',
  '99999999999',
  '2147483648',
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x10',
  'abc',
  ' 1',
  '💥',
  'x'.repeat(5000),
  b64('junk'),
  b64('{}'),
  b64('[]'),
  b64('null'),
  b64(JSON.stringify({ f: 'created_at', v: 'junk', id: '------------------------------------' })),
  b64(JSON.stringify({ f: 'created_at', v: 'not a date', id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'created_at', v: '99999-01-01T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'created_at', v: '+275760-09-13T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'created_at', v: 12, id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'title', v: 'x', id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'title', v: 'a\u0000b', id: '00000000-0000-0000-0000-000000000000' })),
  b64(JSON.stringify({ f: 'title', v: 'x'.repeat(300), id: '00000000-0000-0000-0000-000000000000' })),
  b64('99999|00000000-0000-0000-0000-000000000000'),
  b64('2020-01-01T00:00:00.000Z|------------------------------------'),
  b64('2020-01-01T00:00:00.000Z|zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'),
  b64('Tue, 1 Jan 99999 00:00:00 GMT|00000000-0000-0000-0000-000000000000'),
  b64('1|00000000-0000-0000-0000-000000000000'),
  b64('2020-01-01T00:00:00.000Z|00000000-0000-0000-0000-000000000000|x'),
];

const junkPageSizes = [-1, 101, 1_000_000];

describe('every cursor and number argument is validated', () => {
  it('integrations(after:, first:) answer INVALID_ARGUMENT naming the argument for junk, and a cursor of another order', async () => {
    const api = await startTestApi(database());
    await createIntegration(api);
    await createIntegration(api, { title: 'Second' });
    const list =
      'query($after: String, $first: Int, $field: IntegrationOrderField!) { integrations(first: $first, after: $after, orderBy: { field: $field }) { edges { cursor } } }';
    const titleCursor = (await api.request<{ integrations: { edges: { cursor: string }[] } }, object>(list, { first: 1, field: 'TITLE' })).body.data!
      .integrations.edges[0].cursor;
    for (const after of [...junkCursors, titleCursor]) {
      expectRefused(await api.request(list, { after, field: 'CREATED_AT' }), 'after');
    }
    for (const after of junkCursors) expectRefused(await api.request(list, { after, field: 'UPDATED_AT' }), 'after');
    for (const first of junkPageSizes) expectRefused(await api.request(list, { first, field: 'TITLE' }), 'first');
    for (const first of [2_147_483_648, 1e10, 1.5, '10', true]) expectRefused(await api.request(list, { first, field: 'TITLE' }), 'first');
    // A literal too large for Int (or for the cost limit) is refused before any resolver runs.
    const literal = await api.request('{ integrations(first: 2147483648) { totalCount } }');
    expect(literal.body.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_ARGUMENT']);
  });

  it('Integration.revisions(after:, first:) answer INVALID_ARGUMENT naming the argument', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const revisions = 'query($id: ID!, $after: String, $first: Int) { integration(id: $id) { revisions(first: $first, after: $after) { totalCount } } }';
    for (const after of junkCursors) expectRefused(await api.request(revisions, { id: created.id, after }), 'after');
    for (const first of junkPageSizes) expectRefused(await api.request(revisions, { id: created.id, first }), 'first');
    // A real cursor still works, including one past the end.
    const page = await api.request<{ integration: { revisions: { pageInfo: { endCursor: string } } } }, object>(
      'query($id: ID!) { integration(id: $id) { revisions(first: 1) { pageInfo { endCursor } } } }',
      { id: created.id },
    );
    const after = page.body.data!.integration.revisions.pageInfo.endCursor;
    const ok = await api.request<{ integration: { revisions: { totalCount: number } } }, object>(revisions, { id: created.id, after });
    expect(ok.body).toEqual({ data: { integration: { revisions: { totalCount: 1 } } } });
  });

  it('Integration.transfers(after:, first:) answer INVALID_ARGUMENT naming the argument', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const transfers = 'query($id: ID!, $after: String, $first: Int) { integration(id: $id) { transfers(first: $first, after: $after) { totalCount } } }';
    for (const after of junkCursors) expectRefused(await api.request(transfers, { id: created.id, after }), 'after');
    for (const first of junkPageSizes) expectRefused(await api.request(transfers, { id: created.id, first }), 'first');
  });

  it('every numeric input field out of range is a ValidationError at its path (or a top-level INVALID_ARGUMENT past Int), never INTERNAL', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const postgres = (port: number) => ({ title: 'p', config: { postgres: { ...configs.postgres.postgres, port } } });
    const athena = (delivery: object) => ({ title: 'a', config: configs.athena, delivery });
    const creates: [object, string][] = [
      [postgres(0), 'config.postgres.port'],
      [postgres(70_000), 'config.postgres.port'],
      [{ title: 'p', config: { postgres: { ...configs.postgres.postgres, connectionTimeoutInSeconds: 0 } } }, 'config.postgres.connectionTimeoutInSeconds'],
      [athena({ frequencyMinutes: 1 }), 'delivery.frequencyMinutes'],
      [athena({ frequencyMinutes: 1_000_000 }), 'delivery.frequencyMinutes'],
      [athena({ maxConcurrentTransfers: 0 }), 'delivery.maxConcurrentTransfers'],
      [athena({ maxConcurrentQueriesPerTransfer: 65 }), 'delivery.maxConcurrentQueriesPerTransfer'],
    ];
    for (const [input, path] of creates) {
      const errors = await fieldErrorsOf(api, CREATE, { input });
      expect(errors.map((e) => e.path.join('.'))).toContain(path);
    }
    const run = { status: 'SUCCESS', isFullRefresh: false, models: ['orders'], endedAt: new Date().toISOString() };
    for (const [extra, path] of [
      [{ rowsTransferred: -1 }, 'rowsTransferred'],
      [{ volumeTransferredMb: 1e300 }, 'volumeTransferredMb'],
      [{ modelMetrics: [{ modelName: 'm', deltaRowsTransferred: -5 }] }, 'modelMetrics.0.deltaRowsTransferred'],
    ] as const) {
      const errors = await fieldErrorsOf(api, REPORT, { id: created.id, input: { ...run, ...extra } }, api.syncKey);
      expect(errors.map((e) => e.path.join('.'))).toContain(path);
    }
    for (const frequencyMinutes of [2 ** 31, 1.5, Number.MAX_VALUE]) {
      expectRefused(await api.request(CREATE, { input: athena({ frequencyMinutes }) }), 'frequencyMinutes');
    }
    expectRefused(await api.request(REPORT, { id: created.id, input: { ...run, rowsTransferred: 'NaN' } }, { key: api.syncKey }), 'rowsTransferred');
  });

  it('list filters are bounded: an over-long customerId, search or label list is INVALID_ARGUMENT', async () => {
    const api = await startTestApi(database());
    const list = 'query($filter: IntegrationFilter) { integrations(filter: $filter) { totalCount } }';
    expectRefused(await api.request(list, { filter: { customerId: 'c'.repeat(256) } }), 'customerId');
    expectRefused(await api.request(list, { filter: { search: 's'.repeat(256) } }), 'search');
    expectRefused(await api.request(list, { filter: { labels: Array.from({ length: 65 }, (_, i) => `l${i}`) } }), 'labels');
    expectRefused(await api.request(list, { filter: { labels: ['l'.repeat(64)] } }), 'labels');
  });
});

describe('INTERNAL errors', () => {
  it('are logged with message, stack and request id, without the values they quote or the database error detail', async () => {
    // A database of its own: the trigger that fails every update of a marked title stays out of the other tests.
    const handle = await openTestDatabase();
    onTestFinished(() => handle.close());
    await sql`create function refuse_marked() returns trigger language plpgsql as $$
      begin
        if new.title like 'SECRET-%' then
          raise exception 'refused title "%"', new.title using detail = new.title, hint = new.title;
        end if;
        return new;
      end $$`.execute(handle.db);
    await sql`create trigger refuse_marked before update on integrations for each row execute function refuse_marked()`.execute(handle.db);
    const api = await startTestApi(handle);
    const created = await createIntegration(api);
    // SECRET-…: the global teardown fails the run if any log line holds it.
    const marker = 'SECRET-LOGGED-TITLE-4711';
    for (const etag of [null, created.etag]) {
      const response = await api.request(UpdateIntegration, { id: created.id, input: { title: marker }, etag });
      const requestId = response.headers.get('x-request-id')!;
      expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL', requestId });
      expect(JSON.stringify(response.body)).not.toMatch(/refused|SECRET|stack|plpgsql/i);
      const line = api.logs.map((text) => JSON.parse(text)).find((entry) => entry.msg === 'unexpected error' && entry.requestId === requestId);
      expect(line?.error).toMatchObject({ type: 'error', code: 'P0001', message: 'refused title "…"' });
      expect(line.error.stack).toMatch(/^error: refused title "…"\n\s+at /);
    }
    expect(api.logs.join('')).not.toContain(marker);
  });
});

describe('errors never echo the request', () => {
  // SECRET-…: the global teardown also fails the run if a log line holds one.
  const value = 'SECRET-BODY-VALUE-90210';
  const bodies = [
    `{"query": "{ __typename }", "variables": {"p": "${value}"`,
    `{"query": "{ __typename }", "variables": {"p": "${value}"}, "extensions": "${value}"}`,
    `{"query": "{ __typename }", "variables": "${value}"}`,
    `{"query": "{ __typename }", "operationName": {"x": "${value}"}}`,
    `{"query": "${value}"}`,
    `{"query": "{ \\"${value}\\" }"}`,
    `{"query": "mutation { createIntegration(input: { title: \\"x\\", config: { postgres: { password \\"${value}\\" } } }) { __typename } }"}`,
    `{"query": "{ integration(id: \\"${value}) { id } }"}`,
    `{"query": "{ integrations(after: \\"${value}\\") { totalCount } }"}`,
    `{"query": "{ integrations(first: \\"${value}\\") { totalCount } }"}`,
    `{"query": "query($p: Int) { __typename }", "variables": {"p": "${value}"}}`,
    `{"query": "query($p: ConnectorType!) { connector(type: $p) { label } }", "variables": {"p": "${value}"}}`,
    `["${value}"]`,
    `"${value}"`,
    value,
    `{"query": "{ __typename }", "variables": {"p": "${value}\\x"}}`,
  ];

  it('a malformed or refused body answers a typed error holding no part of its values, no originalError and no stack', async () => {
    const api = await startTestApi(database());
    for (const body of bodies) {
      for (const contentType of ['application/json', 'application/graphql-response+json', 'text/plain']) {
        const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${api.writeKey}` }, body });
        const text = await response.text();
        expect(text, body).not.toMatch(/SECRET|BODY-VALUE|90210|originalError|stack|"\s+at /);
        // A body of a type GraphQL is not sent in gets 415 and nothing else.
        if (response.status === 415 && text === '') continue;
        const errors = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
        expect(errors.length, body).toBeGreaterThan(0);
        for (const error of errors) expect(['INVALID_ARGUMENT', 'PERMISSION_DENIED', 'NOT_FOUND']).toContain(error.extensions?.code);
      }
    }
    for (const query of [`query=%7B__typename%7D&variables=%7B%22p%22%3A%22${value}`, `query=${value}`, `query=%7B__typename%7D&extensions=${value}`]) {
      const text = await (await fetch(`${api.url}?${query}`, { headers: { authorization: `Bearer ${api.writeKey}` } })).text();
      expect(text, query).not.toMatch(/SECRET|BODY-VALUE|originalError|stack/);
    }
  });
});

describe('size bounds', () => {
  it('every secret of every connector is refused at 900 kB with its path and limit, and nothing is stored', async () => {
    const api = await startTestApi(database());
    // The variants no hand-written example shows.
    const variants: Record<string, Record<string, unknown>[]> = {
      httpApi: [
        { ...configs.httpApi.httpApi, authorization: { basic: { username: 'u', password: 'SECRET-basic' } } },
        { ...configs.httpApi.httpApi, authorization: { apiKey: { key: 'SECRET-api-key' } } },
      ],
    };
    for (const connector of connectors) {
      const seen = new Set<string>();
      for (const example of [...connectorExamples[connector.name].valid, ...(variants[connector.name] ?? [])]) {
        for (const path of secretPathsOf(connector.shape)) {
          const keys = path.split('.');
          if (seen.has(path) || typeof valueAt(example, keys.slice(0, -1)) !== 'object') continue;
          seen.add(path);
          const original = valueAt(example, keys);
          const huge = (typeof original === 'string' ? original : 'x').padEnd(900_000, ' ');
          const config = { [connector.name]: toGraphQLInput(connector.shape, withChange(example, path, huge)) };
          const errors = await fieldErrorsOf(api, CREATE, { input: { title: 'huge secret', config } });
          const limit = connector.name === 'oracle' && path.endsWith('wallet') ? ORACLE_WALLET_MAX_LENGTH : SECRET_MAX_LENGTH;
          expectBoundAt(errors, ['config', connector.name, ...keys], limit);
        }
      }
      expect(seen.size, connector.name).toBe(secretPathsOf(connector.shape).length);
    }
    const count = await api.request<{ integrations: { totalCount: number } }, object>('{ integrations { totalCount } }');
    expect(count.body.data!.integrations.totalCount).toBe(0);
  });

  it('a secret of exactly its limit is stored; one character more is refused', async () => {
    const api = await startTestApi(database());
    const withPassword = (password: string) => ({ postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'u', password } } } });
    const ok = await api.request(CREATE, { input: { title: 'at limit', config: withPassword('p'.repeat(SECRET_MAX_LENGTH)) } });
    expect(ok.body.data).toMatchObject({ createIntegration: { __typename: 'CreateIntegrationPayload' } });
    const over = await fieldErrorsOf(api, CREATE, { input: { title: 'over', config: withPassword('p'.repeat(SECRET_MAX_LENGTH + 1)) } });
    expectBoundAt(over, ['config', 'postgres', 'auth', 'passwordAuth', 'password'], SECRET_MAX_LENGTH);
    const oracle = connectors.find((c) => c.name === 'oracle')!;
    const wallet = withChange(
      connectorExamples.oracle.valid.find((e) => valueAt(e, ['sslOptions']))!,
      'sslOptions.wallet',
      'A'.repeat(ORACLE_WALLET_MAX_LENGTH),
    );
    const walletOk = await api.request(CREATE, { input: { title: 'wallet', config: { oracle: toGraphQLInput(oracle.shape, wallet) } } });
    expect(walletOk.body.data).toMatchObject({ createIntegration: { __typename: 'CreateIntegrationPayload' } });
  });

  it('every free-text field of the inputs is bounded: over it, a ValidationError naming the field and the limit', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const base = { title: 'bounded', config: configs.athena };
    const httpApi = configs.httpApi.httpApi;
    const cases: [input: object, path: string[], limit: number][] = [
      [{ ...base, title: 't'.repeat(256) }, ['title'], 255],
      [{ ...base, description: 'd'.repeat(4001) }, ['description'], 4000],
      [{ ...base, customerId: 'c'.repeat(256) }, ['customerId'], 255],
      [{ ...base, labels: Array.from({ length: 65 }, (_, i) => `l${i}`) }, ['labels'], 64],
      [{ ...base, labels: ['l'.repeat(64)] }, ['labels', '0'], 63],
      [{ ...base, metadata: { big: 'm'.repeat(16_384) } }, ['metadata'], 16_384],
      [{ ...base, metadata: { ['k'.repeat(129)]: 1 } }, ['metadata'], 128],
      [{ ...base, delivery: { enabledModels: Array.from({ length: 1001 }, (_, i) => `m${i}`) } }, ['delivery', 'enabledModels'], 1000],
      [{ ...base, delivery: { enabledModels: ['m'.repeat(256)] } }, ['delivery', 'enabledModels', '0'], 255],
      [
        { ...base, config: { httpApi: { ...httpApi, headers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`X-H${i}`, 'v'])) } } },
        ['config', 'httpApi', 'headers'],
        100,
      ],
      [{ ...base, config: { httpApi: { ...httpApi, headers: { 'X-Long': 'v'.repeat(4097) } } } }, ['config', 'httpApi', 'headers', 'X-Long'], 4096],
      [
        { ...base, config: { httpApi: { ...httpApi, resources: [{ name: 'users', method: 'CREATE', path: '/users', body: { text: 'b'.repeat(16_384) } }] } } },
        ['config', 'httpApi', 'resources', '0', 'body'],
        16_384,
      ],
    ];
    for (const [input, path, limit] of cases) expectBoundAt(await fieldErrorsOf(api, CREATE, { input }), path, limit);
    expectBoundAt(await fieldErrorsOf(api, CREATE, { input: base, key: 'k'.repeat(256) }), ['idempotencyKey'], 255);
    for (const [input, path, limit] of cases.slice(0, 9)) {
      const { title: _title, config: _config, ...update } = input as Record<string, unknown>;
      if (Object.keys(update).length > 0) expectBoundAt(await fieldErrorsOf(api, UPDATE, { id: created.id, input: update }), path, limit);
    }
    const run = { status: 'FAILED', isFullRefresh: false, models: ['orders'], endedAt: new Date().toISOString() };
    const error = { title: 'failed', blame: 'UNKNOWN' };
    const reports: [input: object, path: string[], limit: number][] = [
      [{ ...run, models: Array.from({ length: 1001 }, (_, i) => `m${i}`), error }, ['models'], 1000],
      [{ ...run, models: ['m'.repeat(256)], error }, ['models', '0'], 255],
      [{ ...run, error: { ...error, title: 't'.repeat(256) } }, ['error', 'title'], 255],
      [{ ...run, error: { ...error, code: 'c'.repeat(129) } }, ['error', 'code'], 128],
      [{ ...run, error: { ...error, message: 'm'.repeat(10_001) } }, ['error', 'message'], 10_000],
      [{ ...run, error, modelMetrics: [{ modelName: 'n'.repeat(256) }] }, ['modelMetrics', '0', 'modelName'], 255],
    ];
    for (const [input, path, limit] of reports) expectBoundAt(await fieldErrorsOf(api, REPORT, { id: created.id, input }, api.syncKey), path, limit);
    const after = await api.request<{ integration: { version: number } }, object>('query($id: ID!) { integration(id: $id) { version } }', { id: created.id });
    expect(after.body.data!.integration.version).toBe(1);
  });

  it('metadata merged by updates cannot grow past its bound, however small each update', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const chunk = (name: string) => ({ [name]: 'm'.repeat(6000) });
    for (const name of ['a', 'b']) {
      const ok = await api.request(UPDATE, { id: created.id, input: { metadata: chunk(name) } });
      expect(ok.body.data).toMatchObject({ updateIntegration: { __typename: 'UpdateIntegrationPayload' } });
    }
    expectBoundAt(await fieldErrorsOf(api, UPDATE, { id: created.id, input: { metadata: chunk('c') } }), ['metadata'], 16_384);
    const stored = await api.request<{ integration: { version: number; metadata: object } }, object>(
      'query($id: ID!) { integration(id: $id) { version metadata } }',
      {
        id: created.id,
      },
    );
    expect(stored.body.data!.integration.version).toBe(3);
    expect(Object.keys(stored.body.data!.integration.metadata)).toEqual(['a', 'b']);
    // Removing keys while adding one stays possible.
    const swapped = await api.request(UPDATE, { id: created.id, input: { metadata: { a: null, ...chunk('c') } } });
    expect(swapped.body.data).toMatchObject({ updateIntegration: { __typename: 'UpdateIntegrationPayload' } });
  });
});

describe('transfer reports cannot pin the status', () => {
  const REPORTED = `mutation($id: ID!, $input: ReportTransferInput!) { reportTransfer(integrationId: $id, input: $input) {
    __typename ... on ReportTransferPayload { integration { status { state message checkedAt } } } ... on ValidationError { fieldErrors { path code message } } } }`;
  const STATUS = 'query($id: ID!) { integration(id: $id) { status { state message checkedAt } transfers { totalCount } } }';
  const CHECK = 'mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state checkedAt } } } } }';
  type Status = { state: string; message: string | null; checkedAt: string | null };
  const at = (offsetSeconds: number) => new Date(Date.now() + offsetSeconds * 1000).toISOString();
  const ok = (endedAt: string) => ({ status: 'SUCCESS', isFullRefresh: false, models: ['orders'], endedAt });
  const failed = (endedAt: string, title = 'It broke') => ({ ...ok(endedAt), status: 'FAILED', error: { title, blame: 'PROVIDER' } });

  async function status(api: TestApi, id: string) {
    return (await api.request<{ integration: { status: Status; transfers: { totalCount: number } } }, object>(STATUS, { id })).body.data!.integration;
  }

  it('a time beyond the clock skew (or before 1900) is a ValidationError at its path, and nothing is recorded', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const far = '9999-12-31T23:59:59.000Z';
    const cases: [object, string[]][] = [
      [ok(far), ['endedAt']],
      [ok(at(301)), ['endedAt']],
      [{ ...ok(far), startedAt: far }, ['startedAt']],
      [{ ...ok(at(-60)), submittedAt: far }, ['submittedAt']],
      [{ ...ok(at(-60)), windowStart: at(-3600), windowEnd: far }, ['windowEnd']],
      [{ ...ok(at(-60)), modelMetrics: [{ modelName: 'orders', windowEnd: far }] }, ['modelMetrics', '0', 'windowEnd']],
      [{ ...ok(at(-60)), modelMetrics: [{ modelName: 'orders', mostRecentLastUpdatedAt: far }] }, ['modelMetrics', '0', 'mostRecentLastUpdatedAt']],
      [ok('0000-01-01T00:00:00.000Z'), ['endedAt']],
      [{ ...ok(at(-60)), windowStart: '1899-12-31T23:59:59.000Z' }, ['windowStart']],
    ];
    for (const [input, path] of cases) {
      const errors = await fieldErrorsOf(api, REPORTED, { id: created.id, input }, api.syncKey);
      expect(
        errors.map((e) => e.path.join('.')),
        JSON.stringify(input),
      ).toContain(path.join('.'));
    }
    expect(await status(api, created.id)).toMatchObject({ status: { state: 'UNKNOWN', checkedAt: null }, transfers: { totalCount: 0 } });
    // Within the skew is a clock a little ahead, and is recorded.
    const ahead = await api.request(REPORTED, { id: created.id, input: ok(at(120)) }, { key: api.syncKey });
    expect(ahead.body.data).toMatchObject({ reportTransfer: { integration: { status: { state: 'HEALTHY' } } } });
    // And a real failure after it shows as soon as it is newer.
    await api.request(REPORTED, { id: created.id, input: failed(at(180)) }, { key: api.syncKey });
    expect((await status(api, created.id)).status.state).toBe('ERROR');
  });

  it('an older report never hides a newer observation, and a check neither hides nor is hidden by a newer one', async () => {
    const api = await startTestApi(database());
    // A live check of a closed port on loopback: ERROR at once.
    const created = await createIntegration(api, { config: { postgres: { ...configs.postgres.postgres, host: '127.0.0.1', port: await freePort() } } });
    await api.request(REPORTED, { id: created.id, input: ok(at(-600)) }, { key: api.syncKey });
    expect((await status(api, created.id)).status.state).toBe('HEALTHY');
    const checked = await api.request<{ testIntegration: { integration: { status: Status } } }, object>(CHECK, { id: created.id });
    expect(checked.body.data!.testIntegration.integration.status.state).toBe('ERROR');
    // Ended before the check: recorded, but the status stays the check's.
    const late = await api.request(REPORTED, { id: created.id, input: ok(at(-60)) }, { key: api.syncKey });
    expect(late.body.data).toMatchObject({ reportTransfer: { integration: { status: { state: 'ERROR' } } } });
    expect((await status(api, created.id)).transfers.totalCount).toBe(2);
    // Ended after the check: shown.
    const aMinuteAhead = at(60);
    await api.request(REPORTED, { id: created.id, input: ok(aMinuteAhead) }, { key: api.syncKey });
    expect((await status(api, created.id)).status).toMatchObject({ state: 'HEALTHY', checkedAt: aMinuteAhead });
    // A check now is older than that run (it ended a minute ahead): the run stays shown.
    const hidden = await api.request<{ testIntegration: { integration: { status: Status } } }, object>(CHECK, { id: created.id });
    expect(hidden.body.data!.testIntegration.integration.status.state).toBe('HEALTHY');
  });

  it("concurrent reports in any order end with the newest run's status", async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const offsets = Array.from({ length: 20 }, (_, i) => -1000 + i * 10);
    // The newest (last offset) failed; shuffled so it is neither first nor last to arrive.
    const order = [...offsets].sort(() => Math.random() - 0.5);
    const newest = offsets[offsets.length - 1];
    const base = Date.now();
    const time = (offset: number) => new Date(base + offset * 1000).toISOString();
    const responses = await Promise.all(
      order.map((offset) =>
        api.request(REPORTED, { id: created.id, input: offset === newest ? failed(time(offset), 'The newest run') : ok(time(offset)) }, { key: api.syncKey }),
      ),
    );
    for (const response of responses) expect(response.body.data).toMatchObject({ reportTransfer: { __typename: 'ReportTransferPayload' } });
    const after = await status(api, created.id);
    expect(after.status).toEqual({ state: 'ERROR', message: 'The newest run', checkedAt: time(newest) });
    expect(after.transfers.totalCount).toBe(20);
  });
});

describe('idempotent replays answer what the first call answered', () => {
  const REPLAYED = `mutation($input: CreateIntegrationInput!, $key: String) { createIntegration(input: $input, idempotencyKey: $key) {
    __typename
    ... on CreateIntegrationPayload { integration { id title etag version createdAt updatedAt status { state } config { ... on PostgresConfig { host auth { ... on PasswordAuth { password { isSet updatedAt } } } } } } }
    ... on ValidationError { fieldErrors { path code message } } } }`;
  type Replayed = { createIntegration: { __typename: string; integration?: { id: string; etag: string; version: number }; fieldErrors?: FieldErrors } };
  const input = { title: 'Once', config: configs.postgres };
  const count = async (api: TestApi) =>
    (await api.request<{ integrations: { totalCount: number } }, object>('{ integrations { totalCount } }')).body.data!.integrations.totalCount;

  it('after a delete: the first result again, still not found on reads, nothing created', async () => {
    const api = await startTestApi(database());
    const first = (await api.request<Replayed, object>(REPLAYED, { input, key: 'replay-delete' })).body.data!.createIntegration;
    expect(first.__typename).toBe('CreateIntegrationPayload');
    const id = first.integration!.id;
    await api.request(UpdateIntegration, { id, input: { title: 'Renamed' } });
    const updatedReplay = (await api.request<Replayed, object>(REPLAYED, { input, key: 'replay-delete' })).body.data!.createIntegration;
    expect(updatedReplay).toEqual(first);
    expect(await api.request(DeleteIntegration, { id })).toMatchObject({ body: { data: { deleteIntegration: { __typename: 'DeleteIntegrationPayload' } } } });
    for (let i = 0; i < 3; i++) {
      const replayed = (await api.request<Replayed, object>(REPLAYED, { input, key: 'replay-delete' })).body.data!.createIntegration;
      expect(replayed).toEqual(first);
    }
    const read = await api.request<{ integration: null }, object>('query($id: ID!) { integration(id: $id) { id } }', { id });
    expect(read.body.data!.integration).toBeNull();
    expect(await count(api)).toBe(0);
    expect(await revisionVersions(api, id)).toEqual([1, 2, 3]);
  });

  it('keeps the first result without any secret: each secret only as when it was set', async () => {
    const api = await startTestApi(database());
    await api.request(REPLAYED, { input, key: 'replay-at-rest' });
    const rows = await sql<{
      result: { integration: { secrets: Record<string, object> } };
    }>`select result from idempotency_keys where key = 'replay-at-rest'`.execute(api.database.db);
    expect(rows.rows).toHaveLength(1);
    expect(JSON.stringify(rows.rows[0])).not.toContain(secrets.postgres);
    expect(Object.values(rows.rows[0].result.integration.secrets)).toEqual([{ updatedAt: expect.any(String), fp: expect.stringMatching(/^sfp_/) }]);
  });

  it('another API key of the tenant using the same idempotency key is refused before any comparison of inputs', async () => {
    const api = await startTestApi(database());
    const second = await createApiKey(api.database.db, { tenant: api.tenant, scope: 'write', name: `${api.tenant} second writer` });
    const first = (await api.request<Replayed, object>(REPLAYED, { input, key: 'bound-key' })).body.data!.createIntegration;
    expect(first.__typename).toBe('CreateIntegrationPayload');
    // The same input and a guess of another: the same answer, so nothing about the first input is learned.
    const guesses = [
      input,
      { ...input, config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: 'guess' } } } } },
    ];
    const answers = [];
    for (const guess of guesses) {
      answers.push((await api.request<Replayed, object>(REPLAYED, { input: guess, key: 'bound-key' }, { key: second.key })).body.data!.createIntegration);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['idempotencyKey'], code: 'idempotency_key_taken', message: 'was already used by another API key; use a new key' }],
    });
    expect(await count(api)).toBe(1);
    // The key that made it still replays it.
    expect((await api.request<Replayed, object>(REPLAYED, { input, key: 'bound-key' })).body.data!.createIntegration).toEqual(first);
  });
});
