// Prequel's transfer fields (issue 20) over HTTP on both databases: the run's log, actor, source
// ids, tags and error trace are recorded (free texts scrubbed of the integration's secrets, every
// one bounded), and Integration.lastSuccessfulTransferEndedAt is the newest SUCCESS, batched.
import { describe, expect, it } from 'vitest';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const REPORT = `mutation($id: ID!, $input: ReportTransferInput!) { reportTransfer(integrationId: $id, input: $input) {
  __typename ... on ValidationError { fieldErrors { path code message } }
  ... on ReportTransferPayload { transfer { log actorId actorType sourceIds tags error { title trace } } } } }`;
const READ = `query($id: ID!) { integration(id: $id) { lastSuccessfulTransferEndedAt transfers(first: 1) { edges { node { log tags } } } } }`;
const LIST = `{ integrations(first: 100) { edges { node { id lastSuccessfulTransferEndedAt } } } }`;

type Answer = { __typename: string; fieldErrors?: { path: string[]; code: string }[]; transfer?: Record<string, unknown> };
const report = (api: TestApi, id: string, input: object) => rootFieldOf<Answer>(api, REPORT, { id, input }, api.syncKey);
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const base = { isFullRefresh: false, models: ['users'] };

describe('transfer details', () => {
  it('records log, actor, source ids, tags and the error trace, with the secrets redacted', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api, { config: configs.postgres });
    const answer = await report(api, id, {
      ...base,
      status: 'FAILED',
      endedAt: ago(5),
      log: `connecting with password ${secrets.postgres}\nfailed`,
      actorId: 'usr_42',
      actorType: 'user',
      sourceIds: ['src_1', 'src_2'],
      tags: { team: 'data', dsn: `postgres://loader:${secrets.postgres}@db` },
      error: { title: 'Login failed', blame: 'CUSTOMER', trace: `at connect (${secrets.postgres})` },
    });
    expect(answer.transfer).toEqual({
      log: 'connecting with password [redacted]\nfailed',
      actorId: 'usr_42',
      actorType: 'user',
      sourceIds: ['src_1', 'src_2'],
      tags: { team: 'data', dsn: 'postgres://loader:[redacted]@db' },
      error: { title: 'Login failed', trace: 'at connect ([redacted])' },
    });
    const read = await rootFieldOf<{ transfers: { edges: unknown[] } }>(api, READ, { id });
    expect(JSON.stringify(read)).not.toContain(secrets.postgres);
  });

  it('bounds every new field: a ValidationError at its path, and nothing recorded', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const cases: [object, string][] = [
      [{ log: 'x'.repeat(100_001) }, 'log'],
      [{ actorId: '' }, 'actorId'],
      [{ actorType: 'y'.repeat(65) }, 'actorType'],
      [{ sourceIds: Array(1001).fill('s') }, 'sourceIds'],
      [{ tags: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) }, 'tags'],
      [{ tags: { nested: { no: 1 } } }, 'tags.nested'],
      [{ tags: ['not', 'an', 'object'] }, 'tags'],
      [{ status: 'FAILED', error: { title: 't', blame: 'UNKNOWN', trace: 'z'.repeat(20_001) } }, 'error.trace'],
    ];
    for (const [extra, path] of cases) {
      const answer = await report(api, id, { ...base, status: 'SUCCESS', endedAt: ago(1), ...extra });
      expect(answer.__typename, path).toBe('ValidationError');
      expect(
        answer.fieldErrors!.map((e) => e.path.join('.')),
        path,
      ).toContain(path);
    }
    expect((await rootFieldOf<{ transfers: { edges: unknown[] } }>(api, READ, { id })).transfers.edges).toEqual([]);
  });

  it('lastSuccessfulTransferEndedAt is the end of the newest SUCCESS, whatever failed later; one statement for a page', async () => {
    const api = await startTestApi(database());
    const a = await createIntegration(api, { config: configs.s3 });
    const b = await createIntegration(api, { config: configs.s3 });
    const success = ago(30);
    await report(api, a.id, { ...base, status: 'SUCCESS', endedAt: ago(60) });
    await report(api, a.id, { ...base, status: 'SUCCESS', endedAt: success });
    await report(api, a.id, { ...base, status: 'FAILED', endedAt: ago(10), error: { title: 'boom', blame: 'PROVIDER' } });
    expect((await rootFieldOf<{ lastSuccessfulTransferEndedAt: string }>(api, READ, { id: a.id })).lastSuccessfulTransferEndedAt).toBe(success);
    expect((await rootFieldOf<{ lastSuccessfulTransferEndedAt: string | null }>(api, READ, { id: b.id })).lastSuccessfulTransferEndedAt).toBeNull();

    const before = api.database.statements.byName.get('findLastSuccessEnds') ?? 0;
    const list = await rootFieldOf<{ edges: { node: { id: string; lastSuccessfulTransferEndedAt: string | null } }[] }>(api, LIST, {});
    expect(list.edges.find((e) => e.node.id === a.id)?.node.lastSuccessfulTransferEndedAt).toBe(success);
    expect((api.database.statements.byName.get('findLastSuccessEnds') ?? 0) - before).toBe(1);
  });
});
