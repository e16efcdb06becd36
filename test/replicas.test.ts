// Many replicas, one truth: three gateway processes on one PostgreSQL database, 32 clients doing
// etag-guarded read-modify-write increments of one counter, each request to the next replica in
// turn. Every conflict is an EtagMismatchError that the client retries; no increment is lost.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freshSchemaUrl } from './helpers/database.js';
import { configs } from './helpers/fixtures.js';
import { postGraphQL, type TimedResponse } from './helpers/gateway-client.js';
import { createKeyWithCli, freePort, startServerProcess } from './helpers/processes.js';

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('SKIPPED test/replicas.test.ts: TEST_DATABASE_URL is not set (several processes cannot share one PGlite).');

const REPLICAS = 3;
const CLIENTS = 32;
const INCREMENTS_PER_CLIENT = 2;
/** A client that needs more attempts than this for one increment is starved: the test fails. */
const MAX_ATTEMPTS = 500;

const CREATE = `mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id } } ... on Error { code message } } }`;
const READ = `query($id: ID!) { integration(id: $id) { title etag } }`;
const UPDATE = `mutation($id: ID!, $etag: String, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, etag: $etag, input: $input) {
    __typename
    ... on UpdateIntegrationPayload { integration { title version } }
    ... on EtagMismatchError { code currentEtag currentVersion }
    ... on Error { code message }
  } }`;
const FINAL = `query($id: ID!) { integration(id: $id) { title version revisions(first: 1) { totalCount } } }`;

const counterTitle = (n: number) => `count-${n}`;
const counterValue = (title: string) => Number(/^count-(\d+)$/.exec(title)?.[1] ?? Number.NaN);

function expectOk(response: TimedResponse): Record<string, unknown> {
  if (response.status !== 200 || response.body.errors?.length) {
    throw new Error(`unexpected answer: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.data ?? {};
}

describe('several replicas on one database', () => {
  it.skipIf(!url)(
    `${CLIENTS} clients incrementing one counter through ${REPLICAS} server processes lose no increment`,
    async () => {
      const env = {
        DATABASE_URL: await freshSchemaUrl(url!, 'replicas'),
        SECRETS_KEY: randomBytes(32).toString('base64'),
        // Each replica limits in memory here; this test is about the data, not the limits.
        RATE_LIMIT_READ_QUERIES: '0',
        RATE_LIMIT_WRITE_QUERIES: '0',
        RATE_LIMIT_MUTATIONS: '0',
        LOG_LEVEL: 'warn',
      };
      const key = await createKeyWithCli(env, 'replicas');
      const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
      const started = await Promise.allSettled(ports.map((port) => startServerProcess(env, port)));
      const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      onTestFinished(async () => {
        await Promise.all(servers.map((s) => s.stop()));
      });
      expect(servers).toHaveLength(REPLICAS);
      const origins = ports.map((port) => `http://127.0.0.1:${port}`);

      const createdCounter = expectOk(await postGraphQL(origins[0], key, CREATE, { input: { title: counterTitle(0), config: configs.s3 } }))
        .createIntegration as { __typename: string; integration: { id: string } };
      expect(createdCounter.__typename).toBe('CreateIntegrationPayload');
      const id = createdCounter.integration.id;

      const acksByReplica = Array.from({ length: REPLICAS }, () => 0);
      const acknowledgedValues: number[] = [];
      let mismatches = 0;
      let retriedToSuccess = 0;
      const client = async (n: number) => {
        let turn = n; // round robin over the replicas, each client starting at a different one
        const next = () => turn++ % REPLICAS;
        for (let increment = 0; increment < INCREMENTS_PER_CLIENT; increment++) {
          let attempts = 0;
          for (;;) {
            if (++attempts > MAX_ATTEMPTS) throw new Error(`client ${n} gave up after ${MAX_ATTEMPTS} attempts`);
            const read = expectOk(await postGraphQL(origins[next()], key, READ, { id })).integration as { title: string; etag: string };
            const value = counterValue(read.title);
            const replica = next();
            const result = expectOk(await postGraphQL(origins[replica], key, UPDATE, { id, etag: read.etag, input: { title: counterTitle(value + 1) } }))
              .updateIntegration as { __typename: string; code?: string; integration?: { title: string } };
            if (result.__typename === 'UpdateIntegrationPayload') {
              acksByReplica[replica] += 1;
              acknowledgedValues.push(counterValue(result.integration!.title));
              if (attempts > 1) retriedToSuccess += 1;
              break;
            }
            expect(result.__typename, JSON.stringify(result)).toBe('EtagMismatchError');
            expect(result.code).toBe('ABORTED');
            mismatches += 1;
            // Re-read and re-apply, after a short random pause so the losers of a round do not all
            // collide again at once (what a well-behaved client does).
            await new Promise((r) => setTimeout(r, Math.random() * 5 * Math.min(attempts, 10)));
          }
        }
      };
      const runStartedAt = performance.now();
      await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
      const runMs = performance.now() - runStartedAt;

      const acknowledged = acksByReplica.reduce((a, b) => a + b, 0);
      expect(acknowledged).toBe(CLIENTS * INCREMENTS_PER_CLIENT);
      // The clients really raced, every conflict ended in a retried success, and every replica wrote.
      expect(mismatches).toBeGreaterThan(0);
      expect(retriedToSuccess).toBeGreaterThan(0);
      expect(
        acksByReplica.every((count) => count > 0),
        JSON.stringify(acksByReplica),
      ).toBe(true);
      // Each acknowledged increment produced a distinct value: 1..N, none lost, none doubled.
      expect([...acknowledgedValues].sort((a, b) => a - b)).toEqual(Array.from({ length: acknowledged }, (_, i) => i + 1));

      for (const origin of origins) {
        const final = expectOk(await postGraphQL(origin, key, FINAL, { id })).integration as {
          title: string;
          version: number;
          revisions: { totalCount: number };
        };
        expect(counterValue(final.title)).toBe(acknowledged);
        expect(final.version).toBe(acknowledged + 1);
        expect(final.revisions.totalCount).toBe(final.version);
      }
      for (const server of servers) expect(server.child.exitCode).toBeNull();
      console.info(
        `replicas: ${acknowledged} increments acknowledged (per replica ${acksByReplica.join('/')}), ` +
          `${mismatches} etag mismatches retried, ${retriedToSuccess} increments needed a retry, in ${Math.round(runMs)} ms`,
      );
    },
    120_000,
  );
});
