// Every seed's own example request (../shared/seeds/), translated to our names as README's table
// "The seeds, field by field" maps them, runs over HTTP on both databases and succeeds: SYNQ's
// integration update, Truto's integration (our connector config) update with its version guard,
// OpenInt's connection update with the x-apikey header, Prequel's destination update, Looker's
// integration (our connector config) with shared, per-user and user-attribute params.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';

const database = useTestDatabase();

type Result = { __typename: string } & Record<string, unknown>;
const run = (api: TestApi, document: string, variables: Record<string, unknown>, key?: string) => rootFieldOf<Result>(api, document, variables, key);
const ERRORS = `... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;

const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) {
  __typename ... on CreateIntegrationPayload { integration { id etag version } } ${ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String, $expectedVersion: Int) {
  updateIntegration(id: $id, input: $input, etag: $etag, expectedVersion: $expectedVersion) {
    __typename ... on UpdateIntegrationPayload { changedPaths integration { id title version disabled customerId metadata delivery { frequencyMinutes enabledModels maxConcurrentTransfers maxConcurrentQueriesPerTransfer } connectorConfig { id } } }
    ... on EtagMismatchError { currentVersion } ${ERRORS} } }`;
const CREATE_CONFIG = `mutation($input: CreateConnectorConfigInput!) { createConnectorConfig(input: $input) {
  __typename ... on ConnectorConfigPayload { connectorConfig { id version } } ${ERRORS} } }`;
const UPDATE_CONFIG = `mutation($id: ID!, $input: UpdateConnectorConfigInput!, $expectedVersion: Int) {
  updateConnectorConfig(id: $id, input: $input, expectedVersion: $expectedVersion) {
    __typename ... on ConnectorConfigPayload { changedPaths connectorConfig { title category beta version settings params { path fromAttribute sensitive } } }
    ... on ConnectorConfigEtagMismatchError { currentVersion } ${ERRORS} } }`;

describe('each seed’s example request, in our names', () => {
  it('SYNQ: PUT /api/integrations/v1/{id} with an athena config, title and etag', async () => {
    const api = await startTestApi(database());
    const athena = (secretAccessKey: string) => ({
      accessKey: { accessKeyId: 'AKIAEXAMPLE123', secretAccessKey },
      region: 'eu-west-1',
      workgroup: 'primary',
      useShowCreateTable: true,
      useShowCreateView: true,
      fetchQueryLogs: true,
      useIcebergMetricsScan: true,
      scope: {
        include: [{ database: 'analytics', schema: 'public', table: 'orders' }],
        exclude: [{ database: 'analytics', schema: 'tmp', table: 'scratch' }],
      },
    });
    const created = (await run(api, CREATE, { input: { title: 'Athena', config: { athena: athena('first-secret-value') } } })).integration as {
      id: string;
      etag: string;
    };
    const updated = await run(api, UPDATE, {
      id: created.id,
      etag: created.etag,
      input: { title: 'Athena (prod)', config: { athena: athena('second-secret-value') } },
    });
    expect(updated).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { title: 'Athena (prod)', version: 2 } });
  });

  it('Truto: PATCH /integrations/{id} with name, category, config, is_beta and version (a stale version is refused)', async () => {
    const api = await startTestApi(database());
    const created = await run(api, CREATE_CONFIG, {
      input: { title: 'zendesk', connector: 'HTTP_API', settings: { baseUrl: 'https://api.example.com' } },
    });
    const id = (created.connectorConfig as { id: string }).id;
    const truto = {
      title: 'my_custom_crm',
      category: 'crm',
      beta: true,
      settings: {
        baseUrl: 'https://api.example.com',
        label: 'Example API Integration',
        logo: 'https://example.com/logo.png',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'truto' },
        query: { search: '{{search_query}}', filter: '{{filter_criteria}}' },
        queryArrayFormat: 'comma',
        credentials: {
          oauth2: {
            clientId: 'your-client-id',
            clientSecret: 'your-client-secret',
            tokenHost: 'https://auth.example.com',
            tokenPath: '/oauth/token',
            refreshPath: '/oauth/refresh',
            scopeSeparator: ' ',
            authorizationMethod: 'header',
            bodyFormat: 'form',
          },
        },
      },
    };
    const updated = await run(api, UPDATE_CONFIG, { id, input: truto, expectedVersion: 1 });
    expect(updated).toMatchObject({ connectorConfig: { title: 'my_custom_crm', category: 'crm', beta: true, version: 2 } });
    const settings = (updated.connectorConfig as { settings: { credentials: { oauth2: { clientSecret: unknown } } } }).settings;
    expect(settings.credentials.oauth2.clientSecret).toMatchObject({ isSet: true });
    expect(JSON.stringify(settings)).not.toContain('your-client-secret');
    // "A version mismatch will cause a 400 Bad Request error": here a typed error with the current version.
    expect(await run(api, UPDATE_CONFIG, { id, input: { title: 'again' }, expectedVersion: 1 })).toMatchObject({
      __typename: 'ConnectorConfigEtagMismatchError',
      currentVersion: 2,
    });
  });

  it('OpenInt: PATCH /core/connection/{id} with settings, displayName, metadata, disabled, customerId; x-apikey', async () => {
    const api = await startTestApi(database());
    await run(api, `mutation { createEnvironment(name: "production") { __typename } }`, {});
    const config = (
      await run(api, CREATE_CONFIG, {
        input: {
          title: 'Partner API',
          connector: 'HTTP_API',
          environments: ['production'],
          settings: { baseUrl: 'https://api.example.com', authorization: { bearer: { token: 'ccfg-shared-token' } } },
          params: [{ path: 'headers' }],
        },
      })
    ).connectorConfig as { id: string };
    const connection = (
      await run(api, CREATE, { input: { title: 'Acme', connectorConfigId: config.id, environment: 'production', params: { headers: { 'X-Tenant': 'a' } } } })
    ).integration as { id: string };
    // The seed's request, sent with its x-apikey header.
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-apikey': api.writeKey },
      body: JSON.stringify({
        query: UPDATE,
        variables: {
          id: connection.id,
          input: { params: { headers: { 'X-Tenant': 'acme' } }, title: 'Acme (EU)', metadata: { plan: 'pro' }, disabled: true, customerId: 'cus_acme' },
        },
      }),
    });
    const body = (await response.json()) as { data: { updateIntegration: Result } };
    expect(response.status).toBe(200);
    expect(body.data.updateIntegration).toMatchObject({
      __typename: 'UpdateIntegrationPayload',
      integration: { title: 'Acme (EU)', disabled: true, customerId: 'cus_acme', metadata: { plan: 'pro' }, connectorConfig: { id: config.id } },
    });
  });

  it('Prequel: PATCH /destinations/{id} with name, frequency, models, concurrency, is_enabled and an aurora_mysql config', async () => {
    const api = await startTestApi(database());
    const auroraMysql = {
      host: 'db.example.com',
      port: 3306,
      connectionDatabase: 'app',
      writeDatabase: 'exports',
      auth: { passwordAuth: { username: 'loader', password: 'prequel-seed-password' } },
      useSshTunnel: false,
      disableSsl: false,
    };
    const created = (await run(api, CREATE, { input: { title: 'Warehouse', config: { auroraMysql } } })).integration as { id: string; etag: string };
    const updated = await run(api, UPDATE, {
      id: created.id,
      etag: created.etag,
      input: {
        title: 'Warehouse (hourly)',
        delivery: { frequencyMinutes: 123, enabledModels: ['orders'], maxConcurrentTransfers: 2, maxConcurrentQueriesPerTransfer: 3 },
        disabled: false,
        config: { auroraMysql: { ...auroraMysql, writeDatabase: 'exports_v2' } },
      },
    });
    expect(updated).toMatchObject({
      integration: {
        title: 'Warehouse (hourly)',
        disabled: false,
        delivery: { frequencyMinutes: 123, enabledModels: ['orders'], maxConcurrentTransfers: 2, maxConcurrentQueriesPerTransfer: 3 },
      },
    });
  });

  it('Looker: PATCH /integrations/{id} with label, description and params (shared, per_user, user_attribute_name, sensitive)', async () => {
    const api = await startTestApi(database());
    const config = (
      await run(api, CREATE_CONFIG, {
        input: {
          title: 'Warehouse',
          connector: 'POSTGRES',
          settings: { host: 'warehouse.example.com', database: 'analytics', auth: { passwordAuth: { username: 'looker', password: 'shared-password' } } },
        },
      })
    ).connectorConfig as { id: string };
    // Looker's params: { name, value } shared; { per_user: true } per customer; { user_attribute_name } from an attribute; sensitive ones write-only.
    const looker = {
      title: 'Warehouse for customers',
      description: 'Each customer writes to its own schema as its own user.',
      settings: { host: 'warehouse.example.com', database: 'analytics' },
      params: [{ path: 'auth.passwordAuth' }, { path: 'schema', fromAttribute: 'warehouse_schema' }],
    };
    const updated = await run(api, UPDATE_CONFIG, { id: config.id, input: looker, expectedVersion: 1 });
    expect(updated).toMatchObject({
      connectorConfig: {
        title: 'Warehouse for customers',
        params: [
          { path: 'auth.passwordAuth', fromAttribute: null, sensitive: true },
          { path: 'schema', fromAttribute: 'warehouse_schema', sensitive: false },
        ],
      },
    });
    // A per-user value of a sensitive param is write-only on the integration, like every secret.
    await run(api, `mutation { createEnvironment(name: "production") { __typename } }`, {});
    const teamKey = (await createApiKey(api.database.db, { tenant: api.tenant, scope: 'write', environment: 'production' })).key;
    await run(api, UPDATE_CONFIG, { id: config.id, input: { environments: ['production'] } });
    await run(api, `mutation { setCustomerAttributes(customerId: "acme", attributes: { warehouse_schema: "acme" }) { __typename } }`, {});
    const created = await run(
      api,
      CREATE,
      {
        input: {
          title: 'Acme',
          customerId: 'acme',
          connectorConfigId: config.id,
          params: { auth: { passwordAuth: { username: 'acme', password: 'per-user-secret' } } },
        },
      },
      teamKey,
    );
    expect(created.__typename).toBe('CreateIntegrationPayload');
    const read = await run(
      api,
      `query($id: ID!) { integration(id: $id) { config { ... on PostgresConfig { schema auth { ... on PasswordAuth { username password { isSet } } } } } } }`,
      { id: (created.integration as { id: string }).id },
      teamKey,
    );
    expect(read).toEqual({ config: { schema: 'acme', auth: { username: 'acme', password: { isSet: true } } } });
  });
});
