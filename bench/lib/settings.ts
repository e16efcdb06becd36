// Everything the benchmark reads from the environment, with its defaults. See bench/README.md.
import { cpus } from 'node:os';

function number(name: string, fallback: number, min = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min}, got "${raw}"`);
  return value;
}

function numberList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new Error(`${name} must be a comma-separated list of positive integers, got "${raw}"`);
  }
  return values;
}

// BENCH_DURATION is accepted as a short name for BENCH_DURATION_S.
const durationS = number(process.env.BENCH_DURATION_S ? 'BENCH_DURATION_S' : 'BENCH_DURATION', 10, 1);

export const settings = {
  /** The server to create the throwaway database on (any database of it; the URL's path is replaced). */
  adminUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  /** Seconds per measured run. */
  durationS,
  /** Measured runs per row; the table shows the median of each figure. */
  runs: Math.round(number('BENCH_RUNS', 3, 1)),
  /** Seconds of load before the measured runs of each row (not measured). */
  warmupS: number('BENCH_WARMUP_S', Math.min(3, durationS), 0),
  /** DATABASE_POOL_SIZE of the gateway. */
  poolSize: Math.round(number('BENCH_POOL_SIZE', 10, 1)),
  /** Integrations seeded through createIntegration. */
  integrations: Math.round(number('BENCH_INTEGRATIONS', 10_000, 200)),
  /** Extra revisions per integration, written by SQL after seeding, so "last 3 revisions" reads 3. */
  seedRevisions: Math.round(number('BENCH_SEED_REVISIONS', 4, 0)),
  /** createIntegration aliases per seeding request (the gateway allows 30 aliases by default). */
  seedBatch: Math.round(number('BENCH_SEED_BATCH', 25, 1)),
  /** Seeding requests in flight at once. */
  seedConcurrency: Math.round(number('BENCH_SEED_CONCURRENCY', 8, 1)),
  /** Concurrent connections of the update rows, their ceilings and the floor. */
  connections: numberList('BENCH_CONNECTIONS', [1, 8, 32]),
  /** Connections of the integrations(first: 100) row. */
  listConnections: Math.round(number('BENCH_LIST_CONNECTIONS', 8, 1)),
  /** Connections of the _entities row (a latency row: 1 by default). */
  entitiesConnections: Math.round(number('BENCH_ENTITIES_CONNECTIONS', 1, 1)),
  /** Representations per _entities request. */
  entitiesCount: Math.round(number('BENCH_ENTITIES_COUNT', 200, 1)),
  /** GRAPHQL_MAX_COST of the gateway (the list row's document costs 10 400; the default is 20 000). */
  maxCost: Math.round(number('BENCH_MAX_COST', 20_000, 1)),
  /** LOG_LEVEL of the gateway. */
  logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
  /** Extra node arguments for the gateway process, e.g. "--cpu-prof --cpu-prof-dir=bench/profiles". */
  gatewayNodeArgs: (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  /** Extra node flags for the peer and bare Yoga (e.g. the V8 flags of `npm run serve`, to compare like with like). */
  peerNodeArgs: (process.env.BENCH_PEER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  /** Which rows to run (for quick tries and profiles): any of floor, list, entities, update, ceiling. */
  phases: new Set((process.env.BENCH_PHASES || 'floor,list,entities,update,ceiling').split(/[\s,]+/).filter(Boolean)),
  /** Leave out the peer (PostGraphile v5) rows. */
  skipPeer: process.env.BENCH_SKIP_PEER === '1',
  /** Skip pgbench even when it is installed. */
  skipPgbench: process.env.BENCH_SKIP_PGBENCH === '1',
  /** Keep the database at the end (for a look with psql); it is dropped by default. */
  keepDatabase: process.env.BENCH_KEEP_DB === '1',
  cpus: cpus().length,
};

export type Settings = typeof settings;
