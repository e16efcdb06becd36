// Hardening against a legitimate key holder pushing at the edges (issue 17, findings 6–9): last
// write wins under any contention, every cursor and number argument answers a typed error, errors
// never echo the request, sizes are bounded, transfer reports cannot pin a status, replays answer
// what the first call answered.
import { describe, expect, it } from 'vitest';
import { decodeIntegrationId } from '../src/integrations/ids.js';
import { DeleteIntegration, UpdateIntegration } from './documents/integrations.js';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

/** The versions of an integration's revisions, oldest first, read from the database (a deleted one has them too). */
async function revisionVersions(api: TestApi, globalId: string): Promise<number[]> {
  const rows = await api.database.db
    .selectFrom('integration_revisions')
    .select('version')
    .where('integration_id', '=', decodeIntegrationId(globalId)!)
    .orderBy('version')
    .execute();
  return rows.map((row) => row.version);
}

const consecutive = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('last write wins under contention', () => {
  it('30 concurrent updates without an etag all succeed, with consecutive versions and one revision each', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const inputs = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? { title: `writer ${i}` }
        : i % 3 === 1
          ? { metadata: { [`k${i}`]: i } }
          : { config: { athena: { ...configs.athena.athena, workgroup: `wg-${i}`, accessKey: { accessKeyId: `AKIA${i}` } } } },
    );
    const responses = await Promise.all(inputs.map((input) => api.request(UpdateIntegration, { id: created.id, input: input as never })));
    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.updateIntegration.__typename).toBe('UpdateIntegrationPayload');
    }
    const versions = responses.map((r) => (r.body.data!.updateIntegration as { integration: { version: number } }).integration.version);
    expect(versions.sort((a, b) => a - b)).toEqual(consecutive(31).slice(1));
    expect(await revisionVersions(api, created.id)).toEqual(consecutive(31));
  });

  it('concurrent updates and deletes without an etag: each succeeds or finds the integration deleted, none fails', async () => {
    const api = await startTestApi(database());
    const created = await createIntegration(api);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 10 === 5
          ? api.request(DeleteIntegration, { id: created.id })
          : api.request(UpdateIntegration, { id: created.id, input: { title: `writer ${i}` } }),
      ),
    );
    const outcomes = responses.map((response) => {
      expect(response.body.errors).toBeUndefined();
      const result = (response.body.data as Record<string, { __typename: string }>)[
        'updateIntegration' in response.body.data! ? 'updateIntegration' : 'deleteIntegration'
      ];
      return result.__typename;
    });
    expect(outcomes.filter((o) => o === 'DeleteIntegrationPayload')).toHaveLength(1);
    const allowed = ['UpdateIntegrationPayload', 'DeleteIntegrationPayload', 'NotFoundError'];
    expect(outcomes.filter((o) => !allowed.includes(o))).toEqual([]);
    const changes = outcomes.filter((o) => o !== 'NotFoundError').length;
    expect(await revisionVersions(api, created.id)).toEqual(consecutive(changes + 1));
  });
});
