// `npm run bench`: the gateway's throughput and latency against its own ceiling, on a throwaway
// PostgreSQL database. See bench/README.md for what each row measures and the settings.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { findPgbench, nodePgCeiling, pgbenchRun, pgbenchVersion } from './lib/ceiling.js';
import { type BenchDatabase, createBenchDatabase, serverVersion } from './lib/database.js';
import { buildGateway, createWriteKey, type Gateway, newSecretsKey, repoRoot, startGateway } from './lib/gateway.js';
import { measureHttp, type RunResult, staticScenario, type UpdateAnswer, updateScenario } from './lib/http-load.js';
import {
  bareListQuery,
  bareUpdateMutation,
  entitiesQuery,
  floorQuery,
  listQuery,
  peerListQuery,
  peerUpdateMutation,
  updateMutation,
} from './lib/operations.js';
import { applyPeerSchema, startBareYoga, startPeer } from './lib/peer.js';
import { currentEtags, finishSeeding, graphql, seedIntegrations } from './lib/seed.js';
import { settings } from './lib/settings.js';
import { fmt, median } from './lib/stats.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Row {
  group:
    | 'update'
    | 'ceiling-node-pg'
    | 'ceiling-pgbench'
    | 'list'
    | 'entities'
    | 'floor'
    | 'peer-update'
    | 'peer-list'
    | 'peer-floor'
    | 'bare-floor'
    | 'bare-keyed-floor'
    | 'bare-list'
    | 'bare-update';
  label: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statementsPerRequest: number | null;
  /** Gateway CPU (user + system) per request; null for the ceiling rows. */
  cpuMsPerRequest: number | null;
  errors: number;
  etagMismatches?: number;
  runs: RunResult[];
}

function summarize(group: Row['group'], label: string, connections: number, runs: RunResult[], counted: boolean): Row {
  return {
    group,
    label,
    connections,
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    statementsPerRequest: counted ? median(runs.map((r) => r.statementsPerRequest)) : null,
    cpuMsPerRequest: runs.some((r) => r.cpuMsPerRequest !== null) ? median(runs.map((r) => r.cpuMsPerRequest ?? Number.NaN)) : null,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    etagMismatches: runs.some((r) => r.etagMismatches !== undefined) ? runs.reduce((sum, r) => sum + (r.etagMismatches ?? 0), 0) : undefined,
    runs,
  };
}

// ---------------------------------------------------------------------------------------------
// Cleanup, also on Ctrl-C and on failure

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        log(`cleanup: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the gateway and dropping the database…`);
    void cleanup().then(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const s = settings;
  const timing = { warmupS: s.warmupS, durationS: s.durationS, runs: s.runs };
  log(`bench: ${s.integrations} integrations, pool ${s.poolSize}, ${s.runs} × ${s.durationS} s per row after ${s.warmupS} s warm-up`);

  const pgVersion = await serverVersion(s.adminUrl);
  const database: BenchDatabase = await createBenchDatabase(s.adminUrl);
  cleanups.push(async () => {
    if (s.keepDatabase) log(`kept database ${database.name} (BENCH_KEEP_DB=1)`);
    else {
      await database.drop();
      log(`dropped database ${database.name}`);
    }
  });
  log(`created database ${database.name} (PostgreSQL ${pgVersion})`);

  const env = { databaseUrl: database.url, poolSize: s.poolSize, logLevel: s.logLevel, maxCost: s.maxCost };
  const secretsKey = newSecretsKey();
  // The CLI runs the migrations and creates tenant and key before the server's first start, so the
  // server does not bootstrap its dev tenant.
  const { key, keyId } = await createWriteKey(env, secretsKey, 'bench');
  const built = Date.now();
  buildGateway();
  log(`compiled the gateway (npm run build) in ${((Date.now() - built) / 1000).toFixed(1)} s`);
  const gateway: Gateway = await startGateway(env, secretsKey, s.gatewayNodeArgs);
  cleanups.push(() => gateway.stop());
  log(`gateway pid ${gateway.pid} on ${gateway.url}`);

  const memoryByPhase: { after: string; peakRssBytes: number; rssBytes: number; heapSpaceBytes: Record<string, number> }[] = [];
  const noteMemory = async (after: string) => {
    const { peak, current } = gateway.memory();
    const heap = await gateway.heapSpaces();
    memoryByPhase.push({ after, peakRssBytes: peak, rssBytes: current, heapSpaceBytes: heap });
    const mib = (bytes = 0) => (bytes / 2 ** 20).toFixed(0);
    const heapTotal = Object.entries(heap).reduce((sum, [space, bytes]) => (space.endsWith('_used') ? sum : sum + bytes), 0);
    log(
      `  gateway memory after ${after}: VmHWM ${mib(peak)} MiB, VmRSS ${mib(current)} MiB; V8 heap ${mib(heapTotal)} MiB ` +
        `(old ${mib(heap.old)} of which ${mib(heap.old_used)} in use, new ${mib(heap.new)}, code ${mib(heap.code)}, large objects ${mib((heap.large_object ?? 0) + (heap.new_large_object ?? 0))})`,
    );
  };
  await noteMemory('start');

  try {
    // --- seed
    let t0 = performance.now();
    const seeded = await seedIntegrations(gateway.url, key, s.integrations, s.seedBatch, s.seedConcurrency);
    const seedSeconds = (performance.now() - t0) / 1000;
    log(`seeded ${seeded.length} integrations through createIntegration in ${seedSeconds.toFixed(1)} s (${(seeded.length / seedSeconds).toFixed(0)}/s)`);
    t0 = performance.now();
    await finishSeeding(database.url, s.seedRevisions);
    await noteMemory('seeding');
    log(`added ${s.seedRevisions} revisions per integration by SQL, VACUUM ANALYZE: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // The peer: PostGraphile v5 on the same rows (bench/peer/), unless BENCH_SKIP_PEER=1.
    let peer: Gateway | null = null;
    let tenantId = '';
    if (!s.skipPeer) {
      await applyPeerSchema(database.url);
      peer = await startPeer(database.url, s.poolSize, s.peerNodeArgs);
      const started = peer;
      cleanups.push(() => started.stop());
      tenantId = await tenantIdOf(database.url, 'bench');
      const peerListed = (await graphql(peer.url, key, peerListQuery, { tenant: tenantId })) as {
        allIntegrations: { nodes: { revisions: { nodes: unknown[] } }[] };
      };
      if (peerListed.allIntegrations.nodes.length !== 100 || peerListed.allIntegrations.nodes.some((n) => n.revisions.nodes.length !== 3)) {
        throw new Error('the peer list does not return 100 integrations with 3 revisions each');
      }
      log(`peer (PostGraphile v5) pid ${peer.pid} on ${peer.url}`);
    } else log('peer skipped (BENCH_SKIP_PEER=1)');
    /** A row measured for the gateway and, alternating run by run, for the peer (and bare Yoga, for the floor, the list and the updates). */
    const alternate = async (
      gatewayScenario: Parameters<typeof measureHttp>[2],
      peerScenario: Parameters<typeof measureHttp>[2] | null,
      bareScenario?: { server: Gateway; scenario: Parameters<typeof measureHttp>[2] },
      keyedScenario?: { server: Gateway; scenario: Parameters<typeof measureHttp>[2] },
    ): Promise<{ gatewayRuns: RunResult[]; peerRuns: RunResult[]; bareRuns: RunResult[]; keyedRuns: RunResult[] }> => {
      const gatewayRuns: RunResult[] = [];
      const peerRuns: RunResult[] = [];
      const bareRuns: RunResult[] = [];
      const keyedRuns: RunResult[] = [];
      for (let run = 0; run < s.runs; run++) {
        const once = { warmupS: run === 0 ? s.warmupS : 0, durationS: s.durationS, runs: 1 };
        gatewayRuns.push(...(await measureHttp(gateway, key, gatewayScenario, once, log)));
        if (peer && peerScenario) peerRuns.push(...(await measureHttp(peer, key, peerScenario, once, log)));
        if (bareScenario) bareRuns.push(...(await measureHttp(bareScenario.server, key, bareScenario.scenario, once, log)));
        if (keyedScenario) keyedRuns.push(...(await measureHttp(keyedScenario.server, key, keyedScenario.scenario, once, log)));
      }
      return { gatewayRuns, peerRuns, bareRuns, keyedRuns };
    };

    // Check each document once before loading the gateway with it.
    const spread = seeded.filter((_, i) => i % Math.max(1, Math.floor(seeded.length / s.entitiesCount)) === 0).slice(0, s.entitiesCount);
    const representations = spread.map((one) => ({ __typename: 'Integration', id: one.id }));
    const listed = (await graphql(gateway.url, key, listQuery)) as { integrations: { edges: { node: { revisions: { edges: unknown[] } } }[] } };
    const entities = (await graphql(gateway.url, key, entitiesQuery, { representations })) as { _entities: unknown[] };
    if (listed.integrations.edges.length !== 100 || entities._entities.filter(Boolean).length !== s.entitiesCount) {
      throw new Error('the read documents do not return what the bench expects');
    }
    const revisionsPerNode = median(listed.integrations.edges.map((e) => e.node.revisions.edges.length));

    const rows: Row[] = [];

    // The stack alone (bare Yoga, bench/peer/bare-yoga.ts) for the floor, list and update rows, unless the peer is skipped.
    let bare: Gateway | null = null;
    if (peer && (s.phases.has('floor') || s.phases.has('list') || s.phases.has('update'))) {
      bare = await startBareYoga(database.url, s.poolSize, s.peerNodeArgs);
      const started = bare;
      cleanups.push(() => started.stop());
      const bareListed = (await graphql(bare.url, key, bareListQuery, { tenant: tenantId })) as {
        bareIntegrations: { edges: { node: { revisions: { edges: unknown[] } } }[] };
      };
      if (bareListed.bareIntegrations.edges.length !== 100 || bareListed.bareIntegrations.edges.some((e) => e.node.revisions.edges.length !== 3)) {
        throw new Error("bare Yoga's list does not return 100 integrations with 3 revisions each");
      }
    }

    // --- floor and reads, before any write phase (the table is as seeded)
    for (const c of s.phases.has('floor') ? s.connections : []) {
      log(`floor { __typename }, ${c} connections${peer ? ', gateway and peer alternating' : ''}`);
      // bare Yoga keeping the gateway's key rule: the same key statement, shared per turn as the gateway shares it.
      const keyed = bare ? { ...bare, url: bare.url.replace(/\/graphql$/, '/keyed/graphql') } : null;
      const { gatewayRuns, peerRuns, bareRuns, keyedRuns } = await alternate(
        staticScenario('floor', c, floorQuery),
        staticScenario('peer floor', c, floorQuery),
        bare ? { server: bare, scenario: staticScenario('bare Yoga floor', c, floorQuery) } : undefined,
        keyed ? { server: keyed, scenario: staticScenario('bare Yoga + key check floor', c, floorQuery) } : undefined,
      );
      rows.push(summarize('floor', '{ __typename } (HTTP + GraphQL floor)', c, gatewayRuns, true));
      if (peerRuns.length > 0) rows.push(summarize('peer-floor', '{ __typename } (peer)', c, peerRuns, false));
      if (bareRuns.length > 0) rows.push(summarize('bare-floor', '{ __typename } (bare Yoga: the stack alone)', c, bareRuns, false));
      if (keyedRuns.length > 0)
        rows.push(summarize('bare-keyed-floor', "{ __typename } (bare Yoga with the gateway's key statement, shared per turn)", c, keyedRuns, false));
      await noteMemory(`floor c=${c}`);
    }
    if (s.phases.has('list')) {
      log(`integrations(first: 100), ${s.listConnections} connections`);
      const scenario = staticScenario('list', s.listConnections, listQuery);
      const { gatewayRuns, peerRuns, bareRuns } = await alternate(
        scenario,
        staticScenario('peer list', s.listConnections, peerListQuery, { tenant: tenantId }),
        bare ? { server: bare, scenario: staticScenario('bare Yoga list', s.listConnections, bareListQuery, { tenant: tenantId }) } : undefined,
      );
      rows.push(summarize('list', 'integrations(first: 100) + config + 3 revisions', s.listConnections, gatewayRuns, true));
      if (peerRuns.length > 0)
        rows.push(summarize('peer-list', 'allIntegrations(first: 100) + config + 3 revisions (peer)', s.listConnections, peerRuns, false));
      if (bareRuns.length > 0)
        rows.push(summarize('bare-list', 'the same page on bare Yoga + graphql-jit + pg (the stack alone)', s.listConnections, bareRuns, false));
      await noteMemory('list');
    }
    if (s.phases.has('entities')) {
      log(`_entities × ${s.entitiesCount}, ${s.entitiesConnections} connections`);
      const scenario = staticScenario('entities', s.entitiesConnections, entitiesQuery, { representations });
      const runs = await measureHttp(gateway, key, scenario, timing, log);
      rows.push(summarize('entities', `_entities(${s.entitiesCount} representations)`, s.entitiesConnections, runs, true));
      await noteMemory('entities');
    }

    // --- updates at every concurrency, then their ceilings. The gateway's rows go first: the
    // ceiling rewrites every row (new etags), after which the gateway's first update of each row
    // would read it again instead of planning from the row it wrote last (its row cache).
    const pgbench = s.skipPgbench ? null : findPgbench();
    const pgbenchInfo = pgbench ? await pgbenchVersion(pgbench) : null;
    if (!pgbench) log(s.skipPgbench ? 'pgbench skipped (BENCH_SKIP_PGBENCH=1)' : 'pgbench not found: its ceiling rows are left out');
    // With the peer, the gateway, the peer and bare Yoga each update their own third of the rows:
    // none invalidates another's etags.
    const share = Math.floor(seeded.length / (bare ? 3 : 2));
    const mine = peer ? seeded.slice(0, share) : seeded;
    const peers = peer ? seeded.slice(share, 2 * share) : [];
    const bares = bare ? seeded.slice(2 * share, 3 * share) : [];
    const ids = mine.map((one) => one.id);
    for (const c of s.phases.has('update') ? s.connections : []) {
      const loadEtags = async () => {
        const byUuid = await currentEtags(database.url);
        return new Map(mine.map((one) => [one.id, byUuid.get(one.uuid) as string]));
      };
      const loadPeerEtags = async () => {
        const byUuid = await currentEtags(database.url);
        return new Map(peers.map((one) => [one.uuid, byUuid.get(one.uuid) as string]));
      };
      log(`updateIntegration, ${c} connections${peer ? ', gateway and peer alternating' : ''}`);
      const scenario = updateScenario('update', c, ids, loadEtags, updateMutation);
      const peerScenario = updateScenario(
        'peer update',
        c,
        peers.map((one) => one.uuid),
        loadPeerEtags,
        peerUpdateMutation,
        peerUpdateAnswer,
      );
      const loadBareEtags = async () => {
        const byUuid = await currentEtags(database.url);
        return new Map(bares.map((one) => [one.uuid, byUuid.get(one.uuid) as string]));
      };
      const bareScenario = bare
        ? {
            server: bare,
            scenario: updateScenario(
              'bare Yoga update',
              c,
              bares.map((one) => one.uuid),
              loadBareEtags,
              bareUpdateMutation,
              functionUpdateAnswer,
            ),
          }
        : undefined;
      const { gatewayRuns, peerRuns, bareRuns } = await alternate(scenario, peerScenario, bareScenario);
      rows.push(summarize('update', 'updateIntegration with etag (gateway)', c, gatewayRuns, true));
      if (peerRuns.length > 0) rows.push(summarize('peer-update', 'update function with etag (peer)', c, peerRuns, false));
      if (bareRuns.length > 0) rows.push(summarize('bare-update', "the peer's update function on bare Yoga (the stack alone)", c, bareRuns, false));
      await noteMemory(`update c=${c}`);
    }
    for (const c of s.phases.has('ceiling') ? s.connections : []) {
      log(`ceiling: node-pg transaction, ${c} connections`);
      const ceiling = await nodePgCeiling(database.url, c, keyId || null);
      const ceilingRuns: RunResult[] = [];
      try {
        if (s.warmupS > 0) await ceiling.run(s.warmupS);
        for (let run = 0; run < s.runs; run++) {
          const one = await ceiling.run(s.durationS);
          ceilingRuns.push(one);
          log(`  node-pg c=${c} run ${run + 1}: ${one.requestsPerSecond.toFixed(0)} txn/s, p50 ${one.p50Ms.toFixed(2)} ms, p99 ${one.p99Ms.toFixed(2)} ms`);
        }
      } finally {
        await ceiling.close();
      }
      rows.push(summarize('ceiling-node-pg', 'ceiling: same transaction, node-pg', c, ceilingRuns, true));

      if (pgbench) {
        log(`ceiling: pgbench, ${c} clients`);
        if (s.warmupS > 0) await pgbenchRun(pgbench, database.url, c, seeded.length, s.warmupS, s.cpus, false);
        const runs: RunResult[] = [];
        for (let run = 0; run < s.runs; run++) {
          const one = await pgbenchRun(pgbench, database.url, c, seeded.length, s.durationS, s.cpus, true);
          runs.push(one);
          log(`  pgbench c=${c} run ${run + 1}: ${one.requestsPerSecond.toFixed(0)} txn/s, p50 ${one.p50Ms.toFixed(2)} ms, p99 ${one.p99Ms.toFixed(2)} ms`);
        }
        rows.push(summarize('ceiling-pgbench', 'ceiling: same transaction, pgbench', c, runs, true));
      }
    }

    const memory = gateway.memory();
    const peerMemory = peer?.memory() ?? null;
    const report = render(rows, memory.peak, revisionsPerNode, peerMemory?.peak ?? null);
    process.stdout.write(`${report}\n`);

    const results = {
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, cpus: s.cpus, loadAverage: loadavg(), postgres: pgVersion, pgbench: pgbenchInfo },
      settings: {
        durationS: s.durationS,
        runs: s.runs,
        warmupS: s.warmupS,
        poolSize: s.poolSize,
        integrations: s.integrations,
        seedRevisions: s.seedRevisions,
        connections: s.connections,
        listConnections: s.listConnections,
        entitiesConnections: s.entitiesConnections,
        entitiesCount: s.entitiesCount,
        maxCost: s.maxCost,
        gatewayNodeArgs: s.gatewayNodeArgs,
        peerNodeArgs: s.peerNodeArgs,
      },
      seed: { integrations: seeded.length, seconds: seedSeconds, revisionsPerListedIntegration: revisionsPerNode },
      gateway: { pid: gateway.pid, peakRssBytes: memory.peak, rssAtEndBytes: memory.current, memoryByPhase },
      peer: peer ? { name: 'PostGraphile v5 (amber preset)', pid: peer.pid, peakRssBytes: peerMemory?.peak } : null,
      ratios: ratios(rows),
      gatewayOverPeer: peerRatios(rows),
      bareYogaOverPeer: peerRatios(rows, true),
      rows,
      table: report,
    };
    writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log('wrote bench/results.json');
  } catch (error) {
    log(`gateway output (last lines):\n${gateway.output().split('\n').slice(-30).join('\n')}`);
    throw error;
  }
}

function ratios(rows: Row[]) {
  return settings.connections.map((c) => {
    const at = (group: Row['group']) => rows.find((r) => r.group === group && r.connections === c);
    const gateway = at('update');
    const nodePg = at('ceiling-node-pg');
    const pgbench = at('ceiling-pgbench');
    return {
      connections: c,
      gatewayOverNodePg: gateway && nodePg ? gateway.requestsPerSecond / nodePg.requestsPerSecond : null,
      gatewayOverPgbench: gateway && pgbench ? gateway.requestsPerSecond / pgbench.requestsPerSecond : null,
    };
  });
}

/** The update function's result, updated or not, with the etag to send next. */
function updateResultAnswer(result: { updated: boolean; etag: string } | null | undefined): UpdateAnswer {
  return result?.etag ? { etag: result.etag, mismatch: !result.updated } : null;
}

/** The peer's update answer (PostGraphile's payload around the function's result). */
function peerUpdateAnswer(body: string): UpdateAnswer {
  try {
    return updateResultAnswer(JSON.parse(body)?.data?.updateIntegration?.result);
  } catch {
    return null;
  }
}

/** bare Yoga's update answer: the function's result itself. */
function functionUpdateAnswer(body: string): UpdateAnswer {
  try {
    return updateResultAnswer(JSON.parse(body)?.data?.bareUpdate);
  } catch {
    return null;
  }
}

async function tenantIdOf(databaseUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('select id from tenants where name = $1', [name])).rows[0]?.id ?? '';
  } finally {
    await client.end();
  }
}

/**
 * Gateway (or bare Yoga) over peer on each row both measured: requests per second, and p99 (lower
 * is better).
 */
function peerRatios(rows: Row[], ofBareYoga = false) {
  const pairs: [Row['group'], Row['group']][] = ofBareYoga
    ? [
        ['bare-floor', 'peer-floor'],
        ['bare-keyed-floor', 'peer-floor'],
        ['bare-list', 'peer-list'],
        ['bare-update', 'peer-update'],
      ]
    : [
        ['floor', 'peer-floor'],
        ['list', 'peer-list'],
        ['update', 'peer-update'],
      ];
  return pairs.flatMap(([mine, theirs]) =>
    rows
      .filter((r) => r.group === mine)
      .flatMap((r) => {
        const peer = rows.find((p) => p.group === theirs && p.connections === r.connections);
        return peer
          ? [
              {
                row: mine,
                connections: r.connections,
                requestsPerSecond: r.requestsPerSecond / peer.requestsPerSecond,
                p99Gateway: r.p99Ms,
                p99Peer: peer.p99Ms,
              },
            ]
          : [];
      }),
  );
}

function render(rows: Row[], peakRss: number, revisionsPerNode: number, peerPeakRss: number | null): string {
  const s = settings;
  const header = ['', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'gw CPU ms/req', 'notes'];
  const lines: string[][] = [];
  const note = (row: Row, extra = '') =>
    [extra, row.etagMismatches ? `${row.etagMismatches} etag mismatches` : '', row.errors ? `${row.errors} ERRORS` : ''].filter(Boolean).join('; ');
  const line = (label: string, row: Row, extra = '') => [
    label,
    String(row.connections),
    fmt(row.requestsPerSecond),
    fmt(row.p50Ms, row.p50Ms < 10 ? 2 : 1),
    fmt(row.p99Ms, row.p99Ms < 10 ? 2 : 1),
    row.statementsPerRequest === null ? '–' : fmt(row.statementsPerRequest, 2),
    row.cpuMsPerRequest === null ? '–' : fmt(row.cpuMsPerRequest, 2),
    note(row, extra),
  ];
  const ratio = ratios(rows);
  const section = (title: string) => lines.push([title, '', '', '', '', '', '', '']);
  if (rows.some((r) => r.group === 'update' || r.group.startsWith('ceiling'))) section('1./2. updateIntegration (etag) and its ceiling');
  for (const c of s.connections) {
    const at = (group: Row['group']) => rows.find((r) => r.group === group && r.connections === c);
    const r = ratio.find((x) => x.connections === c);
    const gateway = at('update');
    if (gateway) lines.push(line('   gateway', gateway));
    const peerUpdate = at('peer-update');
    if (peerUpdate)
      lines.push(line('   peer (PostGraphile)', peerUpdate, gateway ? `gateway/peer ${fmt(gateway.requestsPerSecond / peerUpdate.requestsPerSecond, 2)}` : ''));
    const bareUpdate = at('bare-update');
    if (bareUpdate && peerUpdate)
      lines.push(line('   bare Yoga (the stack alone)', bareUpdate, `bare/peer ${fmt(bareUpdate.requestsPerSecond / peerUpdate.requestsPerSecond, 2)}`));
    const nodePg = at('ceiling-node-pg');
    if (nodePg) lines.push(line('   ceiling: node-pg txn', nodePg, gateway ? `gateway/ceiling ${fmt(r?.gatewayOverNodePg, 2)}` : ''));
    const pgbench = at('ceiling-pgbench');
    if (pgbench) lines.push(line('   ceiling: pgbench txn', pgbench, gateway ? `gateway/ceiling ${fmt(r?.gatewayOverPgbench, 2)}` : ''));
  }
  const list = rows.find((r) => r.group === 'list');
  // Every request also authenticates its key with one statement (the floor row's 1.00).
  const besidesKey = (row: Row) => (row.statementsPerRequest === null ? '' : `key check + ${fmt(row.statementsPerRequest - 1, 2)} SQL`);
  if (list) lines.push(line('3. integrations(first: 100)', list, `${besidesKey(list)}; ${revisionsPerNode} revisions/node`));
  const peerList = rows.find((r) => r.group === 'peer-list');
  if (peerList)
    lines.push(
      line('   peer allIntegrations(first: 100)', peerList, list ? `gateway/peer ${fmt(list.requestsPerSecond / peerList.requestsPerSecond, 2)}` : ''),
    );
  const bareList = rows.find((r) => r.group === 'bare-list');
  if (bareList && peerList)
    lines.push(line('   bare Yoga (the stack alone)', bareList, `bare/peer ${fmt(bareList.requestsPerSecond / peerList.requestsPerSecond, 2)}`));
  const entities = rows.find((r) => r.group === 'entities');
  if (entities) lines.push(line(`4. _entities × ${s.entitiesCount}`, entities, besidesKey(entities)));
  const floors = rows.filter((r) => r.group === 'floor');
  if (floors.length > 0) section('5. { __typename } floor');
  for (const floor of floors) {
    lines.push(line('   gateway', floor));
    const peerFloor = rows.find((r) => r.group === 'peer-floor' && r.connections === floor.connections);
    if (peerFloor) lines.push(line('   peer', peerFloor, `gateway/peer ${fmt(floor.requestsPerSecond / peerFloor.requestsPerSecond, 2)}`));
    const bareFloor = rows.find((r) => r.group === 'bare-floor' && r.connections === floor.connections);
    if (bareFloor && peerFloor)
      lines.push(line('   bare Yoga (the stack alone)', bareFloor, `bare/peer ${fmt(bareFloor.requestsPerSecond / peerFloor.requestsPerSecond, 2)}`));
    const keyedFloor = rows.find((r) => r.group === 'bare-keyed-floor' && r.connections === floor.connections);
    if (keyedFloor && peerFloor)
      lines.push(line('   bare Yoga + key statement', keyedFloor, `bare/peer ${fmt(keyedFloor.requestsPerSecond / peerFloor.requestsPerSecond, 2)}`));
  }
  lines.push(['6. gateway peak RSS (VmHWM)', '', `${fmt(peakRss / 1024 / 1024, 0)} MiB`, '', '', '', '', '']);
  if (peerPeakRss !== null) lines.push(['   peer peak RSS (VmHWM)', '', `${fmt(peerPeakRss / 1024 / 1024, 0)} MiB`, '', '', '', '', '']);

  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const pad = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const title =
    `Gateway benchmark: ${s.integrations} integrations, pool ${s.poolSize}, median of ${s.runs} × ${s.durationS} s ` +
    `after ${s.warmupS} s warm-up; SQL/req counted from gateway_db_statements_total, the key check included where one ran ` +
    `(updates: none, their write checks the key; ceiling rows: 1 by construction, the gateway's write less its key condition); ` +
    `gw CPU from /proc/<pid>/stat`;
  return [title, pad(header), pad(widths.map((w) => '-'.repeat(w))), ...lines.map(pad)].join('\n');
}

main()
  .then(() => cleanup())
  .catch(async (error: Error) => {
    log(`bench failed: ${error.stack ?? error.message}`);
    await cleanup();
    process.exit(1);
  });
