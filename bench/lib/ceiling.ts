// The ceiling of the update row: the gateway's write without the gateway — the statement it sends
// for one write (updateIntegrationsWithRevisions over an array of one), as plain parameters and
// less the `EXISTS` on api_keys in its WHERE, which is the gateway's authentication, not the write:
//   WITH updated AS (UPDATE integrations … WHERE tenant_id AND id AND etag … RETURNING *)
//   INSERT INTO integration_revisions … SELECT … FROM updated
// issued by node-pg from this process (N clients, each looping over its own rows, whose state it
// keeps in memory, so it needs no read: one round trip per update), and by pgbench with a custom
// script when pgbench is installed.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { IntegrationRow } from '../../src/db/database.js';
import { snapshotOf, toRecord } from '../../src/integrations/integration.model.js';
import type { RunResult } from './http-load.js';
import { percentile, Samples } from './stats.js';

interface OwnedRow {
  id: string;
  tenantId: string;
  etag: string;
  row: IntegrationRow;
}

const UPDATE_WITH_REVISION = `/* ceilingUpdateWithRevision */ WITH updated AS (
  UPDATE integrations SET title = $1, etag = $2, version = version + 1, updated_at = $3
   WHERE tenant_id = $4 AND id = $5 AND etag = $6 AND deleted_at IS NULL RETURNING *
), revision AS (
  INSERT INTO integration_revisions
    (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot)
  SELECT id, version, tenant_id, 'update', etag, updated_at, cast($7 AS uuid), 'bench ceiling', '["title"]', cast($8 AS jsonb)
    FROM updated
) SELECT version FROM updated`;

/** The gateway's own revision snapshot of a row (redacted config and all), built the same way. */
const snapshot = (row: IntegrationRow): string => JSON.stringify(snapshotOf(toRecord(row)));

export interface NodePgCeiling {
  run(seconds: number): Promise<RunResult>;
  close(): Promise<void>;
}

/** N connections, each with its own rows (index ≡ k mod N), each its own etag memory. */
export async function nodePgCeiling(databaseUrl: string, connections: number, apiKeyId: string | null): Promise<NodePgCeiling> {
  const clients: pg.Client[] = [];
  for (let i = 0; i < connections; i++) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    clients.push(client);
  }
  const { rows } = await clients[0].query<IntegrationRow>('SELECT * FROM integrations WHERE deleted_at IS NULL ORDER BY created_at, id');
  const owned: OwnedRow[][] = clients.map((_, k) =>
    rows.filter((_, i) => i % connections === k).map((r) => ({ id: r.id, tenantId: r.tenant_id, etag: r.etag, row: r })),
  );
  let counter = 0;

  async function transaction(client: pg.Client, owned: OwnedRow): Promise<'ok' | 'mismatch'> {
    const now = new Date();
    const next = randomBytes(12).toString('base64url');
    const after = { ...owned.row, title: `Ceiling title ${++counter}` };
    const updated = await client.query(UPDATE_WITH_REVISION, [after.title, next, now, owned.tenantId, owned.id, owned.etag, apiKeyId, snapshot(after)]);
    if (updated.rows.length === 0) {
      const latest = await client.query<IntegrationRow>('SELECT * FROM integrations WHERE id = $1', [owned.id]);
      if (latest.rows[0]) {
        owned.row = latest.rows[0];
        owned.etag = latest.rows[0].etag;
      }
      return 'mismatch';
    }
    owned.row = after;
    owned.etag = next;
    return 'ok';
  }

  return {
    async run(seconds) {
      const latencies = new Samples();
      let mismatches = 0;
      const started = performance.now();
      const deadline = started + seconds * 1000;
      await Promise.all(
        clients.map(async (client, k) => {
          const mine = owned[k];
          let cursor = 0;
          while (performance.now() < deadline) {
            const t0 = performance.now();
            const outcome = await transaction(client, mine[cursor++ % mine.length]);
            latencies.push(performance.now() - t0);
            if (outcome === 'mismatch') mismatches++;
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const values = latencies.values();
      return {
        requestsPerSecond: values.length / elapsed,
        p50Ms: percentile(values, 50),
        p99Ms: percentile(values, 99),
        requests: values.length,
        sent: values.length,
        statementsPerRequest: 1,
        cpuMsPerRequest: null,
        errors: 0,
        etagMismatches: mismatches,
      };
    },
    async close() {
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// pgbench

export function findPgbench(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'pgbench'))) return join(dir, 'pgbench');
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const candidate = join(root, version, 'bin', 'pgbench');
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export async function pgbenchVersion(binary: string): Promise<string> {
  const { stdout } = await promisify(execFile)(binary, ['--version']);
  return stdout.trim();
}

// pgbench keeps no per-row state between transactions, so the etag it guards with is the row's
// current one, read by a subquery of the same UPDATE; client k owns rows n ≡ k (mod clients).
const PGBENCH_SCRIPT = `\\set k random(0, :per - 1)
\\set n :client_id + :clients * :k
WITH updated AS (
  UPDATE integrations AS i
     SET title = 'pgbench title ' || (:n)::text, etag = md5(random()::text), version = i.version + 1, updated_at = now()
    FROM bench_ids AS b
   WHERE b.n = :n AND i.tenant_id = b.tenant_id AND i.id = b.id
     AND i.etag = (SELECT c.etag FROM integrations AS c WHERE c.id = b.id) AND i.deleted_at IS NULL
  RETURNING i.*
), revision AS (
  INSERT INTO integration_revisions (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot)
  SELECT id, version, tenant_id, 'update', etag, updated_at, NULL, 'pgbench', '["title"]',
    jsonb_build_object('connector', connector, 'title', title, 'description', description, 'labels', labels,
      'metadata', metadata, 'customerId', customer_id, 'disabled', disabled, 'config', config, 'delivery', delivery)
    FROM updated
) SELECT version FROM updated;
`;

export async function pgbenchRun(
  binary: string,
  databaseUrl: string,
  clients: number,
  rows: number,
  seconds: number,
  threads: number,
  withLatencies: boolean,
): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-pgbench-'));
  try {
    const script = join(dir, 'update.sql');
    writeFileSync(script, PGBENCH_SCRIPT);
    const args = [
      '-n',
      '-M',
      'prepared',
      '-f',
      script,
      '-c',
      String(clients),
      '-j',
      String(Math.max(1, Math.min(clients, threads))),
      '-T',
      String(Math.max(1, Math.round(seconds))),
      '-D',
      `clients=${clients}`,
      '-D',
      `per=${Math.floor(rows / clients)}`,
      ...(withLatencies ? ['-l', `--log-prefix=${join(dir, 'log')}`] : []),
      databaseUrl,
    ];
    const child = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const tps = Number(/^tps = ([\d.]+) \(without initial connection time\)/m.exec(stdout)?.[1]);
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1] ?? Number.NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    if (code !== 0 || !Number.isFinite(tps)) throw new Error(`pgbench failed (exit ${code}):\n${stdout}\n${stderr}`);
    const latencies = new Samples();
    if (withLatencies) {
      for (const file of readdirSync(dir).filter((f) => f.startsWith('log'))) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
          // client_id transaction_no time_us script_no time_epoch time_us_in_second …
          const fields = line.split(' ');
          if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
        }
      }
    }
    const values = latencies.values();
    return {
      requestsPerSecond: tps,
      p50Ms: percentile(values, 50),
      p99Ms: percentile(values, 99),
      requests: processed,
      sent: processed,
      statementsPerRequest: 1,
      cpuMsPerRequest: null,
      errors: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
