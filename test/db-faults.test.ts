// Database faults: while clients update integrations through a gateway process, its PostgreSQL
// (a private cluster, never the machine's shared one) is stopped and started again. The gateway
// stays up, answers UNAVAILABLE (503) quickly during the outage, recovers by itself, and no
// acknowledged update is lost or half-written.
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { configs } from './helpers/fixtures.js';
import { errorCode, getStatus, postGraphQL, type TimedResponse } from './helpers/gateway-client.js';
import { privatePostgresUnavailableReason, startPrivatePostgres } from './helpers/private-postgres.js';
import { createKeyWithCli, freePort, startServerProcess } from './helpers/processes.js';

const skipReason = !process.env.TEST_DATABASE_URL
  ? 'TEST_DATABASE_URL is not set (the PGlite pass has no database server to stop)'
  : privatePostgresUnavailableReason();
if (skipReason) console.warn(`SKIPPED test/db-faults.test.ts: ${skipReason}.`);

const CONNECT_TIMEOUT_MS = 2000;
const STATEMENT_TIMEOUT_MS = 3000;
/** How long any request may take while the database is down: the connect timeout and some slack. */
const OUTAGE_ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + 1500;
const OUTAGE_MS = 3000;
const RECOVERY_BOUND_MS = 5000;

const CREATE = `mutation($input: CreateIntegrationInput!) {
  createIntegration(input: $input) { __typename ... on CreateIntegrationPayload { integration { id } } ... on Error { code message } } }`;
const READ = `query($id: ID!) { integration(id: $id) { etag } }`;
const UPDATE = `mutation($id: ID!, $etag: String, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, etag: $etag, input: $input) {
    __typename
    ... on UpdateIntegrationPayload { integration { etag version } }
    ... on EtagMismatchError { currentEtag currentVersion }
    ... on Error { code message }
  } }`;
const FINAL = `query($id: ID!) { integration(id: $id) { version etag revisions(first: 1) { totalCount } } }`;

interface Answer {
  startedAt: number;
  endedAt: number;
  status: number;
  outcome: 'ok' | 'mismatch' | 'unavailable' | 'other';
  detail: string;
}

function classify(response: TimedResponse, field: string): Answer['outcome'] {
  const code = errorCode(response);
  if (response.status === 503 && code === 'UNAVAILABLE' && Number(response.headers.get('retry-after')) > 0) return 'unavailable';
  if (response.status !== 200 || response.body.errors?.length) return 'other';
  const typename = (response.body.data?.[field] as { __typename?: string } | null)?.__typename;
  if (field === 'integration' || typename === 'UpdateIntegrationPayload') return 'ok';
  return typename === 'EtagMismatchError' ? 'mismatch' : 'other';
}

type Send = (query: string, variables: Record<string, unknown>) => Promise<TimedResponse>;

/** A private PostgreSQL and one gateway process on it, with a write key; both go when the test ends. */
async function gatewayOnPrivatePostgres() {
  const postgres = await startPrivatePostgres();
  onTestFinished(() => postgres.destroy());
  const env = {
    DATABASE_URL: postgres.url,
    SECRETS_KEY: randomBytes(32).toString('base64'),
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    RATE_LIMIT_READ_QUERIES: '0',
    RATE_LIMIT_WRITE_QUERIES: '0',
    RATE_LIMIT_MUTATIONS: '0',
    LOG_LEVEL: 'warn',
  };
  const key = await createKeyWithCli(env, 'faults');
  const port = await freePort();
  const server = await startServerProcess(env, port);
  let exited: string | undefined;
  server.child.on('exit', (code, signal) => (exited = `code ${code}, signal ${signal}`));
  onTestFinished(async () => {
    // The global teardown scans every server log for secrets; this process's output joins them.
    const logDir = inject('serverLogDir');
    mkdirSync(logDir, { recursive: true });
    appendFileSync(join(logDir, `${process.pid}-db-faults.log`), server.output());
    if (!exited) await server.stop();
  });
  const origin = `http://127.0.0.1:${port}`;
  const send: Send = (query, variables) => postGraphQL(origin, key, query, variables);
  return { postgres, server, origin, send, exited: () => exited };
}

async function createIntegrations(send: Send, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await send(CREATE, { input: { title: `fault ${i}`, config: configs.s3 } });
    const result = response.body.data?.createIntegration as { __typename: string; integration: { id: string } };
    expect(result?.__typename, JSON.stringify(response.body)).toBe('CreateIntegrationPayload');
    ids.push(result.integration.id);
  }
  return ids;
}

describe('database outage', () => {
  it.skipIf(Boolean(skipReason))(
    'answers UNAVAILABLE quickly while PostgreSQL is down, recovers by itself and loses no acknowledged update',
    async () => {
      const { postgres, server, origin, send, exited } = await gatewayOnPrivatePostgres();

      const ids = await createIntegrations(send, 4);

      // Eight clients, two per integration, each: read the etag, update the title to a new value
      // guarded by it, retry a mismatch with the current etag; note every acknowledged update.
      const answers: Answer[] = [];
      const acks: { etag: string; version: number; title: string }[] = [];
      let stopping = false;
      const call = async (query: string, variables: Record<string, unknown>, field: string) => {
        const startedAt = performance.now();
        const response = await send(query, variables);
        const outcome = classify(response, field);
        const detail = `retry-after: ${response.headers.get('retry-after')}; ${JSON.stringify(response.body).slice(0, 300)}`;
        answers.push({ startedAt, endedAt: performance.now(), status: response.status, outcome, detail });
        // A client backs off a little on 503, as Retry-After asks (here much shorter, to keep the test quick).
        if (outcome === 'unavailable' || response.status === 0) await new Promise((r) => setTimeout(r, 20));
        return { response, outcome };
      };
      const client = async (n: number) => {
        const id = ids[n % ids.length];
        let etag: string | undefined;
        let sequence = 0;
        while (!stopping) {
          if (!etag) {
            const read = await call(READ, { id }, 'integration');
            if (read.outcome === 'ok') etag = (read.response.body.data?.integration as { etag: string } | undefined)?.etag;
            continue;
          }
          const title = `client ${n} update ${sequence}`;
          const update = await call(UPDATE, { id, etag, input: { title } }, 'updateIntegration');
          const result = update.response.body.data?.updateIntegration as { integration: { etag: string; version: number }; currentEtag: string } | undefined;
          if (update.outcome === 'ok') {
            acks.push({ ...result!.integration, title });
            etag = result!.integration.etag;
            sequence += 1;
          } else if (update.outcome === 'mismatch') {
            etag = result!.currentEtag; // the same update again, against the current state
          } else {
            etag = undefined; // unknown whether it applied: read again, then a new update
            sequence += 1;
          }
        }
      };
      const clients = Array.from({ length: 8 }, (_, n) => client(n));
      onTestFinished(async () => {
        stopping = true;
        await Promise.all(clients);
      });

      const summary = () => {
        const counts = new Map<string, number>();
        for (const a of answers) counts.set(`${a.status} ${a.outcome}`, (counts.get(`${a.status} ${a.outcome}`) ?? 0) + 1);
        const last = answers.at(-1);
        return [
          `gateway exited: ${exited() ?? 'no'}; answers: ${JSON.stringify([...counts])}; last: ${last?.status} ${last?.detail}`,
          `gateway output (tail):\n${server.output().slice(-1500)}`,
        ].join('\n');
      };
      const until = async (condition: () => boolean, limitMs: number, what: string) => {
        const deadline = performance.now() + limitMs;
        while (!condition()) {
          if (exited()) throw new Error(`the gateway exited while waiting for ${what}\n${summary()}`);
          if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}\n${summary()}`);
          await new Promise((r) => setTimeout(r, 25));
        }
      };
      await until(() => acks.length >= 50, 15_000, '50 acknowledged updates before the outage');

      // The outage.
      const stopIssuedAt = performance.now();
      await postgres.stop();
      const downAt = performance.now();
      const readyDuringOutage: { status: number; ms: number }[] = [];
      const liveDuringOutage: number[] = [];
      while (performance.now() - downAt < OUTAGE_MS) {
        readyDuringOutage.push(await getStatus(origin, '/health/ready'));
        liveDuringOutage.push((await getStatus(origin, '/health/live')).status);
        await new Promise((r) => setTimeout(r, 200));
      }
      const startIssuedAt = performance.now();
      await postgres.start();
      const upAt = performance.now();

      // Recovery: the first acknowledged update and a ready probe after the database is back.
      await until(() => answers.some((a) => a.startedAt > upAt && a.outcome === 'ok'), RECOVERY_BOUND_MS + 5000, 'an update after the restart');
      let readyAgainAt: number | undefined;
      while (readyAgainAt === undefined && performance.now() - upAt < RECOVERY_BOUND_MS + 5000) {
        if ((await getStatus(origin, '/health/ready')).status === 200) readyAgainAt = performance.now();
        else await new Promise((r) => setTimeout(r, 100));
      }
      const acksBeforeEnd = acks.length;
      // Keep going past the recovery bound, so the test also sees that nothing fails after it.
      await until(
        () => acks.length >= acksBeforeEnd + 50 && performance.now() > upAt + RECOVERY_BOUND_MS + 1000,
        RECOVERY_BOUND_MS + 15_000,
        '50 more acknowledged updates after recovery',
      );
      stopping = true;
      await Promise.all(clients);

      // The gateway never exited, and answered every request with one of three expected outcomes.
      expect(exited(), server.output().slice(-2000)).toBeUndefined();
      expect(server.child.exitCode).toBeNull();
      const unexpected = answers.filter((a) => a.outcome === 'other');
      expect(unexpected.map((a) => `${a.status} ${a.detail}`)).toEqual([]);

      // During the outage: UNAVAILABLE with 503, each answered within the bound; ready is 503.
      const duringOutage = answers.filter((a) => a.startedAt >= downAt && a.endedAt <= startIssuedAt);
      expect(duringOutage.length).toBeGreaterThan(20);
      expect(duringOutage.every((a) => a.outcome === 'unavailable')).toBe(true);
      const touchingOutage = answers.filter((a) => a.endedAt >= stopIssuedAt && a.startedAt <= upAt);
      const slowest = Math.max(...touchingOutage.map((a) => a.endedAt - a.startedAt));
      expect(slowest).toBeLessThan(OUTAGE_ANSWER_BOUND_MS);
      expect(readyDuringOutage.length).toBeGreaterThan(3);
      expect(
        readyDuringOutage.every((r) => r.status === 503 && r.ms < OUTAGE_ANSWER_BOUND_MS),
        JSON.stringify(readyDuringOutage),
      ).toBe(true);
      expect(liveDuringOutage.every((status) => status === 200)).toBe(true);

      // Recovery within 5 s of the database's return, without restarting the gateway.
      const firstOkAfter = Math.min(...answers.filter((a) => a.startedAt > upAt && a.outcome === 'ok').map((a) => a.endedAt));
      expect(firstOkAfter - upAt).toBeLessThan(RECOVERY_BOUND_MS);
      expect(readyAgainAt, 'ready again after the restart').toBeDefined();
      expect(readyAgainAt! - upAt).toBeLessThan(RECOVERY_BOUND_MS);
      const lateFailures = answers.filter((a) => a.startedAt > upAt + RECOVERY_BOUND_MS && a.outcome !== 'ok' && a.outcome !== 'mismatch');
      expect(lateFailures.map((a) => a.detail)).toEqual([]);
      expect(
        answers.some((a) => a.outcome === 'mismatch'),
        'the clients raced (some etag mismatches)',
      ).toBe(true);

      console.info(
        `db-faults: ${acks.length} acknowledged updates, ${answers.filter((a) => a.outcome === 'mismatch').length} etag mismatches, ` +
          `${duringOutage.length} UNAVAILABLE answers during the outage (slowest answer ${Math.round(slowest)} ms), ` +
          `first update ${Math.round(firstOkAfter - upAt)} ms after the database returned`,
      );

      // No partial write: per integration, revisions 1..version, the newest carrying its etag.
      for (const id of ids) {
        const final = await send(FINAL, { id });
        const integration = final.body.data?.integration as { version: number; revisions: { totalCount: number } };
        expect(integration.revisions.totalCount).toBe(integration.version);
      }
      const sql = new pg.Client({ connectionString: postgres.url });
      await sql.connect();
      try {
        const rows = (
          await sql.query<{ version: number; etag: string; revisions: { version: number; etag: string; title: string }[] }>(
            `select i.version, i.etag,
                    json_agg(json_build_object('version', r.version, 'etag', r.etag, 'title', r.snapshot->>'title') order by r.version) as revisions
               from integrations i join integration_revisions r on r.integration_id = i.id
              group by i.id`,
          )
        ).rows;
        expect(rows).toHaveLength(ids.length);
        const revisionsByEtag = new Map<string, { version: number; title: string }>();
        for (const row of rows) {
          expect(row.revisions.map((r) => r.version)).toEqual(Array.from({ length: row.version }, (_, i) => i + 1));
          expect(row.revisions.at(-1)?.etag).toBe(row.etag);
          for (const r of row.revisions) revisionsByEtag.set(r.etag, r);
        }
        // Every acknowledged update is there, at the version it was acknowledged with.
        const missing = acks.filter((ack) => {
          const revision = revisionsByEtag.get(ack.etag);
          return revision?.version !== ack.version || revision.title !== ack.title;
        });
        expect(missing).toEqual([]);
      } finally {
        await sql.end();
      }
    },
    90_000,
  );

  it.skipIf(Boolean(skipReason))(
    'answers UNAVAILABLE within the configured timeouts while PostgreSQL hangs, and recovers when it answers again',
    async () => {
      const { postgres, server, origin, send, exited } = await gatewayOnPrivatePostgres();
      const [id] = await createIntegrations(send, 1);
      // Open connections first: these hang rather than fail once the server stops answering.
      await Promise.all(Array.from({ length: 12 }, () => send(READ, { id })));

      // SIGSTOP: connections stay open, new ones are accepted by the kernel, nothing answers.
      await postgres.freeze();
      const during = await Promise.all(
        Array.from({ length: 16 }, (_, i) => (i % 2 ? send(READ, { id }) : send(UPDATE, { id, input: { title: `while frozen ${i}` } }))),
      );
      const ready = await getStatus(origin, '/health/ready');
      await postgres.thaw();
      const thawedAt = performance.now();

      // Bounded by the timeouts, never a hang: the statement timeout plus the client's extra second
      // for a connection that hangs, the connect timeout for a new one; slack for a loaded machine.
      const bound = STATEMENT_TIMEOUT_MS + 1000 + 2000;
      expect(during.map((r) => `${r.status} ${errorCode(r)}`)).toEqual(during.map(() => '503 UNAVAILABLE'));
      expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(bound);
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(bound);

      let current: { etag: string } | undefined;
      while (!current && performance.now() - thawedAt < RECOVERY_BOUND_MS) {
        const read = await send(READ, { id });
        if (read.status === 200) current = read.body.data?.integration as { etag: string };
        else await new Promise((r) => setTimeout(r, 50));
      }
      expect(current, 'reads again within 5 s of the database answering').toBeDefined();
      const update = await send(UPDATE, { id, etag: current!.etag, input: { title: 'after the freeze' } });
      expect((update.body.data?.updateIntegration as { __typename: string } | undefined)?.__typename).toBe('UpdateIntegrationPayload');
      const final = (await send(FINAL, { id })).body.data?.integration as { version: number; revisions: { totalCount: number } };
      expect(final.revisions.totalCount).toBe(final.version);
      expect(exited(), server.output().slice(-2000)).toBeUndefined();
    },
    60_000,
  );
});
