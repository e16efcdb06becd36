// HTTP load with autocannon against the running gateway: a warm-up, then measured runs, each
// bracketed by reads of gateway_db_statements_total so SQL statements per request are counted.
import autocannon from 'autocannon';
import type { Gateway } from './gateway.js';
import { percentile, Samples, sleep } from './stats.js';

export interface RunResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  sent: number;
  statementsPerRequest: number;
  /** Gateway CPU time (user + system) per request, in ms; null where no gateway is involved. */
  cpuMsPerRequest: number | null;
  errors: number;
  /** Updates answered with EtagMismatchError (re-read via currentEtag and retried). */
  etagMismatches?: number;
  firstError?: string;
}

/** One autocannon request template: a static body, or one built per request by the scenario. */
export interface Scenario {
  name: string;
  connections: number;
  /** Static request body (JSON). */
  body?: string;
  /** Builds the requests array for one autocannon run of `seconds` (fresh per-connection state). */
  requests?: (seconds: number) => autocannon.Request[];
  /** The first request of each connection is a GET /health/live probe (no SQL, not measured). */
  probeFirst?: boolean;
  /** Runs before the warm-up and before each measured run, once the gateway is idle. */
  beforeRun?: () => Promise<void>;
  /** Counters the scenario's onResponse fills; reset before each measured run. */
  counters?: { errors: number; mismatches: number; firstError?: string };
}

function staticRequests(body: string, counters: { errors: number; firstError?: string }): autocannon.Request[] {
  return [
    {
      method: 'POST',
      body,
      onResponse: (status: number, responseBody: string) => {
        // The cheap check: a GraphQL error anywhere in the result is an "errors" member.
        if (status !== 200 || responseBody.includes('"errors":[')) {
          counters.errors++;
          counters.firstError ??= `HTTP ${status}: ${responseBody.slice(0, 300)}`;
        }
      },
    },
  ];
}

/** One autocannon run; latencies are also collected unrounded (autocannon's histogram has 1 ms steps). */
function cannon(gateway: Gateway, key: string, scenario: Scenario, seconds: number): Promise<{ result: autocannon.Result; latencies: Float64Array }> {
  const counters = scenario.counters ?? { errors: 0, mismatches: 0 };
  scenario.counters = counters;
  const requests = scenario.requests ? scenario.requests(seconds) : staticRequests(scenario.body as string, counters);
  const latencies = new Samples();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: gateway.url,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${key}`,
        },
        connections: scenario.connections,
        pipelining: 1,
        duration: seconds,
        timeout: 30,
        requests,
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies: latencies.values() })),
    );
    const probed = new Set<unknown>();
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      if (scenario.probeFirst && !probed.has(client)) {
        probed.add(client);
        return;
      }
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** Waits until the gateway has sent no SQL for 150 ms (requests abandoned at a run's end finish). */
async function settle(gateway: Gateway): Promise<number> {
  let last = await gateway.statements();
  for (let i = 0; i < 50; i++) {
    await sleep(150);
    const now = await gateway.statements();
    if (now === last) return now;
    last = now;
  }
  return last;
}

export async function measureHttp(
  gateway: Gateway,
  key: string,
  scenario: Scenario,
  options: { warmupS: number; durationS: number; runs: number },
  log: (line: string) => void,
): Promise<RunResult[]> {
  if (options.warmupS > 0) {
    await settle(gateway);
    await scenario.beforeRun?.();
    await cannon(gateway, key, scenario, options.warmupS);
  }
  const results: RunResult[] = [];
  for (let run = 0; run < options.runs; run++) {
    const counters = scenario.counters ?? { errors: 0, mismatches: 0 };
    counters.errors = 0;
    counters.mismatches = 0;
    counters.firstError = undefined;
    scenario.counters = counters;
    await settle(gateway);
    await scenario.beforeRun?.();
    const before = await settle(gateway);
    const cpuBefore = gateway.cpuSeconds();
    const { result, latencies } = await cannon(gateway, key, scenario, options.durationS);
    const after = await settle(gateway);
    const cpuAfter = gateway.cpuSeconds();
    // Every request sent reaches the server, also those whose answer came after autocannon stopped.
    const probes = scenario.probeFirst ? scenario.connections : 0;
    const sent = (result.requests.sent || result.requests.total) - probes;
    const total = result.requests.total - probes;
    const errors = counters.errors + result.non2xx + result.errors + result.timeouts;
    const one: RunResult = {
      requestsPerSecond: total / result.duration,
      p50Ms: latencies.length > 0 ? percentile(latencies, 50) : result.latency.p50,
      p99Ms: latencies.length > 0 ? percentile(latencies, 99) : result.latency.p99,
      requests: total,
      sent,
      statementsPerRequest: (after - before) / sent,
      cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / sent,
      errors,
      etagMismatches: scenario.requests ? counters.mismatches : undefined,
      firstError: counters.firstError,
    };
    results.push(one);
    log(
      `  ${scenario.name} c=${scenario.connections} run ${run + 1}: ${one.requestsPerSecond.toFixed(0)} req/s, ` +
        `p50 ${one.p50Ms.toFixed(2)} ms, p99 ${one.p99Ms.toFixed(2)} ms, ${one.statementsPerRequest.toFixed(2)} SQL/req, ` +
        `gateway CPU ${(one.cpuMsPerRequest ?? Number.NaN).toFixed(2)} ms/req` +
        (one.etagMismatches !== undefined ? `, ${one.etagMismatches} etag mismatches` : '') +
        (errors > 0 ? `, ${errors} ERRORS (${one.firstError ?? 'transport'})` : ''),
    );
  }
  return results;
}

export function staticScenario(name: string, connections: number, query: string, variables?: Record<string, unknown>): Scenario {
  return { name, connections, body: JSON.stringify({ query, variables }) };
}

/**
 * updateIntegration with an etag. The connections take the integrations in turn from one shared
 * cursor, so an integration comes round again only after all the others (thousands of requests
 * later): two requests in flight never share one, and each request sends the etag of that
 * integration's last answer; on EtagMismatchError it takes currentEtag and goes on. Before each
 * run `loadEtags` refreshes the etags (a request abandoned at the end of a run may have changed
 * one after its answer was dropped).
 *
 * autocannon builds each connection's first request when it creates the connection and sends
 * that buffer first: those first `connections` builds are health probes (see probeFirst). It also
 * deep-clones its options, requests array included, for every connection, and clears a
 * connection's context when it wraps around the array: so the array is short and no state lives
 * in the context beyond one request and its answer.
 */
/** What an update's answer says: the new etag, or the current one after a failed guard; null: an error. */
export type UpdateAnswer = { etag: string; mismatch: boolean } | null;

/** The gateway's answer: UpdateIntegrationPayload, or EtagMismatchError with currentEtag. */
export function gatewayUpdateAnswer(body: string): UpdateAnswer {
  let result: { __typename?: string; integration?: { etag: string }; currentEtag?: string } | undefined;
  try {
    result = JSON.parse(body)?.data?.updateIntegration;
  } catch {
    return null;
  }
  if (result?.__typename === 'UpdateIntegrationPayload' && result.integration) return { etag: result.integration.etag, mismatch: false };
  if (result?.__typename === 'EtagMismatchError' && result.currentEtag) return { etag: result.currentEtag, mismatch: true };
  return null;
}

export function updateScenario(
  name: string,
  connections: number,
  ids: string[],
  loadEtags: () => Promise<Map<string, string>>,
  mutation: string,
  answerOf: (body: string) => UpdateAnswer = gatewayUpdateAnswer,
): Scenario {
  let etags = new Map<string, string>();
  const scenario: Scenario = {
    name,
    connections,
    counters: { errors: 0, mismatches: 0 },
    probeFirst: true,
    beforeRun: async () => {
      etags = await loadEtags();
    },
  };
  let titleCounter = 0;
  let cursor = 0;
  scenario.requests = () => {
    let probes = 0;
    const counters = scenario.counters as NonNullable<Scenario['counters']>;
    const request: autocannon.Request = {
      method: 'POST',
      setupRequest: (req, context) => {
        const state = context as { current?: string };
        if (probes < connections) {
          probes++;
          state.current = undefined;
          return { ...req, method: 'GET', path: '/health/live', body: Buffer.alloc(0) };
        }
        const id = ids[cursor++ % ids.length];
        state.current = id;
        titleCounter++;
        return {
          ...req,
          body: JSON.stringify({ query: mutation, variables: { id, etag: etags.get(id), title: `Bench title ${titleCounter}` } }),
        };
      },
      onResponse: (status, body, context) => {
        const state = context as { current?: string };
        const id = state.current;
        if (!id) return; // a probe
        state.current = undefined;
        const answer = status === 200 ? answerOf(body) : null;
        if (answer) {
          etags.set(id, answer.etag);
          if (answer.mismatch) counters.mismatches++;
        } else {
          counters.errors++;
          counters.firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
        }
      },
    };
    return new Array<autocannon.Request>(256).fill(request);
  };
  return scenario;
}
