// Seeds the gateway through its API: many createIntegration aliases per request, several requests
// in flight. Then (optionally) gives every integration a few more revisions with plain SQL, so the
// read rows see a realistic history, and refreshes the planner statistics.
import pg from 'pg';
import { type ConnectorName, configFor, connectorNames } from './operations.js';

export interface SeededIntegration {
  /** Global id (int_…). */
  id: string;
  /** Row id (uuid). */
  uuid: string;
  connector: ConnectorName;
}

export async function graphql(url: string, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown>; errors?: unknown[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || body.errors) throw new Error(`HTTP ${response.status}: ${text.slice(0, 2000)}`);
  return body.data ?? {};
}

function batchMutation(size: number): string {
  const vars = Array.from({ length: size }, (_, i) => `$i${i}: CreateIntegrationInput!`).join(', ');
  const fields = Array.from(
    { length: size },
    (_, i) => `c${i}: createIntegration(input: $i${i}) { __typename ... on CreateIntegrationPayload { integration { id } } ... on Error { message } }`,
  ).join('\n  ');
  return `mutation BenchSeed(${vars}) {\n  ${fields}\n}`;
}

const uuidOf = (globalId: string) => {
  const hex = globalId.replace(/^int_/, '');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export async function seedIntegrations(url: string, key: string, count: number, batch: number, concurrency: number): Promise<SeededIntegration[]> {
  const seeded: SeededIntegration[] = new Array(count);
  let next = 0;
  const documents = new Map<number, string>();
  const worker = async () => {
    for (;;) {
      const start = next;
      if (start >= count) return;
      const size = Math.min(batch, count - start);
      next += size;
      if (!documents.has(size)) documents.set(size, batchMutation(size));
      const variables: Record<string, unknown> = {};
      for (let i = 0; i < size; i++) {
        const n = start + i;
        const connector = connectorNames[n % connectorNames.length];
        variables[`i${i}`] = {
          title: `Bench ${connector} ${n}`,
          labels: ['bench', connector.toLowerCase()],
          metadata: { seq: n },
          config: configFor(connector, n),
        };
      }
      const data = await graphql(url, key, documents.get(size) as string, variables);
      for (let i = 0; i < size; i++) {
        const result = data[`c${i}`] as { __typename: string; integration?: { id: string }; message?: string };
        if (result?.__typename !== 'CreateIntegrationPayload' || !result.integration) {
          throw new Error(`createIntegration #${start + i} failed: ${JSON.stringify(result)}`);
        }
        const n = start + i;
        seeded[n] = { id: result.integration.id, uuid: uuidOf(result.integration.id), connector: connectorNames[n % connectorNames.length] };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return seeded;
}

/**
 * Revisions 2..1+extra for every integration (copies of the create revision's snapshot), the
 * integrations' version and etag moved on to match; then VACUUM ANALYZE; and `bench_ids`, the
 * numbering of integrations pgbench picks its rows by.
 */
export async function finishSeeding(databaseUrl: string, extraRevisions: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (extraRevisions > 0) {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO integration_revisions (integration_id, version, tenant_id, action, etag, created_at, api_key_id, actor, changed_paths, snapshot)
         SELECT r.integration_id, v, r.tenant_id, 'update', 'seed-' || v || '-' || left(md5(r.integration_id::text || v), 12),
                r.created_at + v * interval '1 second', r.api_key_id, 'bench seed', '["title"]'::jsonb, r.snapshot
           FROM integration_revisions r CROSS JOIN generate_series(2, $1::int + 1) AS v
          WHERE r.version = 1`,
        [extraRevisions],
      );
      await client.query(`UPDATE integrations SET version = $1::int + 1, etag = 'seed-' || ($1::int + 1) || '-' || left(md5(id::text || ($1::int + 1)), 12)`, [
        extraRevisions,
      ]);
      await client.query('COMMIT');
    }
    await client.query(
      `CREATE TABLE bench_ids AS
         SELECT (row_number() OVER (ORDER BY created_at, id) - 1)::int AS n, id, tenant_id FROM integrations`,
    );
    await client.query('ALTER TABLE bench_ids ADD PRIMARY KEY (n)');
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** Current etags of all integrations, by row id. */
export async function currentEtags(databaseUrl: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; etag: string }>('SELECT id, etag FROM integrations');
    return new Map(rows.map((row) => [row.id, row.etag]));
  } finally {
    await client.end();
  }
}
