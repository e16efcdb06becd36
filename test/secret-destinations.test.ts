// Secrets bound to their destination, and no oracles (issue 17). Every connector and every field
// that decides where its credentials go: changing it without sending the bound secrets again is a
// ValidationError that changes nothing. Loopback capture servers (HTTP, PostgreSQL, MySQL) show
// what testIntegration actually sends where. Check messages and transfer reports answer nothing
// that depends on whether a value equals a secret the caller cannot read.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ShapeNode, valueAt } from '../src/connectors/kit.js';
import { type Connector, connectors } from '../src/connectors/registry.js';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { type CaptureServer, httpCaptureServer, mysqlCaptureServer, mysqlScramble, postgresCaptureServer } from './helpers/capture-servers.js';
import { type Config, connectorExamples, withChange } from './helpers/connector-examples.js';
import { useTestDatabase } from './helpers/database.js';
import { toGraphQLInput } from './helpers/graphql-shapes.js';

const database = useTestDatabase();
const secret = (name: string) => `SECRET-${name}-${randomBytes(6).toString('hex')}`;
type Plain = Record<string, unknown>;

const RESULT = `__typename
  ... on ValidationError { fieldErrors { path code message } }
  ... on Error { code message }`;
const INTEGRATION = 'integration { id etag version status { state message } revisions(first: 1) { totalCount edges { node { changedPaths } } } }';
const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { ${RESULT} ... on CreateIntegrationPayload { ${INTEGRATION} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { ${RESULT} ... on UpdateIntegrationPayload { ${INTEGRATION} } } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on Error { code message } ... on TestIntegrationPayload { integration { status { state message } } } } }`;
const READ = `query($id: ID!) { integration(id: $id) { id etag version revisions { totalCount } } }`;

interface Integration {
  id: string;
  etag: string;
  version: number;
  status: { state: string; message: string | null };
  revisions: { totalCount: number; edges: { node: { changedPaths: string[] } }[] };
}
interface Result {
  __typename: string;
  integration?: Integration;
  fieldErrors?: { path: string[]; code: string; message: string }[];
  code?: string;
  message?: string;
}

const mutate = (api: TestApi, document: string, variables: Plain, key?: string) => rootFieldOf<Result>(api, document, variables, key);

async function create(api: TestApi, connector: Connector, config: Config): Promise<Integration> {
  const result = await mutate(api, CREATE, { input: { title: connector.label, config: { [connector.name]: toGraphQLInput(connector.shape, config) } } });
  if (result.__typename !== 'CreateIntegrationPayload') throw new Error(`create ${connector.name}: ${JSON.stringify(result)}`);
  return result.integration!;
}

const update = (api: TestApi, connector: Connector, id: string, config: Config) =>
  mutate(api, UPDATE, { id, input: { config: { [connector.name]: toGraphQLInput(connector.shape, config) } } });

async function read(api: TestApi, id: string) {
  return (await api.request<{ integration: Plain }, Plain>(READ, { id })).body.data!.integration;
}

/** The config without its secrets (as an update that keeps the stored ones sends it). */
function withoutSecrets(connector: Connector, config: Config): Config {
  return connector.secretPaths.reduce((copy, path) => (valueAt(copy, path.split('.')) === undefined ? copy : withChange(copy, path, undefined)), config);
}

/** The shape node at a dotted path of the config. */
function nodeAt(shape: ShapeNode, path: string): ShapeNode {
  return path.split('.').reduce<ShapeNode>((node, key) => {
    if (node.kind === 'object') return node.fields[key].node;
    if (node.kind === 'oneOf') return node.members[key];
    throw new Error(`no field ${key} in ${path}`);
  }, shape);
}

/** Values that other destinations are written with; the first one the field accepts is used. */
const OTHER_STRINGS = [
  'other-host.example.net',
  'https://other.example.net',
  'https://docs.google.com/spreadsheets/d/OtherSheet1234567/edit',
  'otherbucket42',
  'other-project-42',
  'us-west-2',
  'eu-central-1',
];

/** The example with the destination field changed to a valid other value. */
function changedDestination(connector: Connector, example: Config, field: string): Config {
  const parsed = connector.schema.parse(example) as Plain;
  const current = valueAt(parsed, field.split('.'));
  const node = nodeAt(connector.shape, field);
  const candidates = node.kind === 'boolean' ? [!(current ?? false)] : node.kind === 'int' ? [typeof current === 'number' ? current + 1 : 9000] : OTHER_STRINGS;
  for (const candidate of candidates) {
    if (candidate === current) continue;
    const changed = withChange(example, field, candidate);
    if (connector.schema.safeParse(changed).success) return changed;
  }
  throw new Error(`${connector.name}.${field}: no other valid value to change it to`);
}

/** The rule, stated again: a secret is bound to the destination fields of every object on its path. */
const boundSecrets = (connector: Connector, example: Config, field: string) => {
  const parent = field.split('.').slice(0, -1);
  return connector.secretPaths.filter((path) => valueAt(example, path.split('.')) !== undefined && parent.every((key, i) => path.split('.')[i] === key));
};

describe('secrets bound to their destination: every connector, every destination field', () => {
  it('declares every field named like a destination (host, port, URLs, endpoints, buckets, TLS and tunnel switches) as one', () => {
    const named = /^(host|port|baseUrl|tokenHost|uri|endpoint|bucketName|bucketRegion|storageAccountName|containerName|projectId|disableSsl|useSshTunnel)$/;
    const missing: string[] = [];
    const visit = (connector: Connector, node: ShapeNode, prefix: string[]) => {
      if (node.kind === 'oneOf') for (const [key, member] of Object.entries(node.members)) visit(connector, member, [...prefix, key]);
      if (node.kind !== 'object') return;
      const hasSecretBelow = JSON.stringify(node).includes('"kind":"secret"');
      for (const [key, field] of Object.entries(node.fields)) {
        const path = [...prefix, key].join('.');
        // A staging bucket beside the credentials (athena, bigquery, iceberg's buckets) binds no secret by the rule.
        if (named.test(key) && !field.destination && (prefix.length === 0 || hasSecretBelow)) missing.push(`${connector.name}.${path}`);
        visit(connector, field.node, [...prefix, key]);
      }
    };
    for (const connector of connectors) visit(connector, connector.shape, []);
    expect(missing).toEqual([]);
    // Each connector's derived bindings follow the rule as stated in this file.
    for (const connector of connectors) {
      for (const field of connector.destinations.fields) {
        const parent = field.split('.').slice(0, -1);
        const expected = connector.secretPaths.filter((path) => parent.every((key, i) => path.split('.')[i] === key));
        const bound = Object.keys(connector.destinations.bySecret).filter((path) => connector.destinations.bySecret[path].includes(field));
        expect(bound.sort(), `${connector.name}.${field}`).toEqual(expected.sort());
      }
    }
  });

  for (const connector of connectors) {
    it(`${connector.name}: an update changing a destination field without the bound secrets is refused at each secret and changes nothing; with them it is applied`, async () => {
      const api = await startTestApi(database());
      const examples = connectorExamples[connector.name as keyof typeof connectorExamples].valid;
      for (const field of connector.destinations.fields) {
        const parent = field.split('.').slice(0, -1);
        const example = examples.find((e) => parent.length === 0 || typeof valueAt(e, parent) === 'object');
        if (!example) throw new Error(`${connector.name}: no valid example has ${parent.join('.')}`);
        const created = await create(api, connector, example);
        const changed = changedDestination(connector, example, field);
        const expected = boundSecrets(connector, example, field);

        const refused = await update(api, connector, created.id, withoutSecrets(connector, changed));
        if (expected.length === 0) {
          // Nothing is bound to it (googleSheets' host: no secret at all): the update is applied.
          expect(refused.__typename, `${connector.name}.${field}`).toBe('UpdateIntegrationPayload');
          continue;
        }
        expect(refused.__typename, `${connector.name}.${field}: ${JSON.stringify(refused)}`).toBe('ValidationError');
        expect(refused.fieldErrors!.map((e) => e.path.join('.')).sort(), `${connector.name}.${field}`).toEqual(
          expected.map((path) => `config.${connector.name}.${path}`).sort(),
        );
        for (const error of refused.fieldErrors!) {
          expect(error.code).toBe('secret_destination_changed');
          expect(error.message).toMatch(
            new RegExp(`^re-enter: (.*, )?${field.replaceAll('.', '\\.')}(, .*)? changed, and a stored secret is only sent where it was written for`),
          );
        }
        expect(await read(api, created.id)).toMatchObject({ etag: created.etag, version: 1, revisions: { totalCount: 1 } });

        const applied = await update(api, connector, created.id, changed);
        expect(applied.__typename, `${connector.name}.${field}: ${JSON.stringify(applied)}`).toBe('UpdateIntegrationPayload');
        expect(applied.integration!.version).toBe(2);
      }
    });
  }

  it('a stored optional secret bound to a changed field must be sent again or cleared with ""', async () => {
    const api = await startTestApi(database());
    const connector = connectors.find((c) => c.name === 'httpApi')!;
    const config = {
      baseUrl: 'https://api.example.com',
      credentials: { oauth2: { clientId: 'c', clientSecret: secret('client'), tokenHost: 'https://auth.example.com' } },
    };
    const created = await create(api, connector, config);
    const moved = { ...config, credentials: { oauth2: { clientId: 'c', tokenHost: 'https://auth.other.example.net' } } };
    const refused = await update(api, connector, created.id, moved);
    expect(refused.fieldErrors?.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['config.httpApi.credentials.oauth2.clientSecret', 'secret_destination_changed'],
    ]);
    expect(refused.fieldErrors?.[0].message).toMatch(/^re-enter: credentials\.oauth2\.tokenHost changed/);
    const cleared = await update(api, connector, created.id, { ...moved, credentials: { oauth2: { ...moved.credentials.oauth2, clientSecret: '' } } });
    expect(cleared.__typename).toBe('UpdateIntegrationPayload');
    // A change of a field that is no destination (label) keeps the stored secrets as before.
    const kept = await update(api, connector, created.id, { ...moved, label: 'Renamed API' });
    expect(kept).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 3 } });
  });
});

// ---------------------------------------------------------------------------------------------

interface Protocol {
  name: string;
  server: () => Promise<CaptureServer>;
  config: (port: number, password: string, username?: string) => Plain;
  /** What the server records for this password. */
  sent: (password: string) => string;
  secretPath: string[];
}

const protocols: Protocol[] = [
  {
    name: 'HTTP',
    server: httpCaptureServer,
    config: (port, token) => ({ httpApi: { baseUrl: `http://127.0.0.1:${port}`, authorization: { bearer: { token } } } }),
    sent: (token) => `Bearer ${token}`,
    secretPath: ['config', 'httpApi', 'authorization', 'bearer', 'token'],
  },
  {
    name: 'PostgreSQL',
    server: postgresCaptureServer,
    config: (port, password, username = 'loader') => ({
      postgres: { host: '127.0.0.1', port, database: 'app', disableSsl: true, auth: { passwordAuth: { username, password } } },
    }),
    sent: (password) => password,
    secretPath: ['config', 'postgres', 'auth', 'passwordAuth', 'password'],
  },
  {
    name: 'MySQL',
    server: mysqlCaptureServer,
    config: (port, password, username = 'loader') => ({
      mysql: { host: '127.0.0.1', port, writeDatabase: 'app', disableSsl: true, auth: { passwordAuth: { username, password } } },
    }),
    sent: mysqlScramble,
    secretPath: ['config', 'mysql', 'auth', 'passwordAuth', 'password'],
  },
];

/** The config with its one secret left out. */
function withoutPassword(config: Plain): Plain {
  const copy = structuredClone(config);
  const [member] = Object.keys(copy);
  const inner = copy[member] as Plain;
  if ('authorization' in inner) inner.authorization = { bearer: {} };
  else (inner.auth as { passwordAuth: Plain }).passwordAuth = { username: 'loader' };
  return copy;
}

describe('testIntegration sends a secret only where it was written for (loopback capture servers)', () => {
  for (const protocol of protocols) {
    it(`${protocol.name}: a write key moving the destination cannot take the stored secret along; a new secret goes to the new place alone`, async () => {
      const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
      const [a, b] = [await protocol.server(), await protocol.server()];
      const first = secret('first');
      const created = await mutate(api, CREATE, { input: { title: protocol.name, config: protocol.config(a.port, first) } });
      const id = created.integration!.id;
      expect((await mutate(api, TEST, { id })).integration!.status.state).toBe('ERROR');
      expect(a.received).toEqual([protocol.sent(first)]);

      const moved = await mutate(api, UPDATE, { id, input: { config: withoutPassword(protocol.config(b.port, first)) } });
      expect(moved.__typename).toBe('ValidationError');
      expect(moved.fieldErrors!.map((e) => [e.path, e.code])).toEqual([[protocol.secretPath, 'secret_destination_changed']]);
      expect(moved.fieldErrors![0].message).toMatch(/^re-enter: (host, port|port|baseUrl) changed/);
      await mutate(api, TEST, { id });
      expect(b.connections).toBe(0);
      expect(b.received).toEqual([]);

      const second = secret('second');
      const renewed = await mutate(api, UPDATE, { id, input: { config: protocol.config(b.port, second) } });
      expect(renewed).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 2 } });
      await mutate(api, TEST, { id });
      expect(b.received).toEqual([protocol.sent(second)]);
      expect(b.received).not.toContain(protocol.sent(first));
      expect(a.received.every((sent) => sent === protocol.sent(first))).toBe(true);
    });
  }
});

describe('no oracles', () => {
  for (const protocol of protocols.filter((p) => p.name !== 'HTTP')) {
    it(`${protocol.name}: the check message has the same shape whether the username equals the password or not, and is never redacted`, async () => {
      const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
      const server = await protocol.server();
      // Not SECRET-marked: the username is config, which every reader sees, and this one is the password.
      const password = `pw-${randomBytes(6).toString('hex')}`;
      const other = `pw-${randomBytes(6).toString('hex')}`;
      const messages: string[] = [];
      for (const username of [password, other]) {
        const created = await mutate(api, CREATE, { input: { title: 'guess', config: protocol.config(server.port, password, username) } });
        const status = (await mutate(api, TEST, { id: created.integration!.id })).integration!.status;
        expect(status.state).toBe('ERROR');
        expect(status.message).not.toContain('[redacted]');
        messages.push(String(status.message).replaceAll(username, '<user>'));
      }
      expect(messages[0]).toBe(messages[1]);
      expect(messages[0]).toMatch(/<user>.*: check the username and password$/);
    });
  }

  it('HTTP: the check message is ours (the status code with its standard phrase), not the reason phrase the API chose', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 3000 });
    const { createServer } = await import('node:http');
    const token = secret('token');
    const server = createServer((_req, res) => res.writeHead(401, `nope ${token} nope`).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const created = await mutate(api, CREATE, { input: { title: 'api', config: protocols[0].config(port, token) } });
      const status = (await mutate(api, TEST, { id: created.integration!.id })).integration!.status;
      expect(status).toEqual({
        state: 'ERROR',
        message: 'the API answered HTTP 401 Unauthorized: check the credentials in authorization, and that they grant access to baseUrl',
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reportTransfer: read and write keys are PERMISSION_DENIED; a sync key reports, with the secrets scrubbed', async () => {
    const api = await startTestApi(database());
    const password = secret('pg');
    const created = await mutate(api, CREATE, { input: { title: 'pg', config: protocols[1].config(5432, password) } });
    const id = created.integration!.id;
    const REPORT = `mutation($id: ID!, $message: String!) { reportTransfer(integrationId: $id, input: { status: FAILED, isFullRefresh: false, models: ["m"],
      endedAt: "2026-01-01T00:00:00Z", error: { title: "t", blame: CUSTOMER, message: $message } }) { __typename ... on ReportTransferPayload { transfer { error { message } } } } }`;
    for (const key of [api.writeKey, api.readKey]) {
      const denied = await api.request(REPORT, { id, message: `g1|${password}|g3` } as never, { key });
      expect(denied.status).toBe(403);
      expect(denied.body.errors?.[0]).toMatchObject({ extensions: { code: 'PERMISSION_DENIED' }, message: expect.stringMatching(/sync scope/) });
      expect(JSON.stringify(denied.body)).not.toContain(password);
    }
    const reported = await api.request<{ reportTransfer: { transfer: { error: { message: string } } } }, Plain>(
      REPORT,
      { id, message: `g1|${password}|g3` },
      { key: api.syncKey },
    );
    expect(reported.body.data?.reportTransfer.transfer.error.message).toBe('g1|[redacted]|g3');
    // A sync key reads, and changes nothing.
    expect((await api.request(READ, { id } as never, { key: api.syncKey })).body.data).toMatchObject({ integration: { id } });
    const write = await api.request(UPDATE, { id, input: { title: 'x' } } as never, { key: api.syncKey });
    expect(write.status).toBe(403);
    expect(write.body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
    const capabilities = await api.request<{ integration: { capabilities: Plain } }, Plain>(
      'query($id: ID!) { integration(id: $id) { capabilities { canUpdate canTest canReportTransfer } } }',
      { id },
      { key: api.syncKey },
    );
    expect(capabilities.body.data?.integration.capabilities).toEqual({ canUpdate: false, canTest: false, canReportTransfer: true });
  });

  it('re-sending the stored secret is a rewrite exactly like a new value: new etag, version and secret time, the path changed', async () => {
    const api = await startTestApi(database());
    const password = secret('pg');
    const config = protocols[1].config(5432, password);
    const created = await mutate(api, CREATE, { input: { title: 'pg', config } });
    const id = created.integration!.id;
    const secretTime = async () =>
      (
        await api.request<{ integration: { config: { auth: { password: { updatedAt: string } } } } }, Plain>(
          'query($id: ID!) { integration(id: $id) { config { ... on PostgresConfig { auth { ... on PasswordAuth { password { updatedAt } } } } } } }',
          { id },
        )
      ).body.data!.integration.config.auth.password.updatedAt;
    const shape = async (input: Plain, before: Integration) => {
      const timeBefore = await secretTime();
      const result = await mutate(api, UPDATE, { id, input });
      return {
        type: result.__typename,
        versionStep: result.integration!.version - before.version,
        newEtag: result.integration!.etag !== before.etag,
        newSecretTime: (await secretTime()) !== timeBefore,
        changedPaths: result.integration!.revisions.edges[0].node.changedPaths,
      };
    };
    const same = await shape({ config }, created.integration!);
    const afterSame = (await mutate(api, UPDATE, { id, input: {} })).integration!;
    const different = await shape({ config: protocols[1].config(5432, secret('other')) }, afterSame);
    expect(same).toEqual({
      type: 'UpdateIntegrationPayload',
      versionStep: 1,
      newEtag: true,
      newSecretTime: true,
      changedPaths: ['config.auth.passwordAuth.password'],
    });
    expect(different).toEqual(same);
  });
});
