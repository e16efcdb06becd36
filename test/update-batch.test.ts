// Guarded writes that reach the database in the same turn of the event loop share one statement
// (src/integrations/update-batch.ts): each still gets exactly its own answer, row and revision.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { IntegrationRow } from '../src/db/database.js';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { findIntegrationById, updateIntegrationWithRevision } from '../src/integrations/integration.repository.js';
import { GetRevisions, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { testDatabaseKind, useTestDatabase } from './helpers/database.js';
import { createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

/** `count` integrations of a new tenant, as the rows the repository reads. */
async function rows(api: TestApi, count: number): Promise<IntegrationRow[]> {
  const created = await Promise.all(Array.from({ length: count }, (_, i) => createIntegration(api, { title: `row ${i}` })));
  const db = api.database.db;
  const first = await db.selectFrom('integrations').select('tenant_id').where('id', '=', decodeIntegrationId(created[0]!.id)!).executeTakeFirstOrThrow();
  return Promise.all(
    created.map(async (c) => (await findIntegrationById(db, { tenantId: first.tenant_id, environmentId: null }, decodeIntegrationId(c.id)!))!),
  );
}

/** The write of a new title over `row`, as guardedWrite sends it. */
function retitle(api: TestApi, row: IntegrationRow, title: string, expectedEtag = row.etag) {
  const newEtag = `etag-${title}`;
  return updateIntegrationWithRevision(
    api.database.db,
    { tenantId: row.tenant_id, id: row.id, expectedEtag, newEtag, now: new Date(), changes: { title } },
    { action: 'update', apiKeyId: null, actor: 'batch test', changedPaths: '["title"]', snapshot: JSON.stringify({ title }) },
  );
}

async function revisionsOf(api: TestApi, row: IntegrationRow) {
  return api.database.db
    .selectFrom('integration_revisions')
    .select(['version', 'etag', 'action', 'actor', 'changed_paths', 'snapshot'])
    .where('integration_id', '=', row.id)
    .orderBy('version')
    .execute();
}

const statementsNamed = (api: TestApi, name: string) => api.database.statements.byName.get(name) ?? 0;

describe('guarded writes sent together', () => {
  it('share one statement; each caller gets its own row, a stale etag gets nothing, each change has its revision', async () => {
    const api = await startTestApi(database());
    const [a, b, c, stale] = await rows(api, 4);
    const before = { batched: statementsNamed(api, 'updateIntegrationsWithRevisions'), total: api.database.statements.total };
    const answers = await Promise.all([retitle(api, a!, 'A2'), retitle(api, b!, 'B2'), retitle(api, c!, 'C2'), retitle(api, stale!, 'S2', 'not-the-etag')]);
    expect(api.database.statements.total - before.total).toBe(1);
    expect(statementsNamed(api, 'updateIntegrationsWithRevisions') - before.batched).toBe(1);

    expect(answers.map((row) => row && { id: row.id, title: row.title, etag: row.etag, version: row.version })).toEqual([
      { id: a!.id, title: 'A2', etag: 'etag-A2', version: 2 },
      { id: b!.id, title: 'B2', etag: 'etag-B2', version: 2 },
      { id: c!.id, title: 'C2', etag: 'etag-C2', version: 2 },
      undefined,
    ]);
    // The rows returned are whole rows, as findIntegrationById reads them (the row cache keeps them).
    expect(Object.keys(answers[0]!).sort()).toEqual(Object.keys(a!).sort());
    expect(answers[0]!.config).toEqual(a!.config);
    expect(answers[0]!.updated_at).toBeInstanceOf(Date);

    for (const [row, title] of [
      [a, 'A2'],
      [b, 'B2'],
      [c, 'C2'],
    ] as const) {
      const revisions = await revisionsOf(api, row!);
      expect(revisions.map((r) => r.version)).toEqual([1, 2]);
      expect(revisions[1]).toMatchObject({ etag: `etag-${title}`, action: 'update', actor: 'batch test', changed_paths: ['title'], snapshot: { title } });
    }
    expect(await findIntegrationById(api.database.db, { tenantId: stale!.tenant_id, environmentId: null }, stale!.id)).toMatchObject({
      title: 'row 3',
      etag: stale!.etag,
      version: 1,
    });
    expect((await revisionsOf(api, stale!)).map((r) => r.version)).toEqual([1]);
  });

  it('of two writes of one row with the same etag in one statement, exactly one applies', async () => {
    const api = await startTestApi(database());
    const [row] = await rows(api, 1);
    const answers = await Promise.all([retitle(api, row!, 'first'), retitle(api, row!, 'second')]);
    const applied = answers.filter((answer) => answer !== undefined);
    expect(applied).toHaveLength(1);
    const stored = await findIntegrationById(api.database.db, { tenantId: row!.tenant_id, environmentId: null }, row!.id);
    expect(stored).toMatchObject({ title: applied[0]!.title, etag: applied[0]!.etag, version: 2 });
    const revisions = await revisionsOf(api, row!);
    expect(revisions.map((r) => [r.version, r.etag])).toEqual([
      [1, row!.etag],
      [2, applied[0]!.etag],
    ]);
  });

  it('a write the database refuses fails alone: the others of its statement are applied', async () => {
    const api = await startTestApi(database());
    const [a, bad, c] = await rows(api, 3);
    const before = api.database.statements.total;
    // PostgreSQL stores no NUL character in text (the API refuses it before it gets here).
    const answers = await Promise.allSettled([retitle(api, a!, 'A2'), retitle(api, bad!, 'nul\u0000title'), retitle(api, c!, 'C2')]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value?.title : 'refused'))).toEqual(['A2', 'refused', 'C2']);
    // The shared statement, then each write alone.
    expect(api.database.statements.total - before).toBe(4);
    expect(await findIntegrationById(api.database.db, { tenantId: bad!.tenant_id, environmentId: null }, bad!.id)).toMatchObject({
      title: 'row 1',
      version: 1,
    });
    expect((await revisionsOf(api, a!)).map((r) => r.version)).toEqual([1, 2]);
    expect((await revisionsOf(api, bad!)).map((r) => r.version)).toEqual([1]);
  });

  it('writes that change different columns go in one statement per set of columns', async () => {
    const api = await startTestApi(database());
    const [a, b, c, d] = await rows(api, 4);
    const db = api.database.db;
    const describe = (row: IntegrationRow, description: string) =>
      updateIntegrationWithRevision(
        db,
        {
          tenantId: row.tenant_id,
          id: row.id,
          expectedEtag: row.etag,
          newEtag: `etag-${description}`,
          now: new Date(),
          changes: { description, labels: '["x"]' },
        },
        { action: 'update', apiKeyId: null, actor: 'batch test', changedPaths: '["description","labels"]', snapshot: '{}' },
      );
    const before = statementsNamed(api, 'updateIntegrationsWithRevisions');
    const answers = await Promise.all([retitle(api, a!, 'A2'), describe(b!, 'B2'), retitle(api, c!, 'C2'), describe(d!, 'D2')]);
    expect(statementsNamed(api, 'updateIntegrationsWithRevisions') - before).toBe(2);
    expect(answers.map((row) => [row!.title, row!.description, row!.labels])).toEqual([
      ['A2', null, []],
      ['row 1', 'B2', ['x']],
      ['C2', null, []],
      ['row 3', 'D2', ['x']],
    ]);
  });

  it('writes alone in their set of columns, in the same turn as others, each run their own statement', async () => {
    const api = await startTestApi(database());
    const [a, b] = await rows(api, 2);
    const db = api.database.db;
    const describeOnly = (row: IntegrationRow, description: string) =>
      updateIntegrationWithRevision(
        db,
        { tenantId: row.tenant_id, id: row.id, expectedEtag: row.etag, newEtag: `etag-${description}`, now: new Date(), changes: { description } },
        { action: 'update', apiKeyId: null, actor: 'batch test', changedPaths: '["description"]', snapshot: '{}' },
      );
    const answers = await Promise.all([retitle(api, a!, 'A2'), describeOnly(b!, 'B described')]);
    expect(answers.map((row) => [row!.title, row!.description])).toEqual([
      ['A2', null],
      ['row 1', 'B described'],
    ]);
    expect(await findIntegrationById(db, { tenantId: b!.tenant_id, environmentId: null }, b!.id)).toMatchObject({ title: 'row 1', description: 'B described' });
  });

  it('stores JSON `null` text as JSON null and a null value as SQL NULL, alone or shared', async () => {
    const api = await startTestApi(database());
    const [alone, a, b] = await rows(api, 3);
    const db = api.database.db;
    const setDelivery = (row: IntegrationRow, delivery: string | null) =>
      updateIntegrationWithRevision(
        db,
        {
          tenantId: row.tenant_id,
          id: row.id,
          expectedEtag: row.etag,
          newEtag: `etag-${row.id}`,
          now: new Date(),
          changes: { delivery, metadata: '{"k":"v"}' },
        },
        { action: 'update', apiKeyId: null, actor: 'batch test', changedPaths: '["delivery"]', snapshot: '{}' },
      );
    await setDelivery(alone!, 'null');
    const before = statementsNamed(api, 'updateIntegrationsWithRevisions');
    await Promise.all([setDelivery(a!, 'null'), setDelivery(b!, null)]);
    expect(statementsNamed(api, 'updateIntegrationsWithRevisions') - before).toBe(1);
    const stored = await sql<{ id: string; sql_null: boolean; kind: string | null; metadata: unknown }>`
      select id, delivery is null as sql_null, jsonb_typeof(delivery) as kind, metadata from integrations where id in (${alone!.id}, ${a!.id}, ${b!.id})`.execute(
      db,
    );
    const byId = new Map(stored.rows.map((row) => [row.id, row]));
    // JSON text "null" is JSON null whichever statement wrote it; a value of null is SQL NULL.
    expect(byId.get(alone!.id)).toMatchObject({ sql_null: false, kind: 'null', metadata: { k: 'v' } });
    expect(byId.get(a!.id)).toMatchObject({ sql_null: false, kind: 'null', metadata: { k: 'v' } });
    expect(byId.get(b!.id)).toMatchObject({ sql_null: true, kind: null, metadata: { k: 'v' } });
  });

  it('inside a transaction a write is sent at once on its connection, and is undone with it', async () => {
    const api = await startTestApi(database());
    const [a, b] = await rows(api, 2);
    const db = api.database.db;
    const before = statementsNamed(api, 'updateIntegrationsWithRevisions');
    const rolledBack = new Error('roll back');
    const outcome = db.transaction().execute(async (trx) => {
      // Two writes of the transaction in one turn: each its own statement, not a shared one.
      const written = await Promise.all(
        [a!, b!].map((row) =>
          updateIntegrationWithRevision(
            trx,
            { tenantId: row.tenant_id, id: row.id, expectedEtag: row.etag, newEtag: `etag-trx-${row.id}`, now: new Date(), changes: { title: 'in trx' } },
            { action: 'update', apiKeyId: null, actor: 'batch test', changedPaths: '["title"]', snapshot: '{}' },
          ),
        ),
      );
      expect(written.map((row) => row?.title)).toEqual(['in trx', 'in trx']);
      expect(await findIntegrationById(trx, { tenantId: a!.tenant_id, environmentId: null }, a!.id)).toMatchObject({ title: 'in trx', version: 2 });
      throw rolledBack;
    });
    await expect(outcome).rejects.toBe(rolledBack);
    expect(statementsNamed(api, 'updateIntegrationsWithRevisions') - before).toBe(2);
    expect(await findIntegrationById(db, { tenantId: a!.tenant_id, environmentId: null }, a!.id)).toMatchObject({ title: 'row 0', version: 1 });
    expect((await revisionsOf(api, a!)).map((r) => r.version)).toEqual([1]);
  });

  // Two statements that lock the same rows in opposite orders would deadlock (PostgreSQL aborts
  // one after deadlock_timeout, 1 s, and its writes are sent again one by one). PGlite runs one
  // statement at a time, so only PostgreSQL can show it.
  it.skipIf(testDatabaseKind !== 'postgres')('two statements in flight over the same rows, listed in opposite orders, do not deadlock', async () => {
    const api = await startTestApi(database());
    const all = await rows(api, 40);
    // A table of realistic size, so the planner looks rows up by key in the order the statement lists them.
    await sql`insert into integrations (id, tenant_id, connector, title, config, etag, version)
      select gen_random_uuid(), tenant_id, connector, title, config, etag, version from integrations, generate_series(1, 5000) where id = ${all[0]!.id}`.execute(
      api.database.db,
    );
    await sql`analyze integrations`.execute(api.database.db);
    const before = statementsNamed(api, 'updateIntegrationsWithRevisions');
    const started = performance.now();
    for (let round = 0; round < 5; round++) {
      const current = await Promise.all(all.map((row) => findIntegrationById(api.database.db, { tenantId: row.tenant_id, environmentId: null }, row.id)));
      const forward = current.map((row) => retitle(api, row!, `forward ${round} ${row!.title}`));
      // The next turn of the event loop: the first statement is on its way, the second follows it.
      await new Promise((resolve) => setImmediate(resolve));
      const backward = [...current].reverse().map((row) => retitle(api, row!, `backward ${round} ${row!.title}`));
      const [a, b] = await Promise.all([Promise.all(forward), Promise.all(backward)]);
      // Every row was changed by exactly one of the two statements.
      const byRow = new Map<string, number>();
      for (const row of [...a, ...b]) if (row) byRow.set(row.id, (byRow.get(row.id) ?? 0) + 1);
      expect([...byRow.values()].filter((n) => n === 1)).toHaveLength(all.length);
    }
    // Two statements per round: none was aborted and sent again one write at a time.
    expect(statementsNamed(api, 'updateIntegrationsWithRevisions') - before).toBe(10);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('over HTTP, concurrent updates with etags from many clients are each applied once, with consecutive versions', async () => {
    const api = await startTestApi(database());
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => createIntegration(api, { title: `row ${i}` })));
    const rounds = 4;
    await Promise.all(
      created.map(async (integration) => {
        let etag = integration.etag;
        for (let round = 1; round <= rounds; round++) {
          const result = (await api.request(UpdateIntegration, { id: integration.id, etag, input: { title: `${integration.title} #${round}` } })).body.data!
            .updateIntegration;
          if (result.__typename !== 'UpdateIntegrationPayload') throw new Error(`${result.__typename}: ${JSON.stringify(result)}`);
          expect(result.integration).toMatchObject({ title: `${integration.title} #${round}`, version: round + 1 });
          etag = result.integration.etag;
        }
      }),
    );
    for (const integration of created) {
      const revisions = (await api.request(GetRevisions, { id: integration.id })).body.data!.integration!.revisions.edges.map((e) => e.node);
      expect(revisions.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
    }
  });
});
