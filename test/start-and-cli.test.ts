// npm start on the embedded default, and the CLI: first-start dev key, data that survives a
// restart, keys created from the command line, and one process per PGlite data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../migrations/index.js';
import { loadConfig } from '../src/config.js';
import { isLocalRequest, isLoopbackAddress } from '../src/http/local-request.js';
import { freePort, runCli, startServerProcess } from './helpers/processes.js';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function gql(port: number, key: string, query: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

const env = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '', SECRETS_KEY: '', LOG_LEVEL: 'warn', HOST: '' });

/** This machine's first non-loopback IPv4 address: a connection to it does not come from loopback. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
if (!outsideAddress) console.warn('SKIPPED in part: this machine has no non-loopback IPv4 address to reach the gateway from outside loopback.');

/** GET /graphql as a browser asks for GraphiQL, to `address`, with the Host header given (or address:port). */
function graphiqlPage(address: string, port: number, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: address, port, path: '/graphql', headers: { accept: 'text/html', host: `${address}:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start on the embedded default', () => {
  it('prints a dev write key once, keeps data across a restart, and serves GraphiQL', { timeout: 90_000 }, async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = await startServerProcess(env(dataDir), port);
    const key = /igw_write_[A-Za-z0-9_-]{43}/.exec(first.output())?.[0];
    expect(key, first.output()).toBeDefined();
    expect(first.output()).toContain('curl');
    const created = await gql(
      port,
      key!,
      'mutation { createIntegration(input: { title: "Kept", config: { s3: { bucketName: "my-bucket", bucketRegion: "us-east-1", awsAccessKeys: { accessId: "AKIAX", secretKey: "sk-VALUE" } } } }) { __typename } }',
    );
    expect(created.data.createIntegration.__typename).toBe('CreateIntegrationPayload');
    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('CreateExample');
    expect(html).toContain(key); // a browser on this machine gets the key in GraphiQL's headers
    // In development, with HOST unset, it listens on loopback only: the machine's other address is closed.
    expect(first.output()).toContain(`http://127.0.0.1:${port}/graphql`);
    if (outsideAddress) await expect(graphiqlPage(outsideAddress, port)).rejects.toThrow(/ECONNREFUSED/);
    expect(await first.stop()).toBe(0);

    const second = await startServerProcess(env(dataDir), port);
    expect(second.output()).not.toMatch(/igw_write_/);
    const listed = await gql(port, key!, '{ integrations { totalCount edges { node { title } } } }');
    expect(listed.data.integrations).toEqual({ totalCount: 1, edges: [{ node: { title: 'Kept' } }] });

    // While the server holds the data folder, the CLI says so and exits non-zero, without hanging.
    const blocked = await runCli(['apikey', 'create', '--tenant', 'acme', '--scope', 'read'], env(dataDir));
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('in use by process');
    expect(await second.stop()).toBe(0);
  });
});

describe('the dev key in GraphiQL', () => {
  it.skipIf(!outsideAddress)(
    'is shown only to a browser on this machine: not from another address, through a proxy or to a rebound name',
    { timeout: 90_000 },
    async () => {
      const port = await freePort();
      const server = await startServerProcess({ ...env(tempDataDir()), HOST: '0.0.0.0' }, port);
      const key = /igw_write_[A-Za-z0-9_-]{43}/.exec(server.output())?.[0];
      expect(key, server.output()).toBeDefined();
      try {
        const local = await graphiqlPage('127.0.0.1', port, { host: `localhost:${port}` });
        expect(local).toContain(`Bearer ${key}`);
        const views = [
          await graphiqlPage(outsideAddress!, port), // another machine, as far as the gateway can tell
          await graphiqlPage('127.0.0.1', port, { 'x-forwarded-for': '203.0.113.9' }), // relayed by a proxy on this host
          await graphiqlPage('127.0.0.1', port, { forwarded: 'for=203.0.113.9' }),
          await graphiqlPage('127.0.0.1', port, { host: `evil.example:${port}` }), // DNS rebinding: a foreign name on loopback
        ];
        for (const html of views) {
          expect(html).toContain('CreateExample'); // GraphiQL itself is served, with the example
          expect(html).not.toContain(key);
          expect(html).not.toMatch(/igw_write_/);
        }
      } finally {
        await server.stop();
      }
    },
  );

  it('decides locality from the peer address, forwarding headers and the Host name', () => {
    for (const address of ['127.0.0.1', '127.9.8.7', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ['192.0.2.2', '10.0.0.1', '::ffff:10.0.0.1', 'fd00::2', '0.0.0.0', '::', '', undefined, 'localhost']) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
    const local = (host: string, extra: Record<string, string> = {}) => isLocalRequest('127.0.0.1', new Headers({ host, ...extra }));
    for (const host of ['localhost:4000', 'localhost', '127.0.0.1:4000', '[::1]:4000', 'app.localhost:4000']) expect(local(host), host).toBe(true);
    for (const host of ['evil.example:4000', 'localhost.evil.example', '192.0.2.2:4000', '']) expect(local(host), host).toBe(false);
    expect(local('localhost', { 'x-real-ip': '203.0.113.9' })).toBe(false);
    expect(local('localhost', { 'x-forwarded-host': 'evil.example' })).toBe(false);
    expect(isLocalRequest('192.0.2.2', new Headers({ host: 'localhost' }))).toBe(false);
  });
});

describe('the CLI', () => {
  it('creates a tenant and key on a database no server has touched; the key is the last line and works', async () => {
    const dataDir = tempDataDir();
    const created = await runCli(['apikey', 'create', '--tenant', 'acme', '--scope', 'read', '--name', 'ci reader'], env(dataDir));
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^igw_read_[A-Za-z0-9_-]{43}$/);

    const listed = await runCli(['apikey', 'list', '--tenant', 'acme'], env(dataDir));
    expect(listed.stdout).toContain('"ci reader"');
    expect(listed.stdout).not.toContain(key);

    const port = await freePort();
    const server = await startServerProcess(env(dataDir), port);
    expect(server.output()).not.toMatch(/igw_write_/); // not an empty database: no dev tenant
    const read = await gql(port, key, '{ integrations { totalCount } }');
    expect(read.data.integrations.totalCount).toBe(0);
    const denied = await gql(port, key, 'mutation { deleteIntegration(id: "int_x") { __typename } }');
    expect(denied.errors[0].extensions.code).toBe('PERMISSION_DENIED');
    await server.stop();
  });

  it('migrates down and up again, rejects unknown commands with usage, and creates sync keys', { timeout: 60_000 }, async () => {
    const dataDir = tempDataDir();
    expect((await runCli(['migrate'], env(dataDir))).stdout).toContain('001_initial');
    // The newest migration, whichever it is: down undoes it, up applies it again.
    const newest = Object.keys(migrations).at(-1);
    expect((await runCli(['migrate', 'down'], env(dataDir))).stdout).toContain(`Down ${newest}: Success`);
    expect((await runCli(['migrate', 'up'], env(dataDir))).stdout).toContain(`Up ${newest}: Success`);
    const bad = await runCli(['apikey', 'create', '--tenant', 'x', '--scope', 'admin'], env(dataDir));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scope must be read, write or sync');
    expect(bad.stderr).toContain('Usage:');
    const sync = await runCli(['apikey', 'create', '--tenant', 'x', '--scope', 'sync', '--name', 'worker'], env(dataDir));
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/^Created sync key "worker" .*\nigw_sync_[A-Za-z0-9_-]{43}\n$/s);
  });
});

describe('the environment', () => {
  it('API_KEY_MEMORY_MS: 60 s by default, 0 turns the memory off, anything else is refused with its name', () => {
    expect(loadConfig({}).API_KEY_MEMORY_MS).toBe(60_000);
    expect(loadConfig({ API_KEY_MEMORY_MS: '0' }).API_KEY_MEMORY_MS).toBe(0);
    expect(loadConfig({ API_KEY_MEMORY_MS: '5000' }).API_KEY_MEMORY_MS).toBe(5000);
    for (const bad of ['-1', 'soon', '1.5']) expect(() => loadConfig({ API_KEY_MEMORY_MS: bad })).toThrow(/API_KEY_MEMORY_MS/);
  });

  it('API_KEY_MEMORY_SIZE: 1 000 keys by default, 0 remembers none, anything else is refused with its name', () => {
    expect(loadConfig({}).API_KEY_MEMORY_SIZE).toBe(1000);
    expect(loadConfig({ API_KEY_MEMORY_SIZE: '0' }).API_KEY_MEMORY_SIZE).toBe(0);
    expect(loadConfig({ API_KEY_MEMORY_SIZE: '50000' }).API_KEY_MEMORY_SIZE).toBe(50_000);
    for (const bad of ['-1', 'many', '2.5', '1000001']) expect(() => loadConfig({ API_KEY_MEMORY_SIZE: bad })).toThrow(/API_KEY_MEMORY_SIZE/);
  });

  it('HOST: loopback in development and test, every interface in production, whatever is set otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).HOST).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'production' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', HOST: '10.1.2.3' }).HOST).toBe('10.1.2.3');
    expect(loadConfig({ HOST: '' }).HOST).toBe('127.0.0.1');
  });

  it('FEDERATION_SDL: follows introspection by default, on or off otherwise, anything else refused with its name', () => {
    expect(loadConfig({}).FEDERATION_SDL).toBe('introspection');
    expect(loadConfig({ FEDERATION_SDL: 'on' }).FEDERATION_SDL).toBe('on');
    expect(loadConfig({ FEDERATION_SDL: 'off' }).FEDERATION_SDL).toBe('off');
    expect(() => loadConfig({ FEDERATION_SDL: 'yes' })).toThrow(/FEDERATION_SDL/);
  });

  it('CORS_ORIGINS: none by default, exact origins comma-separated, anything else (paths, *, null) refused with its name', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    for (const bad of [
      '*',
      'null',
      'https://app.example.com/',
      'https://app.example.com/path',
      'app.example.com',
      'ftp://files.example',
      'https://APP.example.com',
      'https://app.example.com:443',
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS: .*not an exact origin/);
    }
  });

  it('CONNECTION_CHECK_DENY: link-local by default, a list of addresses, CIDRs and keywords, anything else refused with its name', () => {
    expect(loadConfig({}).CONNECTION_CHECK_DENY.entries).toEqual(['link-local']);
    expect(loadConfig({ CONNECTION_CHECK_DENY: '' }).CONNECTION_CHECK_DENY.entries).toEqual(['link-local']);
    expect(loadConfig({ CONNECTION_CHECK_DENY: 'link-local,loopback,private,10.9.8.7,fd12::/16' }).CONNECTION_CHECK_DENY.entries).toHaveLength(5);
    expect(loadConfig({ CONNECTION_CHECK_DENY: 'none' }).CONNECTION_CHECK_DENY.entries).toEqual([]);
    for (const bad of ['intranet', '10.0.0.0/40', 'none,loopback'])
      expect(() => loadConfig({ CONNECTION_CHECK_DENY: bad })).toThrow(/CONNECTION_CHECK_DENY: "(intranet|10\.0\.0\.0\/40|none)"/);
  });
});
