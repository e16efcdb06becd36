// Webhooks over real HTTP: a loopback receiver verifies every signature with the standardwebhooks
// library, as a receiver would; retries after 500s and timeouts, attempts recorded, an endpoint
// disabled after a run of failures and re-enabled, test events, isolation, and on PostgreSQL three
// gateway processes delivering each event once between them, also when one is killed mid-delivery.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it, onTestFinished } from 'vitest';
import { defaultEgressDenyList } from '../src/checks/egress.js';
import { createApiKey } from '../src/tenants/api-key.service.js';
import { revokeApiKey } from '../src/tenants/tenant.repository.js';
import { startWebhookWorker, type WebhookSettings } from '../src/webhooks/webhook.worker.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { freshSchemaUrl, useTestDatabase } from './helpers/database.js';
import { configs, secrets } from './helpers/fixtures.js';
import { postGraphQL } from './helpers/gateway-client.js';
import { createKeyWithCli, freePort, startServerProcess } from './helpers/processes.js';

const database = useTestDatabase();

interface Received {
  id: string;
  timestamp: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  verified: boolean;
}

/** A loopback receiver: verifies each request with `secret()` and answers what `answer` says. */
async function startReceiver(answer: (request: Received, n: number) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  const raw: string[] = [];
  let secret = '';
  const waiters = new Set<() => void>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      raw.push(JSON.stringify(req.headers) + body);
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let verified = false;
      try {
        new Webhook(secret).verify(body, headers);
        verified = true;
      } catch {
        verified = false;
      }
      const item: Received = { id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], body, payload: JSON.parse(body), verified };
      received.push(item);
      // Waiters look after the answer is chosen: what `answer` records (the held id) is then seen.
      const outcome = answer(item, received.length);
      for (const waiter of waiters) waiter();
      if (outcome === 'hang') return; // never answers: the sender's deadline, or its death, ends it
      res.writeHead(outcome, { 'content-type': 'text/plain' }).end(outcome >= 300 ? `receiver says no ${secrets.postgres}` : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    raw,
    setSecret: (value: string) => {
      secret = value;
    },
    waitFor(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate()) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`receiver waited ${timeoutMs} ms; got ${received.length}: ${received.map((r) => r.payload.type).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

const ENDPOINT_FIELDS = 'id url eventTypes labels connectors enabled disabledReason consecutiveFailures etag version';
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!, $key: String) {
  createWebhookEndpoint(input: $input, idempotencyKey: $key) { __typename
    ... on WebhookEndpointPayload { signingSecret endpoint { ${ENDPOINT_FIELDS} } }
    ... on ValidationError { fieldErrors { path message } } ... on Error { code message } } }`;
const ENDPOINT = `query($id: ID!, $status: WebhookDeliveryStatus) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS}
  deliveries(first: 100, status: $status) { totalCount nodes: edges { node { id eventId eventType status attemptCount lastStatusCode nextAttemptAt payload
    attempts { attempt statusCode error succeeded durationMs } } } } } }`;
const CREATE = `mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id etag } } ... on Error { code message } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { __typename } }`;

type Result = { __typename: string } & Record<string, unknown>;

async function call(api: TestApi, document: string, variables: Record<string, unknown>, key?: string): Promise<Result> {
  const response = await api.request<Record<string, Result>, Record<string, unknown>>(document, variables, { key });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return Object.values(response.body.data ?? {})[0] as Result;
}

async function endpointFor(api: TestApi, receiver: { url: string; setSecret: (s: string) => void }, input: Record<string, unknown> = {}, key?: string) {
  const created = await call(api, CREATE_ENDPOINT, { input: { url: receiver.url, ...input } }, key);
  expect(created.__typename, JSON.stringify(created)).toBe('WebhookEndpointPayload');
  const secret = created.signingSecret as string;
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  receiver.setSecret(secret);
  return { id: (created.endpoint as { id: string }).id, secret };
}

/** Polls `predicate` until it holds (the worker's outcome is recorded asynchronously), up to 15 s. */
async function until(predicate: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for a condition`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function worker(api: TestApi, settings: Partial<WebhookSettings> = {}) {
  const running = startWebhookWorker({
    database: api.database,
    keyring: api.keyring,
    denyList: defaultEgressDenyList(),
    settings: { pollMs: 50, retryBaseMs: 50, timeoutMs: 2000, ...settings },
  });
  onTestFinished(() => running.stop());
  return running;
}

type Delivery = {
  eventId: string;
  eventType: string;
  status: string;
  attemptCount: number;
  attempts: { statusCode: number | null; error: string | null; succeeded: boolean }[];
  payload: unknown;
};

async function deliveriesOf(api: TestApi, id: string, status?: string): Promise<Delivery[]> {
  const endpoint = (await call(api, ENDPOINT, { id, status })) as unknown as { deliveries: { nodes: { node: Delivery }[] } };
  return endpoint.deliveries.nodes.map((e) => e.node);
}

describe('webhooks', () => {
  it('delivers every change, signed per Standard Webhooks, once per event; the secret is shown once and nowhere else', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const receiver = await startReceiver();
    const endpoint = await endpointFor(api, receiver);
    worker(api);

    const integration = (await call(api, CREATE, { input: { title: 'Warehouse', config: configs.postgres } })).integration as { id: string };
    await call(api, UPDATE, { id: integration.id, input: { title: 'Warehouse 2' } });
    await call(api, `mutation($id: ID!) { deleteIntegration(id: $id) { __typename } }`, { id: integration.id });
    await receiver.waitFor(() => receiver.received.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Deliveries are not ordered among themselves (README): a worker may send two at once.
    const byType = (type: string) => receiver.received.find((r) => r.payload.type === type)!;
    expect(receiver.received.map((r) => r.payload.type).sort()).toEqual(['INTEGRATION_CREATED', 'INTEGRATION_DELETED', 'INTEGRATION_UPDATED']);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // The webhook-id is the event id, so a receiver drops repeats by it.
    expect(receiver.received.map((r) => r.id)).toEqual(receiver.received.map((r) => r.payload.data.id));
    expect(byType('INTEGRATION_UPDATED').payload.data).toMatchObject({ integrationId: integration.id, version: 2, changedPaths: ['title'] });
    // A tampered body does not verify.
    expect(() =>
      new Webhook(endpoint.secret).verify(byType('INTEGRATION_CREATED').body.replace('Warehouse', 'Warehouse!'), {
        'webhook-id': byType('INTEGRATION_CREATED').id,
        'webhook-timestamp': byType('INTEGRATION_CREATED').timestamp,
        'webhook-signature': 'v1,AAAA',
      }),
    ).toThrow();

    const deliveries = await deliveriesOf(api, endpoint.id);
    expect(deliveries.map((d) => [d.eventType, d.status, d.attemptCount])).toEqual([
      ['INTEGRATION_DELETED', 'SUCCEEDED', 1],
      ['INTEGRATION_UPDATED', 'SUCCEEDED', 1],
      ['INTEGRATION_CREATED', 'SUCCEEDED', 1],
    ]);
    expect(deliveries[2]!.attempts).toEqual([expect.objectContaining({ statusCode: 200, error: null, succeeded: true })]);
    expect(deliveries[2]!.payload).toEqual(byType('INTEGRATION_CREATED').payload);

    // Never again readable, and in no response, log or stored row.
    const everything = JSON.stringify(await call(api, `{ webhookEndpoints { edges { node { ${ENDPOINT_FIELDS} } } } }`, {}));
    expect(everything).not.toContain(endpoint.secret);
    expect(api.logs.join('\n')).not.toContain(endpoint.secret);
    const stored = await sql<{ secret: unknown }>`select secret from webhook_endpoints`.execute(database().db);
    expect(JSON.stringify(stored.rows)).not.toContain(endpoint.secret.slice(6));
    for (const body of receiver.raw) for (const value of Object.values(secrets)) expect(body).not.toContain(value);
  });

  it('retries after 500s and a timeout with backoff, records every attempt, disables after a run of failures, and is re-enabled by its owner', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    // 1st: 500, 2nd: no answer (timeout), 3rd: 200 — then everything fails.
    let failing = false;
    const receiver = await startReceiver((_r, n) => (failing ? 503 : n === 1 ? 500 : n === 2 ? 'hang' : 200));
    const endpoint = await endpointFor(api, receiver, { eventTypes: ['INTEGRATION_CREATED', 'WEBHOOK_TEST'] });
    worker(api, { timeoutMs: 500, disableAfter: 3, maxAttempts: 10 });

    await call(api, CREATE, { input: { title: 'Warehouse', config: configs.postgres } });
    await receiver.waitFor(() => receiver.received.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [delivery] = await deliveriesOf(api, endpoint.id);
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attemptCount: 3 });
    expect(delivery!.attempts.map((a) => [a.statusCode, a.error, a.succeeded])).toEqual([
      [500, 'HTTP 500 Internal Server Error', false],
      [null, 'timed out after 500 ms', false],
      [200, null, true],
    ]);
    // Every attempt carried the same id and a valid signature.
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    expect(receiver.received.every((r) => r.verified)).toBe(true);

    // A run of failures disables it; what happens meanwhile is not queued for it.
    failing = true;
    await call(api, CREATE, { input: { title: 'second', config: configs.postgres } });
    const disabledAt = async () =>
      (await call(api, ENDPOINT, { id: endpoint.id })) as unknown as { enabled: boolean; disabledReason: string; consecutiveFailures: number; etag: string };
    for (let i = 0; i < 100 && (await disabledAt()).enabled; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const disabled = await disabledAt();
    expect(disabled).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    expect(disabled.disabledReason).toContain('3 failed attempts in a row');
    await call(api, CREATE, { input: { title: 'while disabled', config: configs.postgres } });
    expect((await deliveriesOf(api, endpoint.id)).length).toBe(2);

    // Its owner enables it: the pending delivery goes out, the count starts again; a test event arrives.
    failing = false;
    const enabled = await call(
      api,
      `mutation($id: ID!, $etag: String) { enableWebhookEndpoint(id: $id, etag: $etag) { __typename ... on WebhookEndpointPayload { endpoint { enabled consecutiveFailures } } } }`,
      {
        id: endpoint.id,
        etag: disabled.etag,
      },
    );
    expect(enabled).toMatchObject({ endpoint: { enabled: true, consecutiveFailures: 0 } });
    const test = await call(
      api,
      `mutation($id: ID!) { sendTestWebhookEvent(id: $id) { __typename ... on SendTestWebhookEventPayload { delivery { eventType status } } } }`,
      { id: endpoint.id },
    );
    expect(test).toMatchObject({ delivery: { eventType: 'WEBHOOK_TEST', status: 'PENDING' } });
    await receiver.waitFor(
      () => receiver.received.some((r) => r.payload.type === 'WEBHOOK_TEST') && receiver.received.filter((r) => r.payload.data.title === undefined).length > 0,
    );
    await receiver.waitFor(() => new Set(receiver.received.map((r) => r.id)).size === 3);
    expect((await deliveriesOf(api, endpoint.id, 'SUCCEEDED')).map((d) => d.eventType).sort()).toEqual([
      'INTEGRATION_CREATED',
      'INTEGRATION_CREATED',
      'WEBHOOK_TEST',
    ]);
    // The receiver's body (which echoes a secret-looking text) is never stored.
    const attempts = await sql<{ error: string | null }>`select error from webhook_attempts`.execute(database().db);
    expect(JSON.stringify(attempts.rows)).not.toContain(secrets.postgres);
  });

  it('keeps endpoints to their tenant and key, sends only what the creating key could read, and refuses unsafe URLs', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const other = await api.otherTenant();
    const production = (await createApiKey(database().db, { tenant: api.tenant, scope: 'write', environment: 'production' })).key;
    const receiver = await startReceiver();
    const otherReceiver = await startReceiver();
    const endpoint = await endpointFor(api, receiver, {}, production);
    await endpointFor(api, otherReceiver, {}, other.writeKey);
    worker(api);

    // Another tenant, or a key of another reach, neither sees nor changes it.
    const seen = await call(api, `query($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id: endpoint.id }, other.writeKey);
    expect(seen).toBeNull();
    const deleted = await call(api, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename } }`, { id: endpoint.id }, other.writeKey);
    expect(deleted.__typename).toBe('NotFoundError');
    const readOnly = await api.request(`{ webhookEndpoints { totalCount } }`, {}, { key: api.readKey });
    expect(readOnly.body.errors?.[0]?.extensions?.code).toBe('PERMISSION_DENIED');

    // Only production's integration reaches the production key's endpoint; nothing reaches the other tenant's.
    await call(api, CREATE, { input: { title: 'everywhere', config: configs.postgres } });
    const prod = (await call(api, CREATE, { input: { title: 'prod', config: configs.postgres, environment: 'production' } })).integration as { id: string };
    await receiver.waitFor(() => receiver.received.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received.map((r) => r.payload.data.integrationId)).toEqual([prod.id]);
    expect(otherReceiver.received).toEqual([]);

    const refused = async (url: string) => {
      const strict = await startTestApi(database());
      const result = await call(strict, CREATE_ENDPOINT, { input: { url } });
      expect(result.__typename).toBe('ValidationError');
      return (result.fieldErrors as { message: string }[])[0]!.message;
    };
    expect(await refused('http://example.com/hook')).toContain('https');
    expect(await refused('https://user:pass@example.com/hook')).toContain('credentials');
    expect(await refused('https://169.254.169.254/latest')).toContain('CONNECTION_CHECK_DENY');
  });

  it('records a signing secret that does not decrypt as a failed attempt, never a claim retaken forever', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const receiver = await startReceiver();
    const endpoint = await endpointFor(api, receiver);
    // Sealed for another endpoint: the AAD does not match, so it cannot be opened for this one.
    const foreign = JSON.stringify(api.keyring.encrypt('whsec_not_this_one', 'webhook-endpoint:00000000-0000-0000-0000-000000000000', new Date()));
    await sql`update webhook_endpoints set secret = ${foreign}::jsonb where tenant_id = (select id from tenants where name = ${api.tenant})`.execute(
      database().db,
    );
    await call(api, CREATE, { input: { title: 'Warehouse', config: configs.postgres } });
    const running = worker(api, { retryBaseMs: 60_000 });
    await running.runOnce();
    let deliveries: Delivery[] = [];
    await until(async () => {
      deliveries = await deliveriesOf(api, endpoint.id);
      return deliveries[0]?.attemptCount === 1 && deliveries[0].attempts.length === 1;
    });
    expect(deliveries.map((d) => [d.status, d.attemptCount])).toEqual([['PENDING', 1]]);
    expect(deliveries[0]!.attempts).toEqual([
      expect.objectContaining({ statusCode: null, succeeded: false, error: expect.stringContaining('does not decrypt') }),
    ]);
    expect(deliveries[0]!.attempts[0]!.error).toContain('rotateSecret');
    const claims = await sql<{
      claimed_by: string | null;
    }>`select d.claimed_by from webhook_deliveries d join tenants t on t.id = d.tenant_id where t.name = ${api.tenant}`.execute(database().db);
    expect(claims.rows).toEqual([{ claimed_by: null }]);
    expect(receiver.received).toEqual([]);
    expect(JSON.stringify(deliveries)).not.toContain('whsec_not_this_one');
  });

  it('stops an endpoint when the key that made it is revoked: no new deliveries, no pending one sent, until a live key re-enables it', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const made = await createApiKey(database().db, { tenant: api.tenant, scope: 'write', name: 'leaving' });
    const receiver = await startReceiver();
    const endpoint = await endpointFor(api, receiver, {}, made.key);
    // A change before the revocation: its delivery is queued, not yet sent (no worker runs).
    await call(api, CREATE, { input: { title: 'before', config: configs.postgres } });
    expect(await revokeApiKey(database().db, made.id)).toBe(true);

    const read = (await call(api, `query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS} } }`, { id: endpoint.id })) as Record<string, unknown>;
    expect(read).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('was revoked'), version: 2 });
    await call(api, CREATE, { input: { title: 'after', config: configs.postgres } });
    const running = worker(api);
    expect(await running.runOnce()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toEqual([]);
    expect((await deliveriesOf(api, endpoint.id)).map((d) => d.status)).toEqual(['PENDING']);

    // A live write key re-enables it and owns it from then on: the pending delivery goes out.
    const enabled = await call(api, `mutation($id: ID!) { enableWebhookEndpoint(id: $id) { __typename } }`, { id: endpoint.id });
    expect(enabled.__typename).not.toMatch(/Error$/);
    await receiver.waitFor(() => receiver.received.length >= 1);
    expect(receiver.received.map((r) => r.payload.type)).toEqual(['INTEGRATION_CREATED']);
    const owner = await sql<{
      api_key_id: string;
    }>`select api_key_id::text from webhook_endpoints where tenant_id = (select id from tenants where name = ${api.tenant})`.execute(database().db);
    expect(owner.rows[0]!.api_key_id).not.toBe(made.id);
  });

  it('caps the endpoints of a tenant, also against concurrent creations', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true, maxEndpointsPerTenant: 3 } });
    const other = await api.otherTenant();
    const receiver = await startReceiver();
    const results = await Promise.all(Array.from({ length: 8 }, () => call(api, CREATE_ENDPOINT, { input: { url: receiver.url } })));
    const typenames = results.map((r) => r.__typename).sort();
    expect(typenames.filter((t) => t === 'WebhookEndpointPayload')).toHaveLength(3);
    const refused = results.filter((r) => r.__typename === 'LimitReachedError');
    expect(refused).toHaveLength(5);
    expect(refused[0]).toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringContaining('WEBHOOK_MAX_ENDPOINTS_PER_TENANT') });
    const counted = await sql<{
      n: number;
    }>`select count(*)::int as n from webhook_endpoints where tenant_id = (select id from tenants where name = ${api.tenant})`.execute(database().db);
    expect(counted.rows[0]!.n).toBe(3);
    // Per tenant: another one still creates.
    expect((await call(api, CREATE_ENDPOINT, { input: { url: receiver.url } }, other.writeKey)).__typename).toBe('WebhookEndpointPayload');
  });

  it("filters to an integration the key can read, and answers another tenant's id as one that never existed", async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    const other = await api.otherTenant();
    const receiver = await startReceiver();
    const mine = (await call(api, CREATE, { input: { title: 'mine', config: configs.postgres } })).integration as { id: string };
    const theirs = (await call(api, CREATE, { input: { title: 'theirs', config: configs.postgres } }, other.writeKey)).integration as { id: string };
    const never = 'int_0123456789abcdef0123456789abcdef';

    const foreign = await call(api, CREATE_ENDPOINT, { input: { url: receiver.url, integrationId: theirs.id } });
    const missing = await call(api, CREATE_ENDPOINT, { input: { url: receiver.url, integrationId: never } });
    expect(foreign).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(foreign).toEqual(missing);
    const endpoint = await endpointFor(api, receiver, { integrationId: mine.id });
    const UPDATE_ENDPOINT = `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { __typename ... on Error { code message } } }`;
    const moved = await call(api, UPDATE_ENDPOINT, { id: endpoint.id, input: { integrationId: theirs.id } });
    expect(moved).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const counted = await sql<{
      n: number;
    }>`select count(*)::int as n from webhook_endpoints where tenant_id = (select id from tenants where name = ${api.tenant})`.execute(database().db);
    expect(counted.rows[0]!.n).toBe(1);
  });

  it('answers the latest attempts(last:) and the payloads of a page of deliveries in one statement each, and counts deliveries × last in the query cost', async () => {
    const api = await startTestApi(database(), { webhooks: { allowHttp: true } });
    // Each event fails twice, then arrives: 3 attempts per delivery.
    const tries = new Map<string, number>();
    const receiver = await startReceiver((request) => {
      const n = (tries.get(request.id) ?? 0) + 1;
      tries.set(request.id, n);
      return n < 3 ? 500 : 200;
    });
    const endpoint = await endpointFor(api, receiver, { eventTypes: ['INTEGRATION_CREATED'] });
    const running = worker(api);
    for (let i = 0; i < 4; i++) await call(api, CREATE, { input: { title: `n${i}`, config: configs.postgres } });
    await until(async () => (await deliveriesOf(api, endpoint.id, 'SUCCEEDED')).length === 4);
    await running.stop();

    const PAGE = `query($id: ID!, $first: Int, $last: Int) { webhookEndpoint(id: $id) { deliveries(first: $first) { edges { node {
      attemptCount payload attempts(last: $last) { attempt statusCode error succeeded } } } } } }`;
    type Page = {
      webhookEndpoint: { deliveries: { edges: { node: { attemptCount: number; payload: { type: string }; attempts: { attempt: number }[] } }[] } };
    };
    const { statements } = api.database;
    const count = (name: string) => statements.byName.get(name) ?? 0;
    const before = { attempts: count('listWebhookAttempts'), events: count('findTenantEventsByIds'), event: count('findEventById') };
    const latest = await api.request<Page, Record<string, unknown>>(PAGE, { id: endpoint.id, last: 2 });
    expect(latest.body.errors).toBeUndefined();
    const nodes = latest.body.data!.webhookEndpoint.deliveries.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.attemptCount, n.attempts.map((a) => a.attempt)])).toEqual(Array(4).fill([3, [2, 3]]));
    // Four deliveries' attempts, one statement; their payloads, one more.
    expect(nodes.map((n) => n.payload.type)).toEqual(Array(4).fill('INTEGRATION_CREATED'));
    expect([count('listWebhookAttempts') - before.attempts, count('findTenantEventsByIds') - before.events, count('findEventById') - before.event]).toEqual([
      1, 1, 0,
    ]);
    // Left out: the latest 10, here every attempt.
    const all = await api.request<Page, Record<string, unknown>>(PAGE, { id: endpoint.id });
    expect(all.body.data!.webhookEndpoint.deliveries.edges[0]!.node.attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);

    // Out of range: refused by the argument's own validation, which says how far it may go.
    for (const last of [51, -1]) {
      const refused = await api.request(PAGE, { id: endpoint.id, first: 5, last });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
      expect(refused.body.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ path: ['last'] })]);
    }
    // 100 deliveries × 50 attempts is over the cost limit before anything runs; × 10 is within it.
    const heavy = await api.request(PAGE, { id: endpoint.id, first: 100, last: 50 });
    expect(heavy.body.errors?.[0]?.extensions?.reason).toBe('QUERY_COST');
    expect(heavy.body.data ?? null).toBeNull();
    const literal = await api.request(
      `query($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 100) { edges { node { attempts(last: 50) { attempt statusCode error } } } } } }`,
      { id: endpoint.id },
    );
    expect(literal.body.errors?.[0]?.extensions?.reason).toBe('QUERY_COST');
    expect((await api.request(PAGE, { id: endpoint.id, first: 100, last: 10 })).body.errors).toBeUndefined();
  });

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)('three gateway processes deliver each event once between them, also when one dies mid-delivery', { timeout: 120_000 }, async () => {
    let holdId: string | undefined;
    const receiver = await startReceiver((request) => {
      // The first event is held open the first time: its sender is killed before it answers.
      if (holdId === undefined) {
        holdId = request.id;
        return 'hang';
      }
      return 200;
    });
    const env = {
      DATABASE_URL: await freshSchemaUrl(url!, 'webhooks'),
      SECRETS_KEY: randomBytes(32).toString('base64'),
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_POLL_MS: '100',
      // Long enough that no claim lapses on a busy machine before the test kills its holder.
      WEBHOOK_LEASE_MS: '8000',
      WEBHOOK_TIMEOUT_MS: '60000',
      RATE_LIMIT_MUTATIONS: '0',
      RATE_LIMIT_READ_QUERIES: '0',
      RATE_LIMIT_WRITE_QUERIES: '0',
      LOG_LEVEL: 'warn',
    };
    const key = await createKeyWithCli(env, 'webhooks');
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const servers = await Promise.all(ports.map((port) => startServerProcess(env, port)));
    onTestFinished(async () => {
      await Promise.all(servers.map((s) => s.stop()));
    });
    const origin = (i: number) => `http://127.0.0.1:${ports[i % 3]}`;
    const created = await postGraphQL(origin(0), key, CREATE_ENDPOINT, { input: { url: receiver.url } });
    const payload = created.body.data?.createWebhookEndpoint as { signingSecret: string };
    receiver.setSecret(payload.signingSecret);

    // The first change: its delivery hangs; the replica holding it is killed.
    const admin = new pg.Client({ connectionString: env.DATABASE_URL });
    await admin.connect();
    await postGraphQL(origin(0), key, CREATE, { input: { title: 'first', config: configs.s3 } });
    await receiver.waitFor(() => holdId !== undefined);
    const claimed = (await admin.query(`select claimed_by from webhook_deliveries where claimed_by is not null`)).rows[0]?.claimed_by as string;
    await admin.end();
    const pid = Number(/^gw-(\d+)-/.exec(claimed)?.[1]);
    const victim = servers.find((s) => s.child.pid === pid);
    expect(victim, `claimed by ${claimed}`).toBeDefined();
    victim!.child.kill('SIGKILL');

    // More changes through the survivors.
    const alive = servers.filter((s) => s !== victim).map((s) => ports[servers.indexOf(s)]);
    for (let i = 0; i < 20; i++) {
      const response = await postGraphQL(`http://127.0.0.1:${alive[i % 2]}`, key, CREATE, { input: { title: `n${i}`, config: configs.s3 } });
      expect(response.body.errors).toBeUndefined();
    }
    // 21 events: each arrives (the held one again after its lease lapsed), verified, none twice but the held one.
    await receiver.waitFor(
      () => new Set(receiver.received.map((r) => r.id)).size === 21 && receiver.received.filter((r) => r.id === holdId).length === 2,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const counts = new Map<string, number>();
    for (const r of receiver.received) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    expect([...counts.entries()].filter(([, n]) => n > 1)).toEqual([[holdId, 2]]);
  });
});
