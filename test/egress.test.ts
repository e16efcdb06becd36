// CONNECTION_CHECK_DENY: the deny list's forms, and testIntegration refusing denied addresses
// before any connection (counted on servers started here on loopback), connecting only to the
// address it checked and keeping the hostname for TLS. Real network, real database servers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, get as httpGet } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, TLSSocket } from 'node:tls';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { type EgressDenyList, isDenied, parseEgressDenyList, pinnedLookup } from '../src/checks/egress.js';
import { httpApiCheck } from '../src/checks/http-api.check.js';
import { mysqlCheck } from '../src/checks/mysql.check.js';
import { postgresCheck } from '../src/checks/postgres.check.js';
import { loadConfig } from '../src/config.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { selfSignedCertificate } from './helpers/certificates.js';
import { useTestDatabase } from './helpers/database.js';
import { localPostgresAnswers } from './helpers/local-servers.js';

const database = useTestDatabase();
const TIMEOUT_MS = 1500;
const secret = (name: string) => `SECRET-${name}-${randomBytes(6).toString('hex')}`;
const DENIED =
  /^the gateway does not connect to (\S+) \(([^)]+)\): the address is in CONNECTION_CHECK_DENY; use a host the gateway may reach, or ask the operator to allow it$/;

function denyList(text: string): EgressDenyList {
  const parsed = parseEgressDenyList(text);
  if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
  return parsed.denyList;
}

describe('CONNECTION_CHECK_DENY', () => {
  it('denies link-local and cloud metadata by default, and allows loopback and private ranges', () => {
    const list = loadConfig({}).CONNECTION_CHECK_DENY;
    expect(list.entries).toEqual(['link-local']);
    for (const address of ['169.254.169.254', '169.254.0.1', 'fe80::1', 'fd00:ec2::254', '100.100.100.200', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe']) {
      expect(isDenied(list, address), address).toBe(true);
    }
    for (const address of ['127.0.0.1', '::1', '10.1.2.3', '192.168.1.1', '172.16.0.1', 'fd00::1', '8.8.8.8', '2001:db8::1']) {
      expect(isDenied(list, address), address).toBe(false);
    }
  });

  it('denies each keyword’s ranges, IPv4-mapped IPv6 addresses included', () => {
    const loopback = denyList('loopback');
    for (const address of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '0.0.0.0', '::']) expect(isDenied(loopback, address), address).toBe(true);
    expect(isDenied(loopback, '128.0.0.1')).toBe(false);
    const privateRanges = denyList('private');
    for (const address of ['10.0.0.1', '172.31.255.255', '192.168.0.1', '100.64.0.1', 'fc00::1', 'fdff::1', '::ffff:10.0.0.1']) {
      expect(isDenied(privateRanges, address), address).toBe(true);
    }
    for (const address of ['172.32.0.1', '100.128.0.1', '127.0.0.1', '169.254.169.254']) expect(isDenied(privateRanges, address), address).toBe(false);
  });

  it('takes addresses and CIDRs of both families, with spaces and any case, and "none" alone', () => {
    const list = denyList(' 203.0.113.7 , 198.51.100.0/24,2001:db8::/32, LOOPBACK ,');
    expect(list.entries).toEqual(['203.0.113.7', '198.51.100.0/24', '2001:db8::/32', 'LOOPBACK']);
    for (const address of ['203.0.113.7', '198.51.100.200', '::ffff:198.51.100.1', '2001:db8:1::5', '127.0.0.1'])
      expect(isDenied(list, address), address).toBe(true);
    for (const address of ['203.0.113.8', '198.51.101.1', '2001:db9::1']) expect(isDenied(list, address), address).toBe(false);
    const none = loadConfig({ CONNECTION_CHECK_DENY: 'none' }).CONNECTION_CHECK_DENY;
    expect(isDenied(none, '169.254.169.254')).toBe(false);
    // Anything that is not an IP address is denied: a check connects to addresses, never to names.
    expect(isDenied(none, 'metadata.google.internal')).toBe(true);
  });

  it('stops the start on an invalid entry, naming it and the accepted forms', () => {
    for (const bad of ['10.0.0.0/33', 'fc00::/129', '10.0.0.0/8/1', '10.0.0.0/x', '256.1.1.1', 'localhost', 'link_local']) {
      expect(() => loadConfig({ CONNECTION_CHECK_DENY: `loopback,${bad}` }), bad).toThrow(
        `CONNECTION_CHECK_DENY: "${bad}" is not an IPv4 or IPv6 address, a CIDR (10.0.0.0/8, fc00::/7), or one of link-local, loopback, private, none (none alone)`,
      );
    }
    expect(() => loadConfig({ CONNECTION_CHECK_DENY: 'none,private' })).toThrow(/CONNECTION_CHECK_DENY: "none" denies nothing and must stand alone/);
  });
});

describe('pinnedLookup', () => {
  it('answers with the checked addresses whatever name is asked, so a second DNS answer cannot redirect', async () => {
    const server = await countingHttpServer();
    const status = await new Promise<number>((resolve, reject) =>
      httpGet({ host: 'rebound.invalid', port: server.port, agent: false, lookup: pinnedLookup([{ address: '127.0.0.1', family: 4 }]) }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject),
    );
    expect(status).toBe(200);
    expect(server.hosts).toEqual([`rebound.invalid:${server.port}`]);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the GraphQL API.

const TestIntegration = `mutation($id: ID!) { testIntegration(id: $id) { __typename
  ... on TestIntegrationPayload { integration { status { state message } } } } }`;

async function create(api: TestApi, config: Record<string, unknown>): Promise<string> {
  const response = await api.request(
    `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { __typename
      ... on CreateIntegrationPayload { integration { id } } ... on Error { message } } }`,
    { input: { title: 'Egress', config } } as never,
  );
  const result = (response.body.data as { createIntegration: { __typename: string; integration?: { id: string } } }).createIntegration;
  if (!result.integration) throw new Error(`create failed: ${JSON.stringify(response.body)}`);
  return result.integration.id;
}

/** Creates and tests an integration; the status it answers, and how long the test took. */
async function statusOf(api: TestApi, config: Record<string, unknown>) {
  const id = await create(api, config);
  const started = performance.now();
  const response = await api.request(TestIntegration, { id } as never);
  const elapsedMs = performance.now() - started;
  const result = (response.body.data as { testIntegration: { __typename: string; integration?: { status: { state: string; message: string | null } } } })
    .testIntegration;
  expect(result.__typename, JSON.stringify(response.body)).toBe('TestIntegrationPayload');
  return { ...result.integration!.status, elapsedMs };
}

/** A TCP server on loopback that counts connections and closes each at once. */
async function countingTcpServer() {
  const counted = { port: 0, connections: 0 };
  const server = createTcpServer((socket) => {
    counted.connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => void server.close());
  counted.port = (server.address() as { port: number }).port;
  return counted;
}

/** An HTTP server on loopback answering 200, counting TCP connections and noting Host headers. */
async function countingHttpServer() {
  const counted = { port: 0, connections: 0, hosts: [] as (string | undefined)[] };
  const server = createHttpServer((req, res) => {
    counted.hosts.push(req.headers.host);
    res.writeHead(200).end('ok');
  });
  server.on('connection', () => counted.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  counted.port = (server.address() as { port: number }).port;
  return counted;
}

const postgresConfig = (host: string, port: number, over: Record<string, unknown> = {}) => ({
  postgres: { host, port, database: 'postgres', disableSsl: true, auth: { passwordAuth: { username: 'postgres', password: secret('pg') } }, ...over },
});
const mysqlConfig = (host: string, port: number) => ({
  mysql: { host, port, writeDatabase: 'information_schema', disableSsl: true, auth: { passwordAuth: { username: 'root', password: secret('mysql') } } },
});
const httpConfig = (baseUrl: string) => ({ httpApi: { baseUrl, authorization: { bearer: { token: secret('http') } } } });

const postgresUp = await localPostgresAnswers();
if (!postgresUp) console.warn('SKIPPED: no PostgreSQL answers on 127.0.0.1:5432; the egress checks against it are not run.');

// Each client is handed the checked addresses and a host that no resolver knows: it can only
// reach the server through the pinned addresses, never by resolving the name itself.
describe('each check connects to the checked addresses only', () => {
  const context = () => ({ timeoutMs: TIMEOUT_MS, signal: new AbortController().signal, addresses: [{ address: '127.0.0.1', family: 4 as const }] });

  it.skipIf(!postgresUp)('PostgreSQL (pg)', async () => {
    const config = postgresConfig('db.pinned.invalid', 5432).postgres;
    expect(await postgresCheck.run(config, context())).toEqual({ state: 'HEALTHY', message: null });
  });

  it('MySQL (mysql2) and an HTTP API', async () => {
    const tcp = await countingTcpServer();
    await mysqlCheck.run(mysqlConfig('db.pinned.invalid', tcp.port).mysql, context());
    expect(tcp.connections).toBe(1);
    const http = await countingHttpServer();
    expect(await httpApiCheck.run(httpConfig(`http://api.pinned.invalid:${http.port}/`).httpApi, context())).toEqual({ state: 'HEALTHY', message: null });
    expect(http.hosts).toEqual([`api.pinned.invalid:${http.port}`]);
  });
});

describe('testIntegration with loopback in CONNECTION_CHECK_DENY', () => {
  const startApi = () => startTestApi(database(), { connectionCheckTimeoutMs: TIMEOUT_MS, connectionCheckDeny: denyList('link-local,loopback') });

  it('refuses PostgreSQL and MySQL at 127.0.0.1 and at localhost without connecting', async () => {
    const api = await startApi();
    const server = await countingTcpServer();
    for (const [config, host] of [
      [postgresConfig('127.0.0.1', server.port), '127.0.0.1'],
      [postgresConfig('localhost', server.port), 'localhost'],
      [mysqlConfig('127.0.0.1', server.port), '127.0.0.1'],
      [mysqlConfig('localhost', server.port), 'localhost'],
    ] as const) {
      const status = await statusOf(api, config);
      expect(status.state).toBe('ERROR');
      const [, named, address] = DENIED.exec(status.message ?? '') ?? [];
      expect({ named, loopback: /^(127\.|::1$)/.test(address ?? '') }, status.message ?? '').toEqual({ named: host, loopback: true });
    }
    expect(server.connections).toBe(0);
  });

  it('refuses an HTTP API on loopback (by address or name) without connecting', async () => {
    const api = await startApi();
    const server = await countingHttpServer();
    const byAddress = await statusOf(api, httpConfig(`http://127.0.0.1:${server.port}/health`));
    expect(byAddress).toMatchObject({ state: 'ERROR', message: expect.stringMatching(DENIED) });
    expect(byAddress.message).toContain('does not connect to 127.0.0.1 (127.0.0.1)');
    const byName = await statusOf(api, httpConfig(`http://localhost:${server.port}/`));
    expect(byName.message).toMatch(DENIED);
    expect(server.connections).toBe(0);
  });

  it.skipIf(!postgresUp)('refuses the gateway’s own PostgreSQL at 127.0.0.1:5432', async () => {
    const api = await startApi();
    const status = await statusOf(api, postgresConfig('127.0.0.1', 5432));
    expect(status).toMatchObject({ state: 'ERROR', message: expect.stringMatching(DENIED) });
  });
});

describe('testIntegration with the default CONNECTION_CHECK_DENY', () => {
  const startApi = () => startTestApi(database(), { connectionCheckTimeoutMs: TIMEOUT_MS });

  it('refuses cloud metadata at once, without a connection attempt, also written as IPv4-mapped IPv6', async () => {
    const api = await startApi();
    for (const config of [
      httpConfig('http://169.254.169.254/latest/meta-data/'),
      postgresConfig('169.254.169.254', 5432),
      postgresConfig('::ffff:a9fe:a9fe', 5432),
      httpConfig('http://[fd00:ec2::254]/'),
    ]) {
      const status = await statusOf(api, config);
      expect(status.state).toBe('ERROR');
      expect(status.message).toMatch(DENIED);
      // A connection attempt to a black-holed address would run into the timeout.
      expect(status.elapsedMs).toBeLessThan(TIMEOUT_MS / 2);
    }
  });

  it('still reaches loopback, by address and by name, with the hostname as the HTTP Host', async () => {
    const api = await startApi();
    const server = await countingHttpServer();
    expect(await statusOf(api, httpConfig(`http://127.0.0.1:${server.port}/`))).toMatchObject({ state: 'HEALTHY', message: null });
    expect(await statusOf(api, httpConfig(`http://localhost:${server.port}/`))).toMatchObject({ state: 'HEALTHY', message: null });
    expect(server.hosts).toEqual([`127.0.0.1:${server.port}`, `localhost:${server.port}`]);
    const tcp = await countingTcpServer();
    // mysql2 connects through the pinned socket: the connection arrives (and is closed at once).
    expect((await statusOf(api, mysqlConfig('localhost', tcp.port))).message).toMatch(/closed the connection|could not connect/);
    expect(tcp.connections).toBe(1);
  });

  it.skipIf(!postgresUp)('still checks PostgreSQL at 127.0.0.1 and at localhost', async () => {
    const api = await startApi();
    expect(await statusOf(api, postgresConfig('127.0.0.1', 5432))).toMatchObject({ state: 'HEALTHY', message: null });
    expect(await statusOf(api, postgresConfig('localhost', 5432))).toMatchObject({ state: 'HEALTHY', message: null });
  });

  it('answers UNKNOWN for a templated bearer token (filled in at run time) before resolving anything, whatever the host', async () => {
    const api = await startApi();
    const server = await countingHttpServer();
    const templated = (baseUrl: string) => ({ httpApi: { baseUrl, authorization: { bearer: { token: '{{oauth.token.access_token}}' } } } });
    const expected = { state: 'UNKNOWN', message: 'the bearer token is a template filled in at run time, which the live check cannot fill in' };
    expect(await statusOf(api, templated(`http://127.0.0.1:${server.port}/`))).toMatchObject(expected);
    expect(await statusOf(api, templated('http://no-such-host.invalid/'))).toMatchObject(expected);
    expect(await statusOf(api, templated('http://169.254.169.254/'))).toMatchObject(expected);
    expect(server.connections).toBe(0);
  });

  it('keeps the DNS wording for a host that does not resolve', async () => {
    const api = await startApi();
    const status = await statusOf(api, postgresConfig('no-such-host.invalid', 5432));
    expect(status).toMatchObject({ state: 'ERROR', message: 'the host of no-such-host.invalid:5432 was not found in DNS: check the hostname' });
  });
});

// ---------------------------------------------------------------------------------------------
// TLS: connected to the pinned address, the client still names the configured host (SNI), which
// is also the name Node verifies the certificate against. A self-signed certificate is made here.

let canMakeCertificate = true;
const certificate = { key: '', cert: '', dir: '' };
try {
  certificate.dir = mkdtempSync(join(tmpdir(), 'igw-egress-tls-'));
  const made = selfSignedCertificate(certificate.dir, 'localhost', 'localhost');
  certificate.key = readFileSync(made.key, 'utf8');
  certificate.cert = readFileSync(made.cert, 'utf8');
} catch {
  canMakeCertificate = false;
  console.warn('SKIPPED: openssl could not make a certificate; the TLS servername checks are not run.');
}
afterAll(() => {
  if (certificate.dir) rmSync(certificate.dir, { recursive: true, force: true });
});

/** A loopback server that speaks TLS (after PostgreSQL's SSLRequest when asked) and notes the SNI names in each ClientHello. */
async function tlsServer(postgresPreamble: boolean) {
  const seen = { port: 0, servernames: [] as string[] };
  const sockets = new Set<Socket>();
  const context = createSecureContext({ key: certificate.key, cert: certificate.cert });
  const startTls = (socket: Socket) => {
    const secure = new TLSSocket(socket, {
      isServer: true,
      secureContext: context,
      SNICallback: (servername, done) => {
        seen.servernames.push(servername);
        done(null, context);
      },
    });
    secure.on('error', () => {});
  };
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    if (!postgresPreamble) return startTls(socket);
    socket.once('data', () => {
      socket.write('S');
      startTls(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  seen.port = (server.address() as { port: number }).port;
  return seen;
}

describe.skipIf(!canMakeCertificate)('TLS on a pinned connection', () => {
  const startApi = () => startTestApi(database(), { connectionCheckTimeoutMs: TIMEOUT_MS });

  it('sends the hostname as SNI and verifies the certificate (HTTPS and PostgreSQL)', async () => {
    const api = await startApi();
    const https = await tlsServer(false);
    const httpStatus = await statusOf(api, httpConfig(`https://localhost:${https.port}/`));
    expect(httpStatus.message).toBe(
      `the TLS certificate of localhost:${https.port} is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT): install a certificate from a public CA on the server`,
    );
    const postgres = await tlsServer(true);
    const pgStatus = await statusOf(api, postgresConfig('localhost', postgres.port, { disableSsl: false }));
    expect(pgStatus.message).toBe(
      `the TLS certificate of localhost:${postgres.port} is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT): install a certificate from a public CA on the server`,
    );
    expect(https.servernames).toEqual(['localhost']);
    expect(postgres.servernames).toEqual(['localhost']);
  });
});
