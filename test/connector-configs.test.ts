// Connector configs, teams, environments, sharing and per-customer params over HTTP on both
// databases (issue 20): a team's config with shared settings and a shared secret; integrations of
// other teams built on it (ALLOW at once, ASK after approval, DENY not at all); the merge rule (an
// integration gives its params only, never a field that decides where a shared secret goes); a
// config change and an attribute change reaching every integration built on it with revisions;
// keys of one environment seeing only that environment; the config as a federation entity.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { httpCaptureServer } from './helpers/capture-servers.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

type Result = { __typename: string } & Record<string, unknown>;
const run = (api: TestApi, document: string, variables: Record<string, unknown>, key?: string) => rootFieldOf<Result>(api, document, variables, key);

const ERRORS = `... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;
const CONFIG_ERRORS = `${ERRORS} ... on ConnectorConfigEtagMismatchError { currentVersion current { version } }`;
const CONFIG_FIELDS = `id title sharing beta category etag version settings params { path fromAttribute sensitive } ownerTeam { name } environments { name }`;
const CREATE_CONFIG = `mutation($input: CreateConnectorConfigInput!, $key: String, $dryRun: Boolean) {
  createConnectorConfig(input: $input, idempotencyKey: $key, dryRun: $dryRun) { __typename ... on ConnectorConfigPayload { dryRun connectorConfig { ${CONFIG_FIELDS} } } ${ERRORS} } }`;
const UPDATE_CONFIG = `mutation($id: ID!, $input: UpdateConnectorConfigInput!, $etag: String, $expectedVersion: Int, $dryRun: Boolean) {
  updateConnectorConfig(id: $id, input: $input, etag: $etag, expectedVersion: $expectedVersion, dryRun: $dryRun) {
    __typename ... on ConnectorConfigPayload { changedPaths integrationsChanged dryRun connectorConfig { ${CONFIG_FIELDS} } } ${CONFIG_ERRORS} } }`;
const CREATE = `mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id etag version } } ${ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) { __typename ... on UpdateIntegrationPayload { changedPaths integration { version } } ${ERRORS} } }`;
const READ = `query($id: ID!) { integration(id: $id) { id version customerId
  config { ... on PostgresConfig { host port database schema auth { ... on PasswordAuth { username password { isSet fingerprint } } } }
           ... on HttpApiConfig { baseUrl } }
  connectorConfig { id title } environment { name } team { name } approval { state decidedBy }
  capabilities { canTest reasons { capability code } }
  revisions(first: 10) { edges { node { version action changedPaths } } } } }`;
const DECIDE = (field: string) =>
  `mutation($id: ID!) { ${field}(id: $id) { __typename ... on ${field[0].toUpperCase()}${field.slice(1)}Payload { integration { approval { state decidedBy } version } } ${ERRORS} } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state message } } } ${ERRORS} } }`;

interface Org {
  tenantKey: string;
  teamA: string;
  teamB: string;
  /** Team B's key of the production environment only. */
  teamBProd: string;
  /** A key of the development environment only (no team). */
  devKey: string;
}

async function organisation(api: TestApi): Promise<Org> {
  for (const name of ['production', 'development']) {
    const created = await run(api, `mutation($n: String!) { createEnvironment(name: $n) { __typename } }`, { n: name });
    expect(created.__typename).toBe('CreateEnvironmentPayload');
  }
  for (const name of ['Data platform', 'Apps']) {
    const created = await run(
      api,
      `mutation($i: CreateTeamInput!) { createTeam(input: $i) { __typename ... on TeamPayload { team { name domain verified } } } }`,
      {
        i: { name, domain: 'example.com', verified: true },
      },
    );
    expect(created).toMatchObject({ __typename: 'TeamPayload', team: { name, domain: 'example.com', verified: true } });
  }
  const key = async (team?: string, environment?: string) =>
    (await createApiKey(api.database.db, { tenant: api.tenant, scope: 'write', team, environment, name: `${team ?? 'tenant'} ${environment ?? 'all'}` })).key;
  return {
    tenantKey: api.writeKey,
    teamA: await key('Data platform'),
    teamB: await key('Apps'),
    teamBProd: await key('Apps', 'production'),
    devKey: await key(undefined, 'development'),
  };
}

const postgresSettings = (password = 'SHARED-loader-password', extra: Record<string, unknown> = {}) => ({
  host: 'warehouse.example.com',
  port: 5432,
  auth: { passwordAuth: { username: 'loader', password } },
  ...extra,
});

describe('connector configs', () => {
  it('a team shares a config; another team builds on it with its params only; changes of the config and of attributes reach it', async () => {
    const api = await startTestApi(database());
    const org = await organisation(api);

    // Params that would decide where the shared password goes are refused.
    const badParams = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Warehouse',
          connector: 'POSTGRES',
          settings: postgresSettings(),
          params: [{ path: 'database' }, { path: 'disableSsl' }],
          environments: ['production'],
        },
      },
      org.teamA,
    );
    expect(badParams.__typename).toBe('ValidationError');
    expect(badParams.fieldErrors, JSON.stringify(badParams.fieldErrors)).toContainEqual(
      expect.objectContaining({ path: ['params', '1', 'path'], code: 'binds_shared_secret' }),
    );
    // A param the config also sets, and an unknown one.
    const clash = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Warehouse',
          connector: 'POSTGRES',
          settings: postgresSettings('x', { database: 'd' }),
          params: [{ path: 'database' }, { path: 'nope' }],
        },
      },
      org.teamA,
    );
    expect((clash.fieldErrors as { code: string }[]).map((e) => e.code)).toEqual(['set_by_config', 'unknown_path']);

    const created = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Warehouse',
          category: 'warehouse',
          beta: true,
          sharing: 'ALLOW',
          environments: ['production'],
          connector: 'POSTGRES',
          settings: postgresSettings(),
          params: [{ path: 'database' }, { path: 'schema', fromAttribute: 'schema_name' }],
        },
        key: 'config-1',
      },
      org.teamA,
    );
    expect(created).toMatchObject({
      __typename: 'ConnectorConfigPayload',
      connectorConfig: {
        title: 'Warehouse',
        sharing: 'ALLOW',
        beta: true,
        category: 'warehouse',
        version: 1,
        ownerTeam: { name: 'Data platform' },
        environments: [{ name: 'production' }],
        params: [
          { path: 'database', fromAttribute: null, sensitive: false },
          { path: 'schema', fromAttribute: 'schema_name', sensitive: false },
        ],
      },
    });
    const config = created.connectorConfig as { id: string; etag: string; settings: Record<string, unknown> };
    expect(JSON.stringify(config.settings)).not.toContain('SHARED-loader-password');
    expect(config.settings).toMatchObject({ host: 'warehouse.example.com', auth: { passwordAuth: { username: 'loader', password: { isSet: true } } } });
    // A replay of the idempotency key answers the same config without a second one.
    const replay = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Warehouse',
          category: 'warehouse',
          beta: true,
          sharing: 'ALLOW',
          environments: ['production'],
          connector: 'POSTGRES',
          settings: postgresSettings(),
          params: [{ path: 'database' }, { path: 'schema', fromAttribute: 'schema_name' }],
        },
        key: 'config-1',
      },
      org.teamA,
    );
    expect((replay.connectorConfig as { id: string }).id).toBe(config.id);

    // Team B (a key of production) builds on it: its own param only.
    const input = { title: 'Acme warehouse', customerId: 'acme', connectorConfigId: config.id, params: { database: 'acme' } };
    const refused = await run(
      api,
      CREATE,
      { input: { ...input, params: { database: 'acme', host: 'attacker.example.net', auth: { passwordAuth: { password: 'x' } } } } },
      org.teamBProd,
    );
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.fieldErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['params', 'host'], code: 'set_by_config' }),
        expect.objectContaining({ path: ['params', 'auth', 'passwordAuth', 'password'], code: 'set_by_config' }),
      ]),
    );
    const fromAttribute = await run(api, CREATE, { input: { ...input, params: { database: 'acme', schema: 's' } } }, org.teamBProd);
    expect(fromAttribute.fieldErrors).toEqual([expect.objectContaining({ path: ['params', 'schema'], code: 'from_attribute' })]);
    const whole = await run(api, CREATE, { input: { ...input, config: { httpApi: { baseUrl: 'https://x.example.com' } } } }, org.teamBProd);
    expect(whole.fieldErrors).toEqual([expect.objectContaining({ path: ['config'], code: 'built_on_config' })]);

    const integration = (await run(api, CREATE, { input }, org.teamBProd)).integration as { id: string };
    const read = async (key = org.teamBProd) => (await run(api, READ, { id: integration.id }, key)) as Record<string, unknown>;
    expect(await read()).toMatchObject({
      config: { host: 'warehouse.example.com', port: 5432, database: 'acme', schema: 'public', auth: { username: 'loader', password: { isSet: true } } },
      connectorConfig: { id: config.id, title: 'Warehouse' },
      environment: { name: 'production' },
      team: { name: 'Apps' },
      approval: null,
    });
    // It cannot change what the config sets.
    const update = await run(api, UPDATE, { id: integration.id, input: { params: { port: 6543, database: 'acme' } } }, org.teamBProd);
    expect(update.fieldErrors).toEqual([expect.objectContaining({ path: ['params', 'port'], code: 'set_by_config' })]);
    const own = await run(api, UPDATE, { id: integration.id, input: { params: { database: 'acme2' } } }, org.teamBProd);
    expect(own).toMatchObject({ changedPaths: ['config.database'], integration: { version: 2 } });
    // A restore would bring back the config's settings of the past.
    const restore = await run(
      api,
      `mutation($id: ID!) { restoreIntegration(id: $id, version: 1, expectedVersion: 2) { __typename ${ERRORS} } }`,
      { id: integration.id },
      org.teamBProd,
    );
    expect(restore.fieldErrors).toEqual([expect.objectContaining({ code: 'built_from_config' })]);

    // The customer's attribute reaches the integration (a key of the tenant sets it).
    const byTeam = await run(
      api,
      `mutation { setCustomerAttributes(customerId: "acme", attributes: { schema_name: "analytics" }) { __typename } }`,
      {},
      org.teamA,
    );
    expect(byTeam.__typename).toBe('PermissionDeniedError');
    const attributes = await run(
      api,
      `mutation { setCustomerAttributes(customerId: "acme", attributes: { schema_name: "analytics" }) { __typename ... on SetCustomerAttributesPayload { integrationsChanged customer { attributes } } } }`,
      {},
    );
    expect(attributes).toMatchObject({ integrationsChanged: 1, customer: { attributes: { schema_name: 'analytics' } } });
    expect(await read()).toMatchObject({ version: 3, config: { schema: 'analytics', database: 'acme2' } });

    // Only the owning team (or the tenant) changes the config; a changed destination needs the shared secret again.
    const notOwner = await run(api, UPDATE_CONFIG, { id: config.id, input: { title: 'Mine now' } }, org.teamB);
    expect(notOwner.__typename).toBe('PermissionDeniedError');
    const stale = await run(api, UPDATE_CONFIG, { id: config.id, input: { title: 'x' }, expectedVersion: 7 }, org.teamA);
    expect(stale).toMatchObject({ __typename: 'ConnectorConfigEtagMismatchError', currentVersion: 1, current: { version: 1 } });
    const moved = await run(
      api,
      UPDATE_CONFIG,
      { id: config.id, input: { settings: { host: 'other.example.com', port: 5432, auth: { passwordAuth: { username: 'loader' } } } } },
      org.teamA,
    );
    expect(moved.fieldErrors).toEqual([
      expect.objectContaining({ path: ['settings', 'auth', 'passwordAuth', 'password'], code: 'secret_destination_changed' }),
    ]);
    const before = (await read()) as { config: { auth: { password: { fingerprint: string } } } };

    // A dry run shows the change and writes nothing.
    const change = { settings: postgresSettings('NEW-shared-password', { port: 5433 }) };
    const dry = await run(api, UPDATE_CONFIG, { id: config.id, input: change, etag: config.etag, dryRun: true }, org.teamA);
    expect(dry).toMatchObject({ dryRun: true, integrationsChanged: 1, changedPaths: ['settings.port', 'settings.auth.passwordAuth.password'] });
    expect(await read()).toMatchObject({ version: 3, config: { port: 5432 } });

    const changed = await run(api, UPDATE_CONFIG, { id: config.id, input: change, etag: config.etag }, org.teamA);
    expect(changed).toMatchObject({ integrationsChanged: 1, connectorConfig: { version: 2 } });
    const after = (await read()) as { version: number; config: { port: number; auth: { password: { fingerprint: string } } }; revisions: unknown };
    expect(after).toMatchObject({ version: 4, config: { port: 5433 } });
    expect(after.config.auth.password.fingerprint).not.toBe(before.config.auth.password.fingerprint);
    expect((after.revisions as { edges: { node: { changedPaths: string[] } }[] }).edges[0].node.changedPaths).toEqual([
      'config.port',
      'config.auth.passwordAuth.password',
    ]);

    // Keys of another environment see neither the integration nor the config.
    expect(await run(api, `query($id: ID!) { integration(id: $id) { id } }`, { id: integration.id }, org.devKey)).toBeNull();
    expect(await run(api, `query($id: ID!) { connectorConfig(id: $id) { id } }`, { id: config.id }, org.devKey)).toBeNull();
    expect(await run(api, `{ connectorConfigs { totalCount } }`, {}, org.devKey)).toEqual({ totalCount: 0 });
    expect((await run(api, CREATE, { input: { ...input, environment: 'production' } }, org.devKey)).__typename).toBe('NotFoundError');
    const devCreate = await run(
      api,
      CREATE,
      { input: { title: 'elsewhere', environment: 'production', config: { httpApi: { baseUrl: 'https://api.example.com' } } } },
      org.devKey,
    );
    expect(devCreate.fieldErrors).toEqual([expect.objectContaining({ path: ['environment'], code: 'other_environment' })]);
    // A key of every environment must name one; the config is not installed in development.
    const notInstalled = await run(api, CREATE, { input: { ...input, environment: 'development' } }, org.teamB);
    expect(notInstalled.fieldErrors).toEqual([expect.objectContaining({ path: ['environment'], code: 'not_installed' })]);

    // Uninstalling it where integrations use it is refused; a config in use is not deleted.
    const uninstall = await run(api, UPDATE_CONFIG, { id: config.id, input: { environments: ['development'] } }, org.teamA);
    expect(uninstall.fieldErrors).toEqual([expect.objectContaining({ path: ['environments'], code: 'in_use' })]);
    const del = await run(api, `mutation($id: ID!) { deleteConnectorConfig(id: $id) { __typename ${ERRORS} } }`, { id: config.id }, org.teamA);
    expect(del.fieldErrors).toEqual([expect.objectContaining({ code: 'in_use' })]);

    // The config's revisions, and no secret anywhere in the database's revisions of either.
    const revisions = await run(
      api,
      `query($id: ID!) { connectorConfig(id: $id) { revisions { version action changedPaths } } }`,
      { id: config.id },
      org.teamA,
    );
    expect((revisions.revisions as { version: number }[]).map((r) => r.version)).toEqual([2, 1]);
    const dump = JSON.stringify(await api.database.db.selectFrom('connector_config_revisions').selectAll().execute());
    expect(dump).not.toContain('NEW-shared-password');
    expect(JSON.stringify(await api.database.db.selectFrom('connector_configs').select('secrets').execute())).not.toContain('NEW-shared-password');
  });

  it('DENY keeps a config to its team; ASK makes another team wait for approval; the owning team decides', async () => {
    const api = await startTestApi(database());
    const org = await organisation(api);
    const created = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Private',
          sharing: 'DENY',
          environments: ['production'],
          connector: 'POSTGRES',
          settings: postgresSettings(),
          params: [{ path: 'database' }],
        },
      },
      org.teamA,
    );
    const config = created.connectorConfig as { id: string };
    expect(await run(api, `query($id: ID!) { connectorConfig(id: $id) { id } }`, { id: config.id }, org.teamB)).toBeNull();
    expect(await run(api, `{ connectorConfigs { totalCount } }`, {}, org.teamB)).toEqual({ totalCount: 0 });
    const input = { title: 'Asked', connectorConfigId: config.id, environment: 'production', params: { database: 'd' } };
    expect((await run(api, CREATE, { input }, org.teamB)).__typename).toBe('NotFoundError');

    await run(api, UPDATE_CONFIG, { id: config.id, input: { sharing: 'ASK' } }, org.teamA);
    expect(await run(api, `{ connectorConfigs { totalCount } }`, {}, org.teamB)).toEqual({ totalCount: 1 });
    const asked = (await run(api, CREATE, { input }, org.teamB)).integration as { id: string };
    expect(await run(api, READ, { id: asked.id }, org.teamB)).toMatchObject({
      approval: { state: 'PENDING', decidedBy: null },
      capabilities: { canTest: false, reasons: expect.arrayContaining([{ capability: 'TEST', code: 'APPROVAL_PENDING' }]) },
    });
    const pending = await run(api, `{ integrations(filter: { approval: PENDING }) { totalCount edges { node { id title } } } }`, {}, org.teamA);
    expect(pending).toEqual({ totalCount: 1, edges: [{ node: { id: asked.id, title: 'Asked' } }] });
    const tested = await run(api, TEST, { id: asked.id }, org.teamB);
    expect(tested.fieldErrors).toEqual([expect.objectContaining({ path: ['id'], code: 'approval_pending' })]);
    expect((await run(api, DECIDE('approveIntegrationRequest'), { id: asked.id }, org.teamB)).__typename).toBe('PermissionDeniedError');
    const approved = await run(api, DECIDE('approveIntegrationRequest'), { id: asked.id }, org.teamA);
    expect(approved).toMatchObject({ integration: { approval: { state: 'APPROVED', decidedBy: 'Data platform all' }, version: 2 } });
    const again = await run(api, DECIDE('rejectIntegrationRequest'), { id: asked.id }, org.teamA);
    expect(again.fieldErrors).toEqual([expect.objectContaining({ code: 'not_pending' })]);
    const read = (await run(api, READ, { id: asked.id }, org.teamB)) as unknown as { revisions: { edges: { node: { action: string } }[] } };
    expect(read.revisions.edges.map((e) => e.node.action)).toEqual(['APPROVE', 'CREATE']);

    // The owning team's own creation needs no approval; a rejected one is never used.
    const ownInput = { ...input, title: 'Own' };
    expect(await run(api, READ, { id: ((await run(api, CREATE, { input: ownInput }, org.teamA)).integration as { id: string }).id }, org.teamA)).toMatchObject({
      approval: null,
    });
    const second = (await run(api, CREATE, { input: { ...input, title: 'Second' } }, org.teamB)).integration as { id: string };
    expect(await run(api, DECIDE('rejectIntegrationRequest'), { id: second.id }, org.tenantKey)).toMatchObject({
      integration: { approval: { state: 'REJECTED' } },
    });
    const report = await run(
      api,
      `mutation($id: ID!) { reportTransfer(integrationId: $id, input: { status: SUCCESS, isFullRefresh: false, models: [], endedAt: "2026-01-01T00:00:00Z" }) { __typename ${ERRORS} } }`,
      { id: second.id },
      api.syncKey,
    );
    expect(report.fieldErrors).toEqual([expect.objectContaining({ code: 'approval_rejected' })]);
  });

  it("a shared secret goes only to the config's destination; the config is a federation entity and a node", async () => {
    const api = await startTestApi(database());
    const org = await organisation(api);
    const server = await httpCaptureServer();
    const created = await run(
      api,
      CREATE_CONFIG,
      {
        input: {
          title: 'Partner API',
          sharing: 'ALLOW',
          environments: ['production'],
          connector: 'HTTP_API',
          settings: { baseUrl: `http://127.0.0.1:${server.port}`, authorization: { bearer: { token: 'SHARED-partner-token' } } },
          params: [{ path: 'headers' }],
        },
      },
      org.teamA,
    );
    const config = created.connectorConfig as { id: string };
    // baseUrl decides where the token goes: it cannot be a param.
    const param = await run(api, UPDATE_CONFIG, { id: config.id, input: { params: [{ path: 'baseUrl' }] } }, org.teamA);
    expect(param.fieldErrors).toEqual([expect.objectContaining({ code: 'set_by_config' })]);
    const integration = (
      await run(
        api,
        CREATE,
        { input: { title: 'Partner for acme', connectorConfigId: config.id, params: { headers: { 'X-Customer': 'acme' } } } },
        org.teamBProd,
      )
    ).integration as { id: string };
    const tested = await run(api, TEST, { id: integration.id }, org.teamBProd);
    expect(tested.__typename).toBe('TestIntegrationPayload');
    expect(server.received).toContain('Bearer SHARED-partner-token');

    const entities = await api.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ConnectorConfig { title } ... on Integration { title } } }`,
      {
        r: [
          { __typename: 'ConnectorConfig', id: config.id },
          { __typename: 'Integration', id: integration.id },
        ],
      },
      { key: org.teamB },
    );
    expect(entities.body.data).toEqual({ _entities: [{ title: 'Partner API' }, { title: 'Partner for acme' }] });
    const node = await run(api, `query($id: ID!) { node(id: $id) { __typename ... on ConnectorConfig { title } } }`, { id: config.id }, org.teamB);
    expect(node).toEqual({ __typename: 'ConnectorConfig', title: 'Partner API' });
  });

  it('environments scope standalone integrations; lists of teams and environments; the key binding', async () => {
    const api = await startTestApi(database());
    const org = await organisation(api);
    const create = (key: string, title: string, environment?: string) =>
      run(api, CREATE, { input: { title, environment, config: { httpApi: { baseUrl: 'https://api.example.com' } } } }, key);
    const prod = (await create(org.teamBProd, 'in production')).integration as { id: string };
    const none = (await create(org.tenantKey, 'nowhere')).integration as { id: string };
    const dev = (await create(org.tenantKey, 'in development', 'development')).integration as { id: string };
    const list = async (key: string) =>
      ((await run(api, `{ integrations(first: 10) { edges { node { title environment { name } } } } }`, {}, key)).edges as { node: { title: string } }[]).map(
        (e) => e.node.title,
      );
    expect((await list(org.tenantKey)).sort()).toEqual(['in development', 'in production', 'nowhere']);
    expect(await list(org.teamBProd)).toEqual(['in production']);
    expect(await list(org.devKey)).toEqual(['in development']);
    expect(await run(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [prod.id, none.id, dev.id] }, org.devKey)).toEqual([
      null,
      null,
      { id: dev.id },
    ]);
    const update = await run(api, UPDATE, { id: prod.id, input: { title: 'moved?' } }, org.devKey);
    expect(update.__typename).toBe('NotFoundError');
    expect(await run(api, `{ environments { name } }`, {}, org.devKey)).toEqual([{ name: 'development' }]);
    expect(await run(api, `{ teams { name } }`, {}, org.devKey)).toEqual([{ name: 'Apps' }, { name: 'Data platform' }]);
    expect(await run(api, `{ apiKey { team { name } environment { name } } }`, {}, org.teamBProd)).toEqual({
      team: { name: 'Apps' },
      environment: { name: 'production' },
    });
    // Teams and environments are the tenant's to manage.
    expect((await run(api, `mutation { createEnvironment(name: "staging") { __typename } }`, {}, org.teamA)).__typename).toBe('PermissionDeniedError');
    const taken = await run(api, `mutation { createTeam(input: { name: "Apps" }) { __typename ${ERRORS} } }`, {});
    expect(taken.fieldErrors).toEqual([expect.objectContaining({ code: 'taken' })]);
  });
});
