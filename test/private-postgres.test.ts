// The private PostgreSQL clusters of the outage tests clean up after a test process that was killed:
// the next start stops the abandoned server (even a frozen one) and deletes its folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { privatePostgresUnavailableReason, removeAbandonedClusters, startPrivatePostgres } from './helpers/private-postgres.js';

const skipReason = privatePostgresUnavailableReason();
if (skipReason) process.stderr.write(`SKIPPED test/private-postgres.test.ts: ${skipReason}\n`);

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe.skipIf(Boolean(skipReason))('private PostgreSQL clusters', () => {
  it('removes a frozen cluster whose test process is gone, and keeps those of live processes', async () => {
    const abandoned = await startPrivatePostgres();
    const kept = mkdtempSync(join(tmpdir(), 'igw-pg-'));
    writeFileSync(join(kept, 'owner.pid'), String(process.pid));
    try {
      expect(await answers(abandoned.url)).toBe(true);
      expect(await removeAbandonedClusters()).not.toContain(abandoned.dir);

      // As if the test process had been killed while its server was frozen.
      const postmaster = Number(readFileSync(join(abandoned.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      writeFileSync(join(abandoned.dir, 'owner.pid'), String(spawnSync('true').pid));
      await abandoned.freeze();
      expect(await removeAbandonedClusters()).toContain(abandoned.dir);
      expect(existsSync(abandoned.dir)).toBe(false);
      expect(() => process.kill(postmaster, 0)).toThrow(); // the server process is gone, not just its folder
      expect(await answers(abandoned.url)).toBe(false);
      expect(existsSync(kept)).toBe(true);
    } finally {
      await abandoned.destroy();
      rmSync(kept, { recursive: true, force: true });
    }
  }, 60_000);
});
