// Tenant isolation, proven: tenant B tries every root field against tenant A's integration with
// both its keys, and each attempt answers exactly as it does for an id that does not exist. The
// cases are checked against the schema's root fields, so a new root field without a case fails.
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { GetIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';
import { subscribe } from './helpers/sse.js';

const database = useTestDatabase();
const MISSING_ID = 'int_0123456789abcdef0123456789abcdef';
const MISSING: Target = {
  integration: MISSING_ID,
  config: 'ccfg_0123456789abcdef0123456789abcdef',
  team: 'team_0123456789abcdef0123456789abcdef',
  webhook: 'whep_0123456789abcdef0123456789abcdef',
};

/** What an attempt aims at: A's integration, connector config and team (or ids that do not exist). */
interface Target {
  integration: string;
  config: string;
  team: string;
  webhook: string;
}

type Attempt = (api: TestApi, target: Target, key: string) => Promise<unknown>;

const send = async (api: TestApi, key: string, query: string, variables: Record<string, unknown>) => {
  const response = await api.request(query, variables as never, { key });
  return { status: response.status, body: response.body };
};

const filters = [{}, { connector: ['ATHENA'] }, { disabled: false }, { labels: ['secret-project'] }, { customerId: 'cust-a' }, { search: 'Tenant A' }];

/** One attempt per root field; `null` marks a field that takes no id and returns no tenant data. */
const cases: Record<string, Attempt | { noTarget: string }> = {
  integration: (api, { integration: id }, key) =>
    send(
      api,
      key,
      'query($id: ID!) { integration(id: $id) { id title delivery { frequencyMinutes } revisions { totalCount edges { node { version } } } transfers { totalCount } lastCompletedTransfer { status } } }',
      { id },
    ),
  reportTransfer: (api, { integration: id }, key) =>
    send(
      api,
      key,
      'mutation($id: ID!) { reportTransfer(integrationId: $id, input: { status: FAILED, isFullRefresh: false, models: ["m"], endedAt: "2026-01-01T00:00:00Z", error: { title: "x", blame: CUSTOMER } }) { __typename ... on Error { code message } } }',
      { id },
    ),
  node: (api, { integration: id }, key) => send(api, key, 'query($id: ID!) { node(id: $id) { id } }', { id }),
  nodes: (api, { integration: id }, key) => send(api, key, 'query($id: ID!) { nodes(ids: [$id]) { id } }', { id }),
  integrations: async (api, { integration: id }, key) => {
    const pages = [];
    for (const filter of filters) {
      const result = await send(
        api,
        key,
        'query($filter: IntegrationFilter) { integrations(first: 100, filter: $filter) { totalCount edges { node { id } } } }',
        { filter },
      );
      // The answer must not depend on which id we aimed at: it never contains A's integration.
      expect(JSON.stringify(result)).not.toContain(id);
      pages.push(result);
    }
    return pages;
  },
  updateIntegration: (api, { integration: id }, key) =>
    send(api, key, 'mutation($id: ID!) { updateIntegration(id: $id, input: { title: "pwned" }) { __typename ... on Error { code message } } }', { id }),
  restoreIntegration: (api, { integration: id }, key) =>
    send(api, key, 'mutation($id: ID!) { restoreIntegration(id: $id, version: 1, expectedVersion: 1) { __typename ... on Error { code message } } }', { id }),
  deleteIntegration: (api, { integration: id }, key) =>
    send(api, key, 'mutation($id: ID!) { deleteIntegration(id: $id) { __typename ... on Error { code message } } }', { id }),
  testIntegration: (api, { integration: id }, key) =>
    send(api, key, 'mutation($id: ID!) { testIntegration(id: $id) { __typename ... on Error { code message } } }', { id }),
  // B's proposal naming A's integration: not found, and A's stored secrets go nowhere.
  testIntegrationConfig: (api, { integration: id }, key) =>
    send(
      api,
      key,
      'mutation($id: ID!) { testIntegrationConfig(integrationId: $id, config: { athena: { accessKey: { accessKeyId: "AKIA" }, region: "eu-west-1" } }) { __typename ... on Error { code message } } }',
      { id },
    ),
  _entities: (api, { integration: id }, key) =>
    send(api, key, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Integration { id title } } }', {
      r: [{ __typename: 'Integration', id }],
    }),
  connectorConfig: (api, { config }, key) => send(api, key, 'query($id: ID!) { connectorConfig(id: $id) { id title settings } }', { id: config }),
  connectorConfigs: async (api, { config }, key) => {
    const result = await send(api, key, '{ connectorConfigs(first: 100) { totalCount edges { node { id } } } }', {});
    expect(JSON.stringify(result)).not.toContain(config);
    return result;
  },
  updateConnectorConfig: (api, { config }, key) =>
    send(api, key, 'mutation($id: ID!) { updateConnectorConfig(id: $id, input: { title: "pwned" }) { __typename ... on Error { code message } } }', {
      id: config,
    }),
  deleteConnectorConfig: (api, { config }, key) =>
    send(api, key, 'mutation($id: ID!) { deleteConnectorConfig(id: $id) { __typename ... on Error { code message } } }', { id: config }),
  approveIntegrationRequest: (api, { integration }, key) =>
    send(api, key, 'mutation($id: ID!) { approveIntegrationRequest(id: $id) { __typename ... on Error { code message } } }', { id: integration }),
  rejectIntegrationRequest: (api, { integration }, key) =>
    send(api, key, 'mutation($id: ID!) { rejectIntegrationRequest(id: $id) { __typename ... on Error { code message } } }', { id: integration }),
  updateTeam: (api, { team }, key) =>
    send(api, key, 'mutation($id: ID!) { updateTeam(id: $id, input: { name: "pwned" }) { __typename ... on Error { code message } } }', { id: team }),
  // Customers are named by the tenant's own customerIds: B's "cust-a" is B's, never A's attributes.
  customer: (api, _target, key) => send(api, key, '{ customer(customerId: "cust-a") { customerId attributes } }', {}),
  teams: async (api, { team }, key) => {
    const result = await send(api, key, '{ teams { id name } }', {});
    expect(JSON.stringify(result)).not.toContain(team);
    return result;
  },
  environments: async (api, _target, key) => {
    const result = await send(api, key, '{ environments { id name } }', {});
    expect(JSON.stringify(result)).not.toContain('a-only-environment');
    return result;
  },
  webhookEndpoint: (api, { webhook }, key) => send(api, key, 'query($id: ID!) { webhookEndpoint(id: $id) { id url } }', { id: webhook }),
  webhookEndpoints: async (api, { webhook }, key) => {
    const result = await send(api, key, '{ webhookEndpoints(first: 100) { totalCount edges { node { id url } } } }', {});
    expect(JSON.stringify(result)).not.toContain(webhook);
    return result;
  },
  updateWebhookEndpoint: (api, { webhook }, key) =>
    send(
      api,
      key,
      'mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "https://attacker.example.net/", rotateSecret: true }) { __typename ... on Error { code message } } }',
      { id: webhook },
    ),
  enableWebhookEndpoint: (api, { webhook }, key) =>
    send(api, key, 'mutation($id: ID!) { enableWebhookEndpoint(id: $id) { __typename ... on Error { code message } } }', { id: webhook }),
  disableWebhookEndpoint: (api, { webhook }, key) =>
    send(api, key, 'mutation($id: ID!) { disableWebhookEndpoint(id: $id) { __typename ... on Error { code message } } }', { id: webhook }),
  deleteWebhookEndpoint: (api, { webhook }, key) =>
    send(api, key, 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code message } } }', { id: webhook }),
  sendTestWebhookEvent: (api, { webhook }, key) =>
    send(api, key, 'mutation($id: ID!) { sendTestWebhookEvent(id: $id) { __typename ... on Error { code message } } }', { id: webhook }),
  // From the first retained event on, filtered to A's integration: B's stream holds nothing of A.
  changeEvents: async (api, { integration }, key) => {
    const stream = await subscribe(api.url, key, 'subscription($id: ID) { changeEvents(after: "evt_0_0", integrationId: $id) { id type } }', {
      id: integration,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    stream.close();
    return { status: stream.status, messages: stream.messages };
  },
  createWebhookEndpoint: { noTarget: "creates in the caller's own tenant" },
  apiKey: { noTarget: "the calling key's own binding" },
  createIntegration: { noTarget: "creates in the caller's own tenant; A is checked unchanged afterwards" },
  createConnectorConfig: { noTarget: "creates in the caller's own tenant" },
  createTeam: { noTarget: "creates in the caller's own tenant" },
  createEnvironment: { noTarget: "creates in the caller's own tenant" },
  setCustomerAttributes: { noTarget: "sets the caller's own tenant's customer; A's attributes are checked unchanged afterwards" },
  connectors: { noTarget: 'the catalog, the same for every tenant' },
  connector: { noTarget: 'the catalog, the same for every tenant' },
  tenant: { noTarget: "always the caller's own tenant" },
  _service: { noTarget: 'the SDL, the same for every tenant' },
};

describe('tenant isolation', () => {
  it('has a case for every root field of the schema', () => {
    const rootFields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
      ...Object.keys(schema.getSubscriptionType()!.getFields()),
    ].sort();
    expect(Object.keys(cases).sort()).toEqual(rootFields);
  });

  it("answers tenant B's every attempt on A's integration exactly as for a missing id, and leaves A unchanged", async () => {
    const api = await startTestApi(database());
    const a = await createIntegration(api, {
      title: 'Tenant A secret project',
      labels: ['secret-project'],
      customerId: 'cust-a',
      config: configs.athena,
    });
    await api.request('mutation { createEnvironment(name: "a-only-environment") { __typename } }', {});
    await api.request('mutation { setCustomerAttributes(customerId: "cust-a", attributes: { region: "a-only" }) { __typename } }', {});
    const team = (await api.request('mutation { createTeam(input: { name: "A team" }) { ... on TeamPayload { team { id } } } }', {})).body.data as {
      createTeam: { team: { id: string } };
    };
    const config = (
      await api.request(
        'mutation { createConnectorConfig(input: { title: "A config", connector: HTTP_API, settings: { baseUrl: "https://a.example.com" } }) { ... on ConnectorConfigPayload { connectorConfig { id } } } }',
        {},
      )
    ).body.data as { createConnectorConfig: { connectorConfig: { id: string } } };
    const webhook = (
      await api.request(
        'mutation { createWebhookEndpoint(input: { url: "https://hooks.example.com/a" }) { ... on WebhookEndpointPayload { endpoint { id } } } }',
        {},
      )
    ).body.data as { createWebhookEndpoint: { endpoint: { id: string } } };
    const target: Target = {
      integration: a.id,
      config: config.createConnectorConfig.connectorConfig.id,
      team: team.createTeam.team.id,
      webhook: webhook.createWebhookEndpoint.endpoint.id,
    };
    const b = await api.otherTenant();
    await createIntegration(api, { title: 'B own' }).catch(() => undefined); // noise in A's tenant is fine
    for (const [field, attempt] of Object.entries(cases)) {
      if (typeof attempt !== 'function') continue;
      // Every scope of B's keys, the sync key included (the one scope reportTransfer takes).
      for (const [scope, key] of [
        ['read', b.readKey],
        ['write', b.writeKey],
        ['sync', b.syncKey],
      ]) {
        const onA = await attempt(api, target, key);
        const onMissing = await attempt(api, MISSING, key);
        const masked = (answer: unknown, ids: Target) =>
          JSON.stringify(answer)
            .replaceAll(ids.integration, 'ID')
            .replaceAll(ids.config, 'CONFIG')
            .replaceAll(ids.team, 'TEAM')
            .replaceAll(ids.webhook, 'WEBHOOK');
        expect(masked(onA, target), `${field} with ${scope} key`).toBe(masked(onMissing, MISSING));
      }
    }
    const after = (await api.request(GetIntegration, { id: a.id })).body.data!.integration!;
    expect(after).toMatchObject({ etag: a.etag, version: 1, title: 'Tenant A secret project' });
    const own = (
      await api.request(
        '{ customer(customerId: "cust-a") { attributes } teams { name } connectorConfigs { edges { node { title version } } } webhookEndpoints { edges { node { url version enabled } } } }',
        {},
      )
    ).body.data;
    expect(own).toEqual({
      webhookEndpoints: { edges: [{ node: { url: 'https://hooks.example.com/a', version: 1, enabled: true } }] },
      customer: { attributes: { region: 'a-only' } },
      teams: [{ name: 'A team' }],
      connectorConfigs: { edges: [{ node: { title: 'A config', version: 1 } }] },
    });
  });
});
