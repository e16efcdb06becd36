// testIntegration: real, time-bounded connection checks against the machine's PostgreSQL and
// MariaDB and an HTTP server started here on loopback; the outcome becomes Integration.status
// without changing the etag. Where a database server is absent, its tests are skipped with a
// visible warning. Secret values start with SECRET- so the global log scan would catch a leak.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { localMariadbAnswers, localPostgresAnswers } from './helpers/local-servers.js';
import { freePort, startServerProcess } from './helpers/processes.js';

const database = useTestDatabase();
/** A short check timeout, so the timeout cases are quick; elapsed time is asserted against it. */
const TIMEOUT_MS = 1500;
const MARGIN_MS = 1000;
const secret = (name: string) => `SECRET-${name}-${randomBytes(6).toString('hex')}`;

// A plain string (not a codegen document): the answers are read through the Tested type below.
const TestIntegration = `
  mutation TestIt($id: ID!) {
    testIntegration(id: $id) {
      __typename
      ... on TestIntegrationPayload {
        integration { id etag version updatedAt status { state message checkedAt } capabilities { canTest } revisions { totalCount } }
      }
      ... on Error { code message }
    }
  }
`;

interface Tested {
  __typename: string;
  code?: string;
  message?: string;
  integration?: {
    id: string;
    etag: string;
    version: number;
    updatedAt: string;
    status: { state: string; message: string | null; checkedAt: string | null };
    capabilities: { canTest: boolean };
    revisions: { totalCount: number };
  };
}

async function create(api: TestApi, config: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const response = await api.request(
    `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { __typename
      ... on CreateIntegrationPayload { integration { id etag version status { state } capabilities { canTest } } }
      ... on Error { message } } }`,
    { input: { title: 'Checked', config, ...extra } } as never,
  );
  const result = (
    response.body.data as {
      createIntegration: {
        __typename: string;
        integration: { id: string; etag: string; version: number; status: { state: string }; capabilities: { canTest: boolean } };
      };
    }
  ).createIntegration;
  if (result.__typename !== 'CreateIntegrationPayload') throw new Error(`create failed: ${JSON.stringify(response.body)}`);
  return result.integration;
}

async function testIt(api: TestApi, id: string, key?: string) {
  const started = performance.now();
  const response = await api.request(TestIntegration, { id } as never, key ? { key } : undefined);
  const elapsedMs = performance.now() - started;
  return { response, elapsedMs, result: (response.body.data as { testIntegration: Tested } | null)?.testIntegration };
}

/** Tests an integration and asserts the answer is a payload whose etag, version and revisions did not move. */
async function check(api: TestApi, created: { id: string; etag: string; version: number }, secrets: string[] = []) {
  const { response, elapsedMs, result } = await testIt(api, created.id);
  expect(result?.__typename, JSON.stringify(response.body)).toBe('TestIntegrationPayload');
  const integration = result!.integration!;
  expect(integration).toMatchObject({ etag: created.etag, version: created.version, revisions: { totalCount: 1 } });
  for (const value of secrets) expect(JSON.stringify(response.body)).not.toContain(value);
  return { status: integration.status, elapsedMs, integration };
}

const startApi = () => startTestApi(database(), { connectionCheckTimeoutMs: TIMEOUT_MS });

/** A TCP server that accepts connections and never says a word: every client waits until its timeout. */
async function silentServer(): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return (server.address() as { port: number }).port;
}

async function httpServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const requests: IncomingMessage[] = [];
  const server = createHttpServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  return { baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests };
}

// ---------------------------------------------------------------------------------------------
// The machine's servers: PostgreSQL on 127.0.0.1:5432 (trust auth) and MariaDB on 127.0.0.1:3306.

const postgresUp = await localPostgresAnswers();
const mariadbUp = await localMariadbAnswers();
if (!postgresUp) console.warn('SKIPPED: no PostgreSQL answers on 127.0.0.1:5432; the PostgreSQL connection checks are not run.');
if (!mariadbUp) console.warn('SKIPPED: no MariaDB answers on 127.0.0.1:3306 (root, no password); the MySQL connection checks are not run.');

// The shared PostgreSQL trusts every local connection, so any password works there and a wrong
// password cannot be shown on it. For that case a private PostgreSQL with scram-sha-256
// authentication is started (as the postgres user, like the database-fault tests) and removed
// afterwards; where that is impossible the case is skipped with a warning. A role that does not
// exist is shown on the shared server as well.
const PG_BIN = '/usr/lib/postgresql/15/bin';
const canStartPrivatePostgres = process.getuid?.() === 0 && existsSync(`${PG_BIN}/initdb`);
if (!canStartPrivatePostgres)
  console.warn(`SKIPPED: cannot start a private PostgreSQL (needs root and ${PG_BIN}); the wrong-password case for PostgreSQL is not run.`);

const privatePostgres = { port: 0, password: secret('pg-superuser'), dir: '' };
beforeAll(async () => {
  if (!canStartPrivatePostgres) return;
  privatePostgres.dir = mkdtempSync(join(tmpdir(), 'igw-check-pg-'));
  const pwfile = join(privatePostgres.dir, 'pwfile');
  writeFileSync(pwfile, `${privatePostgres.password}\n`);
  const pgUser = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  chownSync(privatePostgres.dir, pgUser, pgUser);
  chownSync(pwfile, pgUser, pgUser);
  privatePostgres.port = await freePort();
  const asPostgres = (args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'pipe' });
  asPostgres([`${PG_BIN}/initdb`, '-D', `${privatePostgres.dir}/data`, '-A', 'scram-sha-256', '-U', 'postgres', `--pwfile=${pwfile}`]);
  asPostgres([
    `${PG_BIN}/pg_ctl`,
    '-D',
    `${privatePostgres.dir}/data`,
    '-o',
    `-p ${privatePostgres.port} -k ${privatePostgres.dir} -c listen_addresses=127.0.0.1`,
    '-l',
    `${privatePostgres.dir}/log`,
    '-w',
    'start',
  ]);
}, 60_000);
afterAll(() => {
  if (!privatePostgres.dir) return;
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', `${PG_BIN}/pg_ctl`, '-D', `${privatePostgres.dir}/data`, '-m', 'fast', '-w', 'stop'], { stdio: 'pipe' });
  } finally {
    rmSync(privatePostgres.dir, { recursive: true, force: true });
  }
});

const postgresConfig = (over: Record<string, unknown> = {}, password = secret('pg')) => ({
  postgres: {
    host: '127.0.0.1',
    port: 5432,
    database: 'postgres',
    disableSsl: true,
    auth: { passwordAuth: { username: 'postgres', password } },
    ...over,
  },
});

describe('testIntegration on PostgreSQL', () => {
  it.skipIf(!postgresUp)('is HEALTHY with a good config, and changes neither the etag nor the version nor the revisions', async () => {
    const api = await startApi();
    const password = secret('pg-trusted');
    const created = await create(api, postgresConfig({}, password));
    expect(created).toMatchObject({ status: { state: 'UNKNOWN' }, capabilities: { canTest: true } });
    const before = Date.now();
    const { status, integration } = await check(api, created, [password]);
    expect(status).toMatchObject({ state: 'HEALTHY', message: null });
    expect(new Date(status.checkedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // A read shows the recorded status, with the same etag.
    const read = await api.request(`query($id: ID!) { integration(id: $id) { etag updatedAt status { state checkedAt } } }`, { id: created.id } as never);
    expect((read.body.data as { integration: unknown }).integration).toEqual({
      etag: created.etag,
      updatedAt: integration.updatedAt,
      status: { state: 'HEALTHY', checkedAt: status.checkedAt },
    });
  });

  it.skipIf(!canStartPrivatePostgres)('is ERROR for a wrong password, saying what to check and never quoting the password', async () => {
    const api = await startApi();
    const wrong = secret('pg-wrong');
    const created = await create(api, postgresConfig({ port: privatePostgres.port }, wrong));
    const { status } = await check(api, created, [wrong]);
    expect(status.state).toBe('ERROR');
    expect(status.message).toBe('password authentication failed for user "postgres": check the username and password');
    // The right password on the same server is HEALTHY, so it was the password that failed.
    const right = await create(api, postgresConfig({ port: privatePostgres.port }, privatePostgres.password));
    expect((await check(api, right, [privatePostgres.password])).status.state).toBe('HEALTHY');
  });

  it.skipIf(!postgresUp)('is ERROR for a role or a database that does not exist (the shared server trusts every password)', async () => {
    const api = await startApi();
    const password = secret('pg');
    const noRole = await create(api, postgresConfig({ auth: { passwordAuth: { username: 'no_such_role_igw', password } } }, password));
    const role = await check(api, noRole, [password]);
    expect(role.status.state).toBe('ERROR');
    // Our words with the configured user, never the server's text (which quoted the role).
    expect(role.status.message).toMatch(/^the server refused user "no_such_role_igw" \(SQLSTATE 28000\): check the username/);
    const noDb = await create(api, postgresConfig({ database: 'no_such_db_igw' }));
    expect((await check(api, noDb)).status).toMatchObject({
      state: 'ERROR',
      message: 'database "no_such_db_igw" does not exist: check the database name',
    });
  });

  it.skipIf(!postgresUp)('asks for TLS unless disableSsl, and says so when the server has none', async () => {
    const api = await startApi();
    const created = await create(api, postgresConfig({ disableSsl: false }));
    const { status } = await check(api, created);
    expect(status.state).toBe('ERROR');
    expect(status.message).toMatch(/does not support TLS: enable TLS on the server, or set disableSsl/);
  });

  it('is ERROR for a closed port, and for a silent server within the timeout', async () => {
    const api = await startApi();
    const closed = await create(api, postgresConfig({ port: await freePort() }));
    const refused = await check(api, closed);
    expect(refused.status.state).toBe('ERROR');
    expect(refused.status.message).toMatch(/^connection refused by 127\.0\.0\.1:\d+: check the host and port/);

    const silent = await create(api, postgresConfig({ port: await silentServer() }));
    const timedOut = await check(api, silent);
    expect(timedOut.status).toMatchObject({ state: 'ERROR', message: `connection timed out after ${TIMEOUT_MS} ms: check host, port and firewall` });
    expect(timedOut.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(timedOut.elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });

  it('uses the shorter of the service timeout and the config connectionTimeoutInSeconds', async () => {
    const api = await startTestApi(database(), { connectionCheckTimeoutMs: 60_000 });
    const silent = await create(api, postgresConfig({ port: await silentServer(), connectionTimeoutInSeconds: 1 }));
    const timedOut = await check(api, silent);
    expect(timedOut.status.message).toBe('connection timed out after 1000 ms: check host, port and firewall');
    expect(timedOut.elapsedMs).toBeLessThan(1000 + MARGIN_MS);
  });
});

describe('testIntegration on MySQL-compatible databases (MariaDB)', () => {
  const user = `igw_check_${randomBytes(4).toString('hex')}`;
  const password = secret('mysql');
  beforeAll(async () => {
    if (!mariadbUp) return;
    const root = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
    for (const host of ['localhost', '127.0.0.1', '%']) {
      await root.query(`create user if not exists '${user}'@'${host}' identified by '${password}'`);
    }
    await root.end();
  });
  afterAll(async () => {
    if (!mariadbUp) return;
    const root = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root' });
    for (const host of ['localhost', '127.0.0.1', '%']) await root.query(`drop user if exists '${user}'@'${host}'`);
    await root.end();
  });
  const mysqlConfig = (member: string, over: Record<string, unknown> = {}, pass = password) => ({
    [member]: {
      host: '127.0.0.1',
      port: 3306,
      writeDatabase: 'information_schema',
      disableSsl: true,
      auth: { passwordAuth: { username: user, password: pass } },
      ...over,
    },
  });

  it.skipIf(!mariadbUp)('is HEALTHY with a good config for every MySQL-compatible connector', async () => {
    const api = await startApi();
    for (const member of ['mysql', 'auroraMysql', 'planetscale', 'singlestore']) {
      const created = await create(api, mysqlConfig(member));
      expect(created.capabilities.canTest).toBe(true);
      expect((await check(api, created, [password])).status, member).toMatchObject({ state: 'HEALTHY', message: null });
    }
  });

  it.skipIf(!mariadbUp)('is ERROR for a wrong password, saying what to check and never quoting the password', async () => {
    const api = await startApi();
    const wrong = secret('mysql-wrong');
    const created = await create(api, mysqlConfig('mysql', {}, wrong));
    const { status } = await check(api, created, [wrong, password]);
    expect(status.state).toBe('ERROR');
    // Our words with the configured user and the error number, never the server's text.
    expect(status.message).toBe(`access denied for user "${user}" (MySQL error 1045): check the username and password`);
  });

  it.skipIf(!mariadbUp)('is ERROR for an unknown database, and when TLS is asked of a server without it', async () => {
    const api = await startApi();
    const noDb = await create(api, mysqlConfig('mysql', { connectionDatabase: 'no_such_db_igw' }));
    expect((await check(api, noDb)).status.message).toMatch(/no_such_db_igw.*: (check the database name|grant the user access)/);
    const tls = await create(api, mysqlConfig('mysql', { disableSsl: false }));
    expect((await check(api, tls)).status.message).toMatch(/does not support TLS: enable TLS on the server, or set disableSsl/);
  });

  it('is ERROR for a closed port, and for a silent server within the timeout', async () => {
    const api = await startApi();
    const refused = await check(api, await create(api, mysqlConfig('mysql', { port: await freePort() })));
    expect(refused.status.message).toMatch(/^connection refused by 127\.0\.0\.1:\d+/);
    const timedOut = await check(api, await create(api, mysqlConfig('singlestore', { port: await silentServer() })));
    expect(timedOut.status).toMatchObject({ state: 'ERROR', message: `connection timed out after ${TIMEOUT_MS} ms: check host, port and firewall` });
    expect(timedOut.elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });
});

describe('testIntegration on an HTTP API', () => {
  const token = secret('http-token');
  const httpConfig = (baseUrl: string, authorization: Record<string, unknown> = { bearer: { token } }) => ({
    httpApi: { baseUrl, headers: { Accept: 'application/json' }, query: { probe: '1' }, authorization },
  });
  const guarded = () =>
    httpServer((req, res) => {
      const ok =
        req.headers.authorization === `Bearer ${token}` ||
        req.headers.authorization === `Basic ${Buffer.from(`ana:${token}`).toString('base64')}` ||
        req.headers['x-token'] === token;
      res.writeHead(ok ? 200 : 401).end(ok ? '{"ok":true}' : '{"error":"unauthorized"}');
    });

  it('is HEALTHY when the API accepts the configured authorization (bearer, basic, API key header)', async () => {
    const api = await startApi();
    const server = await guarded();
    for (const authorization of [{ bearer: { token } }, { basic: { username: 'ana', password: token } }, { apiKey: { headerName: 'X-Token', key: token } }]) {
      const created = await create(api, httpConfig(server.baseUrl, authorization));
      expect((await check(api, created, [token])).status, JSON.stringify(Object.keys(authorization))).toMatchObject({ state: 'HEALTHY', message: null });
    }
    expect(server.requests.map((r) => r.url)).toEqual(['/?probe=1', '/?probe=1', '/?probe=1']);
    expect(server.requests[0].headers.accept).toBe('application/json');
  });

  it('is ERROR with the status code when the API refuses the credentials, never quoting them', async () => {
    const api = await startApi();
    const server = await guarded();
    const wrong = secret('http-wrong');
    const created = await create(api, httpConfig(server.baseUrl, { bearer: { token: wrong } }));
    const { status } = await check(api, created, [wrong]);
    expect(status).toMatchObject({
      state: 'ERROR',
      message: 'the API answered HTTP 401 Unauthorized: check the credentials in authorization, and that they grant access to baseUrl',
    });
  });

  it('counts a redirect as healthy without following it', async () => {
    const api = await startApi();
    const server = await httpServer((req, res) => {
      if (req.url?.startsWith('/login')) res.writeHead(500).end();
      else res.writeHead(302, { location: '/login' }).end();
    });
    expect((await check(api, await create(api, httpConfig(server.baseUrl)))).status.state).toBe('HEALTHY');
    expect(server.requests).toHaveLength(1);
  });

  it('is ERROR within the timeout when the API does not answer, and for a closed port', async () => {
    const api = await startApi();
    const silent = await check(api, await create(api, httpConfig(`http://127.0.0.1:${await silentServer()}`)));
    expect(silent.status).toMatchObject({
      state: 'ERROR',
      message: `connection timed out after ${TIMEOUT_MS} ms: check baseUrl, and that the API is reachable from the gateway`,
    });
    expect(silent.elapsedMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    const closed = await check(api, await create(api, httpConfig(`http://127.0.0.1:${await freePort()}`)));
    expect(closed.status.message).toMatch(/^connection refused by 127\.0\.0\.1:\d+/);
  });
});

describe('testIntegration: states, capabilities, permissions, isolation', () => {
  const snowflake = {
    snowflake: {
      host: 'xy12345.eu-west-1.snowflakecomputing.com',
      username: 'LOADER',
      database: 'ANALYTICS',
      schema: 'PUBLIC',
      warehouse: 'LOADING',
      auth: { keyPairAuth: { privateKey: `-----BEGIN PRIVATE KEY-----\n${secret('snowflake')}\n-----END PRIVATE KEY-----\n` } },
    },
  };

  it('is UNKNOWN with "no live check for this connector yet" for connectors without a check, which cannot be tested', async () => {
    const api = await startApi();
    const created = await create(api, snowflake);
    expect(created.capabilities.canTest).toBe(false);
    const { status, integration } = await check(api, created);
    expect(status.state).toBe('UNKNOWN');
    expect(status.message).toBe('no live check for this connector yet');
    expect(status.checkedAt).not.toBeNull();
    expect(integration.capabilities.canTest).toBe(false);
  });

  it('does not test a disabled integration: DISABLED, nothing contacted, canTest false', async () => {
    const api = await startApi();
    const server = await httpServer((_req, res) => res.writeHead(200).end());
    const created = await create(api, { httpApi: { baseUrl: server.baseUrl } }, { disabled: true });
    expect(created.capabilities.canTest).toBe(false);
    const { status } = await check(api, created);
    expect(status).toEqual({ state: 'DISABLED', message: null, checkedAt: null });
    expect(server.requests).toHaveLength(0);
  });

  it('says UNKNOWN, and canTest false, for a database reached through an SSH tunnel', async () => {
    const api = await startApi();
    const created = await create(api, postgresConfig({ useSshTunnel: true }));
    expect(created.capabilities.canTest).toBe(false);
    expect((await check(api, created)).status).toMatchObject({ state: 'UNKNOWN', message: expect.stringContaining('SSH tunnel') });
  });

  it('needs the write scope: a read key gets PERMISSION_DENIED and canTest false', async () => {
    const api = await startApi();
    const created = await create(api, postgresConfig());
    const { response } = await testIt(api, created.id, api.readKey);
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0].extensions?.code).toBe('PERMISSION_DENIED');
    const read = await api.request(`query($id: ID!) { integration(id: $id) { capabilities { canTest } status { state } } }`, { id: created.id } as never, {
      key: api.readKey,
    });
    expect((read.body.data as { integration: unknown }).integration).toEqual({ capabilities: { canTest: false }, status: { state: 'UNKNOWN' } });
  });

  it("answers NotFoundError for another tenant's integration exactly as for a missing id", async () => {
    const api = await startApi();
    const created = await create(api, postgresConfig());
    const other = await api.otherTenant();
    const onTheirs = await testIt(api, created.id, other.writeKey);
    const onMissing = await testIt(api, 'int_0123456789abcdef0123456789abcdef', other.writeKey);
    expect(onTheirs.result).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: onMissing.result?.message });
    expect(onMissing.result?.__typename).toBe('NotFoundError');
    expect((await testIt(api, 'not-an-id')).result?.__typename).toBe('NotFoundError');
  });

  it('shares the status with transfer reports: the newer observation wins', async () => {
    const api = await startApi();
    const server = await httpServer((_req, res) => res.writeHead(204).end());
    const created = await create(api, { httpApi: { baseUrl: server.baseUrl } });
    const report = (endedAt: Date) =>
      api.request(
        `mutation($id: ID!, $endedAt: DateTime!) { reportTransfer(integrationId: $id, input: { status: FAILED, isFullRefresh: false, models: ["m"], endedAt: $endedAt, error: { title: "Load failed", blame: CUSTOMER } }) { __typename } }`,
        { id: created.id, endedAt: endedAt.toISOString() } as never,
        { key: api.syncKey },
      );
    const status = async () =>
      (
        (await api.request(`query($id: ID!) { integration(id: $id) { status { state message } } }`, { id: created.id } as never)).body.data as {
          integration: { status: { state: string; message: string | null } };
        }
      ).integration.status;

    await report(new Date(Date.now() - 60_000));
    expect(await status()).toEqual({ state: 'ERROR', message: 'Load failed' });
    expect((await check(api, created)).status.state).toBe('HEALTHY');
    await report(new Date(Date.now() - 30_000)); // ended before the check: the check is newer
    expect((await status()).state).toBe('HEALTHY');
    await report(new Date(Date.now() + 1000)); // ended after it
    expect(await status()).toEqual({ state: 'ERROR', message: 'Load failed' });
  });
});

describe('testIntegration: what it records', () => {
  it('does not let "no live check" hide what a transfer observed', async () => {
    const api = await startApi();
    const created = await create(api, {
      s3: { bucketName: 'my-bucket', bucketRegion: 'us-east-1', awsAccessKeys: { accessId: 'AKIAX', secretKey: secret('s3') } },
    });
    await api.request(
      `mutation($id: ID!) { reportTransfer(integrationId: $id, input: { status: FAILED, isFullRefresh: false, models: ["m"], endedAt: "2026-01-01T00:00:00Z", error: { title: "Access denied", blame: CUSTOMER } }) { __typename } }`,
      { id: created.id } as never,
      { key: api.syncKey },
    );
    const { status } = await check(api, created);
    expect(status).toMatchObject({ state: 'ERROR', message: 'Access denied', checkedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('does not record the outcome when the integration changed while the check ran', async () => {
    const api = await startApi();
    let arrived!: () => void;
    const checkArrived = new Promise<void>((resolve) => (arrived = resolve));
    let answer!: () => void;
    const server = await httpServer((_req, res) => {
      answer = () => res.writeHead(200).end();
      arrived();
    });
    const created = await create(api, { httpApi: { baseUrl: server.baseUrl } });
    const inFlight = testIt(api, created.id);
    await checkArrived;
    const updated = await api.request(
      `mutation($id: ID!) { updateIntegration(id: $id, input: { title: "Renamed" }) { ... on UpdateIntegrationPayload { integration { etag version } } } }`,
      { id: created.id } as never,
    );
    const after = (updated.body.data as { updateIntegration: { integration: { etag: string; version: number } } }).updateIntegration.integration;
    answer();
    const { result } = await inFlight;
    // The check tested the config as it was; the answer is the integration as it is now, unchecked.
    expect(result?.integration).toMatchObject({ etag: after.etag, version: 2, status: { state: 'UNKNOWN', checkedAt: null } });
  });
});

describe('graceful shutdown during testIntegration', () => {
  it('answers a slow check in flight after SIGTERM (HTTP 200, HEALTHY), then exits 0', async () => {
    let arrived!: () => void;
    const checkArrived = new Promise<void>((resolve) => (arrived = resolve));
    const slow = await httpServer((_req, res) => {
      arrived();
      setTimeout(() => res.writeHead(200).end('ok'), 1500);
    });
    const dataDir = mkdtempSync(join(tmpdir(), 'igw-shutdown-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const server = await startServerProcess(
      { DATA_DIR: dataDir, DATABASE_URL: '', SECRETS_KEY: '', LOG_LEVEL: 'warn', CONNECTION_CHECK_TIMEOUT_MS: '5000' },
      port,
    );
    // startServerProcess waits 15 s at most; a first start (initdb) on a busy machine can take longer.
    for (let i = 0; i < 600 && !/igw_write_/.test(server.output()); i++) await new Promise((r) => setTimeout(r, 100));
    const key = /igw_write_[A-Za-z0-9_-]{43}/.exec(server.output())?.[0];
    expect(key, server.output()).toBeDefined();
    const post = (query: string, variables: Record<string, unknown>) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
    const created = await (
      await post(
        'mutation($url: String!) { createIntegration(input: { title: "Slow API", config: { httpApi: { baseUrl: $url } } }) { ... on CreateIntegrationPayload { integration { id } } } }',
        { url: slow.baseUrl },
      )
    ).json();
    const id = created.data.createIntegration.integration.id;

    const inFlight = post(TestIntegration, { id });
    await checkArrived; // the check is under way inside the server
    const exited = server.stop(); // SIGTERM
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.testIntegration.integration.status.state).toBe('HEALTHY');
    expect(await exited).toBe(0);
  }, 120_000);
});
