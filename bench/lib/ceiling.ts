// The ceiling of the update row: the gateway's update transaction without the gateway —
//   BEGIN; UPDATE integrations … WHERE tenant_id AND id AND etag … RETURNING *;
//   INSERT INTO integration_revisions …; COMMIT
// issued by node-pg from this process (N clients, each looping over its own rows), and by pgbench
// with a custom script when pgbench is installed.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { RunResult } from './http-load.js';
import { percentile, Samples } from './stats.js';

interface OwnedRow {
  id: string;
  tenantId: string;
  etag: string;
}

const UPDATE = `/* ceilingUpdate */ UPDATE integrations SET title = $1, etag = $2, version = version + 1, updated_at = $3
  WHERE tenant_id = $4 AND id = $5 AND etag = $6 AND deleted_at IS NULL RETURNING *`;
const INSERT = `/* ceilingInsertRevision */ INSERT INTO integration_revisions
  (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

interface IntegrationRow {
  id: string;
  tenant_id: string;
  connector: string;
  title: string;
  description: string | null;
  labels: unknown;
  metadata: unknown;
  customer_id: string | null;
  disabled: boolean;
  config: Record<string, unknown>;
  secrets: Record<string, { updatedAt: string }>;
  delivery: unknown;
  etag: string;
  version: number;
  updated_at: Date;
}

/** The same shape as the gateway's revision snapshot: config with secrets as { isSet, updatedAt }. */
function snapshot(row: IntegrationRow): string {
  const config: Record<string, unknown> = { ...row.config };
  for (const [path, secret] of Object.entries(row.secrets)) config[path] = { isSet: true, updatedAt: secret.updatedAt };
  return JSON.stringify({
    connector: row.connector,
    title: row.title,
    description: row.description,
    labels: row.labels,
    metadata: row.metadata,
    customerId: row.customer_id,
    disabled: row.disabled,
    config,
    delivery: row.delivery,
  });
}

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
  const { rows } = await clients[0].query<{ id: string; tenant_id: string; etag: string }>(
    'SELECT id, tenant_id, etag FROM integrations WHERE deleted_at IS NULL ORDER BY created_at, id',
  );
  const owned: OwnedRow[][] = clients.map((_, k) =>
    rows.filter((_, i) => i % connections === k).map((r) => ({ id: r.id, tenantId: r.tenant_id, etag: r.etag })),
  );
  let counter = 0;

  async function transaction(client: pg.Client, row: OwnedRow): Promise<'ok' | 'mismatch'> {
    const now = new Date();
    const next = randomBytes(12).toString('base64url');
    await client.query('BEGIN');
    try {
      const updated = await client.query<IntegrationRow>(UPDATE, [`Ceiling title ${++counter}`, next, now, row.tenantId, row.id, row.etag]);
      const current = updated.rows[0];
      if (!current) {
        const latest = await client.query<{ etag: string }>('SELECT etag FROM integrations WHERE id = $1', [row.id]);
        await client.query('ROLLBACK');
        row.etag = latest.rows[0]?.etag ?? row.etag;
        return 'mismatch';
      }
      await client.query(INSERT, [
        current.id,
        current.version,
        current.tenant_id,
        'update',
        current.etag,
        now,
        apiKeyId,
        'bench ceiling',
        '["title"]',
        snapshot(current),
      ]);
      await client.query('COMMIT');
      row.etag = next;
      return 'ok';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
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
        statementsPerRequest: 4,
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
BEGIN;
UPDATE integrations AS i
   SET title = 'pgbench title ' || (:n)::text, etag = md5(random()::text), version = i.version + 1, updated_at = now()
  FROM bench_ids AS b
 WHERE b.n = :n AND i.tenant_id = b.tenant_id AND i.id = b.id
   AND i.etag = (SELECT c.etag FROM integrations AS c WHERE c.id = b.id) AND i.deleted_at IS NULL
RETURNING i.id AS rid, i.tenant_id AS tid, i.version AS ver, i.etag AS tag,
  jsonb_build_object('connector', i.connector, 'title', i.title, 'description', i.description, 'labels', i.labels,
    'metadata', i.metadata, 'customerId', i.customer_id, 'disabled', i.disabled, 'config', i.config,
    'delivery', i.delivery) AS snap \\gset
INSERT INTO integration_revisions (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot)
  VALUES (:rid, :ver, :tid, 'update', :tag, now(), NULL, 'pgbench', '["title"]', :snap);
COMMIT;
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
      statementsPerRequest: 4,
      cpuMsPerRequest: null,
      errors: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
