// npm start on the embedded default, and the CLI: first-start dev key, data that survives a
// restart, keys created from the command line, and one process per PGlite data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { freePort, runCli, startServerProcess } from './helpers/processes.js';
import { migrations } from '../migrations/index.js';

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

const env = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '', SECRETS_KEY: '', LOG_LEVEL: 'warn' });

describe('npm start on the embedded default', () => {
  it('prints a dev write key once, keeps data across a restart, and serves GraphiQL', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = await startServerProcess(env(dataDir), port);
    const key = /igw_write_[A-Za-z0-9_-]{43}/.exec(first.output())?.[0];
    expect(key, first.output()).toBeDefined();
    expect(first.output()).toContain('curl');
    const created = await gql(port, key!, 'mutation { createIntegration(input: { title: "Kept", config: { s3: { bucketName: "my-bucket", bucketRegion: "us-east-1", awsAccessKeys: { accessId: "AKIAX", secretKey: "sk-VALUE" } } } }) { __typename } }');
    expect(created.data.createIntegration.__typename).toBe('CreateIntegrationPayload');
    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('CreateExample');
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

  it('migrates down and up again, and rejects unknown commands with usage', async () => {
    const dataDir = tempDataDir();
    expect((await runCli(['migrate'], env(dataDir))).stdout).toContain('001_initial');
    // The newest migration, whichever it is: down undoes it, up applies it again.
    const newest = Object.keys(migrations).at(-1);
    expect((await runCli(['migrate', 'down'], env(dataDir))).stdout).toContain(`Down ${newest}: Success`);
    expect((await runCli(['migrate', 'up'], env(dataDir))).stdout).toContain(`Up ${newest}: Success`);
    const bad = await runCli(['apikey', 'create', '--tenant', 'x', '--scope', 'admin'], env(dataDir));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scope must be read or write');
    expect(bad.stderr).toContain('Usage:');
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

  it('CONNECTION_CHECK_DENY: link-local by default, a list of addresses, CIDRs and keywords, anything else refused with its name', () => {
    expect(loadConfig({}).CONNECTION_CHECK_DENY.entries).toEqual(['link-local']);
    expect(loadConfig({ CONNECTION_CHECK_DENY: '' }).CONNECTION_CHECK_DENY.entries).toEqual(['link-local']);
    expect(loadConfig({ CONNECTION_CHECK_DENY: 'link-local,loopback,private,10.9.8.7,fd12::/16' }).CONNECTION_CHECK_DENY.entries).toHaveLength(5);
    expect(loadConfig({ CONNECTION_CHECK_DENY: 'none' }).CONNECTION_CHECK_DENY.entries).toEqual([]);
    for (const bad of ['intranet', '10.0.0.0/40', 'none,loopback']) expect(() => loadConfig({ CONNECTION_CHECK_DENY: bad })).toThrow(/CONNECTION_CHECK_DENY: "(intranet|10\.0\.0\.0\/40|none)"/);
  });
});
