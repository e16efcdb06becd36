// testIntegration verifies the server's certificate the way a production client must: trusted, and
// issued for the host the integration names. The gateway runs as its own process (src/main.ts)
// trusting a CA made here (NODE_EXTRA_CA_CERTS, read by Node at start), against loopback servers
// that speak TLS as PostgreSQL, MySQL and HTTPS do, with certificates of that CA: reached as
// `localhost`, a server with a certificate for `localhost` passes the certificate checks, and one
// with a certificate for another name must not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, TLSSocket } from 'node:tls';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { mysqlHandshake } from './helpers/capture-servers.js';
import { openssl, selfSignedCertificate } from './helpers/certificates.js';
import { freePort, startServerProcess } from './helpers/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'igw-check-certificates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);

let canMakeCertificates = true;
try {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=igw test CA', '-keyout', file('ca.key'), '-out', file('ca.pem'));
  // A certificate of no CA at all, for the right name.
  selfSignedCertificate(dir, 'untrusted', 'localhost');
  for (const [name, subject] of [
    ['localhost', 'localhost'],
    ['other', 'db.example.test'],
  ]) {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${subject}`, '-keyout', file(`${name}.key`), '-out', file(`${name}.csr`));
    execFileSync('sh', ['-c', `printf 'subjectAltName=DNS:${subject}\\n' > '${file(`${name}.ext`)}'`]);
    openssl(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      file(`${name}.ext`),
      '-out',
      file(`${name}.pem`),
    );
  }
} catch {
  canMakeCertificates = false;
  console.warn('SKIPPED: openssl could not make a CA and a certificate; the certificate checks of testIntegration are not run.');
}

type Certificate = 'localhost' | 'other' | 'untrusted';
const keyAndCert = (name: Certificate) => ({ key: readFileSync(file(`${name}.key`)), cert: readFileSync(file(`${name}.pem`)) });

/** A loopback TCP server whose connections `start` takes over; closed after the test. */
async function tcpServer(start: (socket: Socket) => void): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    start(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return (server.address() as { port: number }).port;
}

/**
 * Turns a plain socket into the server side of TLS; the connection ends at the client's first
 * message after the handshake. `rest`: bytes already read past the protocol's preamble (the start
 * of the client's TLS hello), handed back to the socket for the TLS layer to read.
 */
function serveTls(socket: Socket, certificate: Certificate, rest?: Buffer) {
  socket.pause();
  if (rest?.length) socket.unshift(rest);
  const secure = new TLSSocket(socket, { isServer: true, secureContext: createSecureContext(keyAndCert(certificate)) });
  secure.on('error', () => {});
  secure.on('data', () => secure.destroy());
}

/** PostgreSQL: answers the client's SSLRequest with 'S', then TLS. */
const postgresTlsServer = (certificate: Certificate) =>
  tcpServer((socket) =>
    socket.once('data', () => {
      socket.write('S');
      serveTls(socket, certificate);
    }),
  );

/** MySQL: a HandshakeV10 packet offering TLS (CLIENT_SSL); the client's SSLRequest (4 + 32 bytes), then TLS. */
const mysqlTlsServer = (certificate: Certificate) =>
  tcpServer((socket) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 36) return;
      socket.off('data', onData);
      serveTls(socket, certificate, received.subarray(36));
    };
    socket.on('data', onData);
    socket.write(mysqlHandshake({ tls: true }));
  });

async function httpsServer(certificate: Certificate): Promise<number> {
  const server = createHttpsServer(keyAndCert(certificate), (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  return (server.address() as { port: number }).port;
}

async function gql(port: number, key: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data: Record<string, { integration: { id: string; status: { state: string; message: string | null } } }>;
    errors?: unknown[];
  };
}

const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id } } } }`;
const TEST = `mutation($id: ID!) { testIntegration(id: $id) { __typename ... on TestIntegrationPayload { integration { status { state message } } } } }`;
const auth = { passwordAuth: { username: 'checker', password: 'not-shown' } };
const configs = {
  postgres: (host: string, port: number) => ({ postgres: { host, port, database: 'db', auth } }),
  mysql: (host: string, port: number) => ({ mysql: { host, port, writeDatabase: 'db', auth } }),
  https: (host: string, port: number) => ({ httpApi: { baseUrl: `https://${host}:${port}/` } }),
};

describe.skipIf(!canMakeCertificates)('testIntegration and the server certificate', () => {
  it('accepts a trusted certificate for the host named, and refuses one for another name and one no trusted CA issued (PostgreSQL, MySQL, HTTPS)', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(dir, 'data-'));
    const gateway = await startServerProcess(
      { DATA_DIR: dataDir, DATABASE_URL: '', SECRETS_KEY: '', LOG_LEVEL: 'warn', NODE_EXTRA_CA_CERTS: file('ca.pem'), CONNECTION_CHECK_TIMEOUT_MS: '3000' },
      port,
    );
    onTestFinished(() => void gateway.stop());
    const key = /igw_write_[A-Za-z0-9_-]{43}/.exec(gateway.output())![0];
    const statusOf = async (config: Record<string, unknown>) => {
      const created = await gql(port, key, CREATE, { input: { title: 'tls', config } });
      const id = created.data.createIntegration.integration.id;
      const tested = await gql(port, key, TEST, { id });
      return tested.data.testIntegration.integration.status;
    };
    const servers = { postgres: postgresTlsServer, mysql: mysqlTlsServer, https: httpsServer };

    for (const kind of ['postgres', 'mysql', 'https'] as const) {
      // A certificate for the name the integration connects to: trusted and matching, so TLS is
      // established (then these servers hang up, but for HTTPS).
      const matching = await servers[kind]('localhost');
      const established = await statusOf(configs[kind]('localhost', matching));
      if (kind === 'https') expect(established).toEqual({ state: 'HEALTHY', message: null });
      else expect(established.message ?? '', kind).not.toMatch(/certificate|TLS|timed out/);
      // A certificate of the same trusted CA for another name: refused.
      const other = await servers[kind]('other');
      expect(await statusOf(configs[kind]('localhost', other)), kind).toEqual({
        state: 'ERROR',
        message: `the TLS certificate of localhost:${other} does not match its hostname: connect with the hostname the certificate names`,
      });
      // A certificate for the right name that no trusted CA issued: refused.
      const untrusted = await servers[kind]('untrusted');
      expect(await statusOf(configs[kind]('localhost', untrusted)), kind).toEqual({
        state: 'ERROR',
        message: `the TLS certificate of localhost:${untrusted} is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT): install a certificate from a public CA on the server`,
      });
    }
  });
});
