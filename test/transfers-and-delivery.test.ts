// The seeds' remaining semantics: Prequel's delivery settings and transfer reports.
import { describe, expect, it } from 'vitest';
import { GetIntegration, GetRevisions, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const DELIVERY =
  'query($id: ID!) { integration(id: $id) { etag version delivery { frequencyMinutes enabledModels maxConcurrentTransfers maxConcurrentQueriesPerTransfer } } }';

async function delivery(api: TestApi, id: string) {
  return (await api.request<{ integration: { etag: string; version: number; delivery: Record<string, unknown> | null } }, object>(DELIVERY, { id })).body.data!
    .integration;
}

async function update(api: TestApi, id: string, input: object) {
  return (await api.request(UpdateIntegration, { id, input: input as never })).body.data!.updateIntegration;
}

describe('delivery settings', () => {
  it('default on create for destinations, settable on create, and absent for httpApi', async () => {
    const api = await startTestApi(database());
    const pg = await createIntegration(api, { config: configs.postgres });
    expect((await delivery(api, pg.id)).delivery).toEqual({
      frequencyMinutes: 60,
      enabledModels: [],
      maxConcurrentTransfers: 1,
      maxConcurrentQueriesPerTransfer: 4,
    });
    const set = await createIntegration(api, { config: configs.s3, delivery: { frequencyMinutes: 15, enabledModels: ['orders'] } });
    expect((await delivery(api, set.id)).delivery).toMatchObject({ frequencyMinutes: 15, enabledModels: ['orders'], maxConcurrentTransfers: 1 });
    const http = await createIntegration(api, { config: configs.httpApi });
    expect((await delivery(api, http.id)).delivery).toBeNull();
    const rejected = await api.request(
      'mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { __typename ... on ValidationError { fieldErrors { path message } } } }',
      {
        input: { title: 'x', config: configs.httpApi, delivery: { frequencyMinutes: 10 } },
      } as never,
    );
    expect(rejected.body.data).toMatchObject({ createIntegration: { __typename: 'ValidationError', fieldErrors: [{ path: ['delivery'] }] } });
  });

  it('patches each sub-field: omitted keeps, null resets to default, a value sets; null resets all; included in revisions and etag', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.athena, delivery: { frequencyMinutes: 30, maxConcurrentTransfers: 8 } });
    expect(await update(api, created.id, { delivery: { enabledModels: ['a', 'b'] } })).toMatchObject({ integration: { version: 2 } });
    expect((await delivery(api, created.id)).delivery).toEqual({
      frequencyMinutes: 30,
      enabledModels: ['a', 'b'],
      maxConcurrentTransfers: 8,
      maxConcurrentQueriesPerTransfer: 4,
    });
    await update(api, created.id, { delivery: { frequencyMinutes: null } });
    expect((await delivery(api, created.id)).delivery).toMatchObject({ frequencyMinutes: 60, maxConcurrentTransfers: 8 });
    const before = await delivery(api, created.id);
    expect(await update(api, created.id, { delivery: { maxConcurrentTransfers: 8 } })).toMatchObject({ integration: { etag: before.etag } });
    await update(api, created.id, { delivery: null });
    expect((await delivery(api, created.id)).delivery).toEqual({
      frequencyMinutes: 60,
      enabledModels: [],
      maxConcurrentTransfers: 1,
      maxConcurrentQueriesPerTransfer: 4,
    });
    const revisions = (await api.request(GetRevisions, { id: created.id, first: 5 })).body.data!.integration!.revisions.edges;
    expect(revisions.map((e) => e.node.changedPaths)).toEqual([
      ['delivery.enabledModels', 'delivery.maxConcurrentTransfers'],
      ['delivery.frequencyMinutes'],
      ['delivery.enabledModels'],
      ['title', 'description', 'labels', 'metadata', 'customerId', 'disabled', 'config', 'delivery'],
    ]);
    expect(revisions[0].node.snapshot.delivery).toMatchObject({ frequencyMinutes: 60 });
  });

  it('validates ranges and unique model names, with paths', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.postgres });
    const result = await update(api, created.id, {
      delivery: { frequencyMinutes: 4, enabledModels: ['a', 'a'], maxConcurrentTransfers: 65, maxConcurrentQueriesPerTransfer: 0 },
    });
    expect(result.__typename === 'ValidationError' && result.fieldErrors.map((e) => e.path.join('.')).sort()).toEqual([
      'delivery.enabledModels',
      'delivery.frequencyMinutes',
      'delivery.maxConcurrentQueriesPerTransfer',
      'delivery.maxConcurrentTransfers',
    ]);
    expect((await delivery(api, created.id)).version).toBe(1);
  });
});

const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) {
  reportTransfer(integrationId: $id, input: $input) {
    __typename
    ... on ReportTransferPayload { transfer { id status rowsTransferred error { title blame message } } integration { etag version status { state message } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { code }
  }
}`;

type ReportResult = {
  reportTransfer: {
    __typename: string;
    transfer?: Record<string, unknown>;
    integration?: { etag: string; status: { state: string; message: string | null } };
    fieldErrors?: { path: string[] }[];
  };
};

/** Reports a run, with the tenant's sync key unless another key is given (reportTransfer needs the sync scope). */
async function report(api: TestApi, id: string, input: object, key?: string) {
  return (await api.request<ReportResult, object>(REPORT, { id, input }, { key: key ?? api.syncKey })).body.data!.reportTransfer;
}

const run = (endedAt: string, extra: object = {}) => ({
  status: 'SUCCESS',
  isFullRefresh: false,
  models: ['orders'],
  rowsTransferred: 1200,
  endedAt,
  ...extra,
});

describe('transfer reports', () => {
  it('records runs without changing the etag; status turns ERROR with the title when the last run failed, secrets redacted', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.postgres });
    const ok = await report(api, created.id, run('2026-11-01T10:00:00Z'));
    expect(ok).toMatchObject({
      __typename: 'ReportTransferPayload',
      transfer: { status: 'SUCCESS', rowsTransferred: 1200 },
      integration: { etag: created.etag, status: { state: 'HEALTHY' } },
    });
    const failed = await report(
      api,
      created.id,
      run('2026-11-02T10:00:00Z', {
        status: 'FAILED',
        error: { title: 'Authentication failed', blame: 'CUSTOMER', message: `password ${secrets.postgres} rejected` },
      }),
    );
    expect(failed).toMatchObject({ integration: { etag: created.etag, status: { state: 'ERROR', message: 'Authentication failed' } } });
    expect(JSON.stringify(failed)).not.toContain(secrets.postgres);
    expect(JSON.stringify(failed)).toContain('[redacted]');
    // An older run reported late does not change the status.
    await report(api, created.id, run('2026-10-01T10:00:00Z'));
    const read = (await api.request(GetIntegration, { id: created.id })).body.data!.integration!;
    expect(read).toMatchObject({ etag: created.etag, version: 1, status: { state: 'ERROR' } });
  });

  it('a new config has not been observed: the status turns UNKNOWN as of the change, and a run reported late that ended before it is not shown', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.postgres });
    const failed = await report(
      api,
      created.id,
      run('2026-11-02T10:00:00Z', { status: 'FAILED', error: { title: 'Authentication failed', blame: 'CUSTOMER' } }),
    );
    expect(failed).toMatchObject({ integration: { status: { state: 'ERROR', message: 'Authentication failed' } } });
    const status = async () => (await api.request(GetIntegration, { id: created.id })).body.data!.integration!.status;
    const updated = async (input: object) => (await api.request(UpdateIntegration, { id: created.id, input: input as never })).body.data!.updateIntegration;

    // Not the connection: the observation stands.
    expect(await updated({ title: 'renamed' })).toMatchObject({ __typename: 'UpdateIntegrationPayload' });
    expect(await status()).toMatchObject({ state: 'ERROR', message: 'Authentication failed' });
    // The same config again (its secret left out: a given secret is always a rewrite) changes nothing.
    const { password: _left, ...passwordAuth } = configs.postgres.postgres.auth.passwordAuth;
    expect(await updated({ config: { postgres: { ...configs.postgres.postgres, auth: { passwordAuth } } } })).toMatchObject({ integration: { version: 2 } });
    expect(await status()).toMatchObject({ state: 'ERROR' });
    // A new password (a secret) is a new connection.
    const before = Date.now();
    const password = { postgres: { ...configs.postgres.postgres, auth: { passwordAuth: { username: 'loader', password: 'the-new-one' } } } };
    expect(await updated({ config: password })).toMatchObject({ integration: { version: 3, status: { state: 'UNKNOWN' } } });
    const reset = await status();
    expect(reset).toMatchObject({ state: 'UNKNOWN', message: 'not checked since its config changed: run testIntegration' });
    expect(Date.parse(reset.checkedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    // A run that ended before the change ran with the old config.
    await report(api, created.id, run(new Date(before - 60_000).toISOString()));
    expect(await status()).toMatchObject({ state: 'UNKNOWN' });
    await report(api, created.id, run(new Date(Date.now() + 1000).toISOString()));
    expect(await status()).toMatchObject({ state: 'HEALTHY' });
  });

  it('lists transfers newest first with a status filter and cursors, and the last completed one', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.s3 });
    for (let day = 1; day <= 5; day++) await report(api, created.id, run(`2026-11-0${day}T10:00:00Z`, day === 3 ? { status: 'PARTIAL' } : {}));
    const query =
      'query($id: ID!, $after: String, $status: TransferStatus) { integration(id: $id) { lastCompletedTransfer { endedAt } transfers(first: 2, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { endedAt status } } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        lastCompletedTransfer: { endedAt: string };
        transfers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { endedAt: string } }[] };
      };
      const response = await api.request<{ integration: Page }, object>(query, { id: created.id, after });
      const page: Page = response.body.data!.integration;
      expect(page.transfers.totalCount).toBe(5);
      expect(page.lastCompletedTransfer.endedAt).toBe('2026-11-05T10:00:00.000Z');
      seen.push(...page.transfers.edges.map((e) => e.node.endedAt));
      if (!page.transfers.pageInfo.hasNextPage) break;
      after = page.transfers.pageInfo.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1].map((d) => `2026-11-0${d}T10:00:00.000Z`));
    const partial = (await api.request<{ integration: { transfers: { totalCount: number } } }, object>(query, { id: created.id, status: 'PARTIAL' })).body.data!
      .integration;
    expect(partial.transfers.totalCount).toBe(1);
  });

  it('validates reports: FAILED needs an error, times in order, no negative counts; other tenants, read and write keys cannot report', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api, { config: configs.s3 });
    const bad = await report(api, created.id, run('2026-11-01T10:00:00Z', { status: 'FAILED', rowsTransferred: -1, startedAt: '2026-11-02T10:00:00Z' }));
    expect(bad.__typename).toBe('ValidationError');
    expect(bad.fieldErrors!.map((e) => e.path.join('.')).sort()).toEqual(['endedAt', 'error', 'rowsTransferred'].sort());
    const other = await api.otherTenant();
    expect(await report(api, created.id, run('2026-11-01T10:00:00Z'), other.syncKey)).toMatchObject({ __typename: 'NotFoundError' });
    for (const key of [api.readKey, api.writeKey]) {
      const denied = await api.request(REPORT, { id: created.id, input: run('2026-11-01T10:00:00Z') } as never, { key });
      expect(denied.status).toBe(403);
      expect(denied.body.errors?.[0]).toMatchObject({ extensions: { code: 'PERMISSION_DENIED' }, message: expect.stringContaining('sync scope') });
    }
  });

  it('lists 100 integrations with their last transfer in one extra statement', async () => {
    const api = await startTestApi(database());
    const ids = [];
    for (let i = 0; i < 100; i++) ids.push((await createIntegration(api, { config: configs.s3, title: `t${i}` })).id);
    for (const id of ids.slice(0, 10)) await report(api, id, run('2026-11-01T10:00:00Z'));
    const before = api.database.statements.total;
    const response = await api.request<{ integrations: { edges: { node: { lastCompletedTransfer: unknown } }[] } }, object>(
      '{ integrations(first: 100) { edges { node { id lastCompletedTransfer { status endedAt } } } } }',
    );
    expect(response.body.data!.integrations.edges.filter((e) => e.node.lastCompletedTransfer)).toHaveLength(10);
    // auth + list + one batch of last transfers
    expect(api.database.statements.total - before).toBe(3);
  });
});

describe('connector outputs', () => {
  it("show the service's configured identity per connector, null where not configured or not declared", async () => {
    const outputs = { awsAccountId: '123456789012', awsPrincipalArn: 'arn:aws:iam::123456789012:role/gateway', gcpServiceAccountEmail: null };
    const api = await startTestApi(database(), { outputs });
    const athena = await createIntegration(api, { config: configs.athena });
    const pg = await createIntegration(api, { config: configs.postgres });
    const query = 'query($id: ID!) { integration(id: $id) { outputs { __typename ... on AthenaOutputs { accountId principalArn } } } }';
    expect((await api.request(query, { id: athena.id } as never)).body.data).toEqual({
      integration: { outputs: { __typename: 'AthenaOutputs', accountId: '123456789012', principalArn: 'arn:aws:iam::123456789012:role/gateway' } },
    });
    expect((await api.request(query, { id: pg.id } as never)).body.data).toEqual({ integration: { outputs: null } });
    const unconfigured = await startTestApi(database());
    const s3 = await createIntegration(unconfigured, { config: configs.s3 });
    const s3Query = 'query($id: ID!) { integration(id: $id) { outputs { ... on S3Outputs { accountId principalArn } } } }';
    expect((await unconfigured.request(s3Query, { id: s3.id } as never)).body.data).toEqual({
      integration: { outputs: { accountId: null, principalArn: null } },
    });
    const catalog = await api.request<{ connector: { outputs: { name: string }[] } }, object>('{ connector(type: ATHENA) { outputs { name description } } }');
    expect(catalog.body.data!.connector.outputs.map((o) => o.name)).toEqual(['accountId', 'principalArn']);
  });
});
