// Change events over real HTTP (Server-Sent Events, the graphql-sse protocol's distinct connections
// mode): every change once and in order, resuming by id (argument, Last-Event-ID, another gateway
// on the same database), the read scope of the key, filters, the outbox's transaction rule, limits,
// and no secret anywhere in a stream.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db/connect.js';
import { deleteOldEvents } from '../src/events/event.repository.js';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { revokeApiKey } from '../src/tenants/tenant.repository.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, secrets } from './helpers/fixtures.js';
import { subscribe } from './helpers/sse.js';

const database = useTestDatabase();

const EVENT_FIELDS = 'id type occurredAt integrationId connectorConfigId transferId connector labels version etag changedPaths actor data';
const SUBSCRIPTION = `subscription($after: String, $integrationId: ID, $connectors: [ConnectorType!], $labels: [String!], $types: [ChangeEventType!]) {
  changeEvents(after: $after, integrationId: $integrationId, connectors: $connectors, labels: $labels, types: $types) { ${EVENT_FIELDS} } }`;
const CREATE = `mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id etag version } } ... on Error { code message } } }`;
const UPDATE = `mutation($id: ID!, $etag: String, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, etag: $etag, input: $input) { __typename ... on UpdateIntegrationPayload { integration { etag version } } ... on Error { code message } } }`;
const DELETE = `mutation($id: ID!) { deleteIntegration(id: $id) { __typename ... on Error { code message } } }`;
const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) {
  reportTransfer(integrationId: $id, input: $input) { __typename ... on Error { code message } } }`;

type Event = {
  id: string;
  type: string;
  integrationId: string | null;
  version: number | null;
  etag: string | null;
  changedPaths: string[];
  labels: string[];
  data: Record<string, unknown>;
  actor: string | null;
};

async function mutate(api: TestApi, document: string, variables: Record<string, unknown>, key?: string) {
  const response = await api.request<Record<string, Record<string, unknown>>, Record<string, unknown>>(document, variables, { key });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return Object.values(response.body.data ?? {})[0] as Record<string, unknown> & { __typename: string; integration?: { id: string; etag: string } };
}

async function create(api: TestApi, input: Record<string, unknown> = {}, key?: string) {
  const result = await mutate(api, CREATE, { input: { title: 'Warehouse', config: configs.postgres, ...input } }, key);
  expect(result.__typename, JSON.stringify(result)).toBe('CreateIntegrationPayload');
  return result.integration!;
}

const eventsOf = (messages: { data: { data?: Record<string, unknown> | null } | null }[]) =>
  messages.map((m) => m.data?.data?.changeEvents as Event).filter(Boolean);

/**
 * The test database once more, as another gateway process would open it: PostgreSQL through a
 * pool and listening connection of its own (the same schema); PGlite, which one process owns, the
 * same handle (a restarted gateway).
 */
async function sameDatabaseAgain(): Promise<{ handle: DatabaseHandle; close: () => Promise<void> }> {
  const first = database();
  if (first.kind === 'pglite') return { handle: first, close: async () => {} };
  const schema = (await sql<{ schema: string }>`select current_schema() as schema`.execute(first.db)).rows[0]!.schema;
  const handle = await openDatabase({ kind: 'postgres', url: process.env.TEST_DATABASE_URL!, schema });
  return { handle, close: () => handle.close() };
}

const anySecret = (text: string) => Object.values(secrets).filter((value) => text.includes(value));

describe('changeEvents', () => {
  it('delivers every change once, in order, with SSE ids; rejected and rolled-back changes leave none; no secret in the stream', async () => {
    const api = await startTestApi(database());
    const stream = await subscribe(api.url, api.readKey, SUBSCRIPTION);
    expect(stream.status).toBe(200);

    const integration = await create(api, { labels: ['eu'] });
    const updated = await mutate(api, UPDATE, { id: integration.id, etag: integration.etag, input: { title: 'Warehouse 2' } });
    expect(updated.__typename).toBe('UpdateIntegrationPayload');
    // A stale etag changes nothing, so it records nothing.
    const stale = await mutate(api, UPDATE, { id: integration.id, etag: integration.etag, input: { title: 'lost' } });
    expect(stale.__typename).toBe('EtagMismatchError');
    // A secret rewrite shows as its path, never its value.
    const rewritten = structuredClone(configs.postgres);
    rewritten.postgres.auth.passwordAuth.password = `${secrets.postgres}-2`;
    await mutate(api, UPDATE, { id: integration.id, input: { config: rewritten } });
    expect(
      (
        await mutate(
          api,
          REPORT,
          { id: integration.id, input: { status: 'SUCCESS', isFullRefresh: false, models: ['orders'], endedAt: new Date().toISOString() } },
          api.syncKey,
        )
      ).__typename,
    ).toBe('ReportTransferPayload');
    expect((await mutate(api, DELETE, { id: integration.id })).__typename).toBe('DeleteIntegrationPayload');

    const events = eventsOf(await stream.waitFor(6));
    expect(events.map((e) => e.type)).toEqual([
      'INTEGRATION_CREATED',
      'INTEGRATION_UPDATED',
      'INTEGRATION_UPDATED',
      'TRANSFER_REPORTED',
      'INTEGRATION_STATUS_CHANGED',
      'INTEGRATION_DELETED',
    ]);
    expect(events.every((e) => e.integrationId === integration.id)).toBe(true);
    expect(events[0]).toMatchObject({ version: 1, etag: integration.etag, labels: ['eu'], actor: `${api.tenant} writer` });
    expect(events[1]).toMatchObject({ version: 2, changedPaths: ['title'] });
    expect(events[2]!.changedPaths).toEqual(['config.auth.passwordAuth.password']);
    expect(events[4]!.data).toMatchObject({ state: 'HEALTHY' });
    expect(new Set(events.map((e) => e.id)).size).toBe(6);
    // Each SSE message carries the event id, which EventSource sends back as Last-Event-ID.
    expect(stream.messages.filter((m) => m.event === 'next').map((m) => m.id)).toEqual(events.map((e) => e.id));

    // Nothing more arrives: each change once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(eventsOf(stream.messages)).toHaveLength(6);
    stream.close();
    expect(anySecret(stream.raw())).toEqual([]);
    expect(stream.raw()).not.toContain(`${secrets.postgres}-2`);

    // The outbox is written in the change's transaction: a rollback leaves no event.
    const { db } = database();
    const count = async (on: typeof db = db) => Number((await sql<{ n: number }>`select count(*)::int as n from events`.execute(on)).rows[0]!.n);
    const before = await count();
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update integrations set status_state = 'ERROR', status_checked_at = now() where tenant_id = (select id from tenants where name = ${api.tenant})`.execute(
          trx,
        );
        expect(await count(trx)).toBe(before + 1); // written by the trigger, inside the transaction
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await count()).toBe(before);
  });

  it('resumes after an id (argument or Last-Event-ID), also on another gateway of the same database, and refuses ids it cannot resume', async () => {
    const api = await startTestApi(database());
    const first = await subscribe(api.url, api.readKey, SUBSCRIPTION);
    const a = await create(api, { title: 'A' });
    const b = await create(api, { title: 'B' });
    const seen = eventsOf(await first.waitFor(2));
    first.close();
    // While no one listens: more changes.
    const c = await create(api, { title: 'C' });
    await mutate(api, UPDATE, { id: a.id, input: { title: 'A2' } });

    const viaArgument = await subscribe(api.url, api.readKey, SUBSCRIPTION, { after: seen[0]!.id });
    const resumed = eventsOf(await viaArgument.waitFor(3));
    expect(resumed.map((e) => [e.type, e.integrationId])).toEqual([
      ['INTEGRATION_CREATED', b.id],
      ['INTEGRATION_CREATED', c.id],
      ['INTEGRATION_UPDATED', a.id],
    ]);
    viaArgument.close();

    // A second gateway on the same database (a restart, or another replica) continues the same order.
    const other = await sameDatabaseAgain();
    try {
      const second = await startTestApi(other.handle, { events: { pollMs: 60_000 } });
      const viaHeader = await subscribe(second.url, api.readKey, SUBSCRIPTION, {}, { 'last-event-id': seen[1]!.id });
      const fromHeader = eventsOf(await viaHeader.waitFor(2));
      expect(fromHeader.map((e) => e.integrationId)).toEqual([c.id, a.id]);
      // What is committed through the first gateway wakes the second's subscriber at once (NOTIFY;
      // its fallback poll is a minute here).
      const d = await create(api, { title: 'D' });
      expect(eventsOf(await viaHeader.waitFor(3, 1500))[2]).toMatchObject({ type: 'INTEGRATION_CREATED', integrationId: d.id });
      viaHeader.close();
    } finally {
      await other.close();
    }

    const bad = await subscribe(api.url, api.readKey, SUBSCRIPTION, { after: 'evt_x' });
    const badEvents = await bad.waitFor(1);
    expect(badEvents[0]!.data?.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
  });

  it("sees only its tenant's events of its environment, and filters by integration, connector, label and type", async () => {
    const api = await startTestApi(database());
    const other = await api.otherTenant();
    const productionKey = (await createApiKey(database().db, { tenant: api.tenant, scope: 'read', environment: 'production' })).key;

    const all = await subscribe(api.url, api.readKey, SUBSCRIPTION);
    const production = await subscribe(api.url, productionKey, SUBSCRIPTION);
    const otherTenant = await subscribe(api.url, other.readKey, SUBSCRIPTION);
    const labelled = await subscribe(api.url, api.readKey, SUBSCRIPTION, { labels: ['pii'], types: ['INTEGRATION_UPDATED'] });
    const s3Only = await subscribe(api.url, api.readKey, SUBSCRIPTION, { connectors: ['S3'] });

    const prod = await create(api, { title: 'prod', environment: 'production', labels: ['pii'] });
    const s3 = await create(api, { title: 'bucket', config: configs.s3 });
    await mutate(api, UPDATE, { id: prod.id, input: { title: 'prod 2' } });
    const onlyThis = await subscribe(api.url, api.readKey, SUBSCRIPTION, { integrationId: s3.id, after: eventsOf(await all.waitFor(1))[0]!.id });
    await mutate(api, UPDATE, { id: s3.id, input: { title: 'bucket 2' } });

    expect(eventsOf(await all.waitFor(4)).map((e) => e.integrationId)).toEqual([prod.id, s3.id, prod.id, s3.id]);
    expect(eventsOf(await production.waitFor(2)).map((e) => [e.type, e.integrationId])).toEqual([
      ['INTEGRATION_CREATED', prod.id],
      ['INTEGRATION_UPDATED', prod.id],
    ]);
    expect(eventsOf(await labelled.waitFor(1)).map((e) => [e.type, e.integrationId])).toEqual([['INTEGRATION_UPDATED', prod.id]]);
    expect(eventsOf(await s3Only.waitFor(2)).map((e) => e.type)).toEqual(['INTEGRATION_CREATED', 'INTEGRATION_UPDATED']);
    expect(eventsOf(await onlyThis.waitFor(2)).map((e) => [e.type, e.integrationId])).toEqual([
      ['INTEGRATION_CREATED', s3.id],
      ['INTEGRATION_UPDATED', s3.id],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(eventsOf(production.messages)).toHaveLength(2);
    expect(eventsOf(labelled.messages)).toHaveLength(1);
    expect(eventsOf(otherTenant.messages)).toEqual([]);
    for (const stream of [all, production, otherTenant, labelled, s3Only, onlyThis]) stream.close();
  });

  it("records config changes and the integrations they change; another team sees a DENY config's events only if it owns it", async () => {
    const api = await startTestApi(database());
    await mutate(api, `mutation { createEnvironment(name: "production") { __typename } }`, {});
    await mutate(api, `mutation { createTeam(input: { name: "Owners" }) { __typename } }`, {});
    await mutate(api, `mutation { createTeam(input: { name: "Others" }) { __typename } }`, {});
    const owners = (await createApiKey(database().db, { tenant: api.tenant, scope: 'write', team: 'Owners', name: 'owners key' })).key;
    const others = (await createApiKey(database().db, { tenant: api.tenant, scope: 'read', team: 'Others' })).key;
    const ownersStream = await subscribe(api.url, owners, SUBSCRIPTION);
    const othersStream = await subscribe(api.url, others, SUBSCRIPTION, { types: ['CONNECTOR_CONFIG_CREATED', 'CONNECTOR_CONFIG_UPDATED'] });

    const settings = { host: 'warehouse.example.com', port: 5432, auth: { passwordAuth: { username: 'loader', password: secrets.postgres } } };
    const created = await mutate(
      api,
      `mutation($input: CreateConnectorConfigInput!) { createConnectorConfig(input: $input) { __typename ... on ConnectorConfigPayload { connectorConfig { id etag } } ... on Error { code message } } }`,
      { input: { title: 'Shared warehouse', connector: 'POSTGRES', sharing: 'DENY', settings, params: [{ path: 'database' }], environments: ['production'] } },
      owners,
    );
    const config = (created as unknown as { connectorConfig: { id: string } }).connectorConfig;
    const built = await create(
      api,
      { title: 'Acme', connectorConfigId: config.id, params: { database: 'acme' }, config: undefined, environment: 'production' },
      owners,
    );
    const updated = await mutate(
      api,
      `mutation($id: ID!, $input: UpdateConnectorConfigInput!) { updateConnectorConfig(id: $id, input: $input) { __typename ... on Error { code message } } }`,
      { id: config.id, input: { settings: { ...settings, port: 6543, auth: { passwordAuth: { username: 'loader', password: `${secrets.postgres}-3` } } } } },
      owners,
    );
    expect(updated.__typename).toBe('ConnectorConfigPayload');

    const events = eventsOf(await ownersStream.waitFor(4));
    expect(events.map((e) => [e.type, e.integrationId ?? (e as unknown as { connectorConfigId: string }).connectorConfigId])).toEqual([
      ['CONNECTOR_CONFIG_CREATED', config.id],
      ['INTEGRATION_CREATED', built.id],
      ['CONNECTOR_CONFIG_UPDATED', config.id],
      ['INTEGRATION_UPDATED', built.id],
    ]);
    expect(events[2]!.changedPaths).toEqual(expect.arrayContaining(['settings.port']));
    expect(events[3]!.changedPaths).toEqual(expect.arrayContaining(['config.port']));
    // The other team may not read the DENY config, so it gets none of its events.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(eventsOf(othersStream.messages)).toEqual([]);
    expect(anySecret(ownersStream.raw())).toEqual([]);
    ownersStream.close();
    othersStream.close();
  });

  it('caps subscriptions per tenant, ends the stream of a revoked key, and refuses ids older than the retention', async () => {
    const api = await startTestApi(database(), { events: { maxSubscriptionsPerTenant: 2, keyRecheckMs: 200, pollMs: 100 } });
    const key = await createApiKey(database().db, { tenant: api.tenant, scope: 'read' });
    const one = await subscribe(api.url, key.key, SUBSCRIPTION);
    const two = await subscribe(api.url, api.readKey, SUBSCRIPTION);
    const three = await subscribe(api.url, api.readKey, SUBSCRIPTION);
    expect((await three.waitFor(1))[0]!.data?.errors?.[0]?.extensions?.code).toBe('RESOURCE_EXHAUSTED');

    await create(api);
    expect(eventsOf(await one.waitFor(1))).toHaveLength(1);
    await revokeApiKey(database().db, key.id);
    const ended = await one.waitFor(2);
    expect(ended[1]!.data?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await one.ended;
    expect(one.messages.at(-1)!.event).toBe('complete');
    two.close();

    // The sweep removes old events and remembers how far: an id at or before that cannot resume.
    const firstId = eventsOf(one.messages)[0]!.id;
    await sql`insert into event_listeners (gateway_id, seen_at) values ('gw-gone', now() - interval '2 hours')`.execute(database().db);
    await deleteOldEvents(database().db, new Date(Date.now() + 60_000));
    const listeners = await sql<{ gateway_id: string }>`select gateway_id from event_listeners`.execute(database().db);
    expect(listeners.rows.map((r) => r.gateway_id)).not.toContain('gw-gone');
    const expired = await subscribe(api.url, api.readKey, SUBSCRIPTION, { after: firstId });
    expect((await expired.waitFor(1))[0]!.data?.errors?.[0]?.extensions?.code).toBe('FAILED_PRECONDITION');
  });
});
