// An EtagMismatchError carries the integration as it is now (issue 19), redacted, built from the
// row the write already read: over HTTP on both databases, for updates and deletes, stale etags and
// stale versions, with and without this gateway's row cache; counted in SQL statements.
import { describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration, secrets } from './helpers/fixtures.js';

const database = useTestDatabase();

const CURRENT = `current { id title etag version labels status { state }
  config { ... on PostgresConfig { host auth { ... on PasswordAuth { username password { isSet updatedAt } } } } }
  capabilities { canUpdate } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String, $version: Int) {
  updateIntegration(id: $id, input: $input, etag: $etag, expectedVersion: $version) {
    __typename ... on UpdateIntegrationPayload { integration { etag version } }
    ... on EtagMismatchError { code currentEtag currentVersion ${CURRENT} } } }`;
const DELETE = `mutation($id: ID!, $etag: String) {
  deleteIntegration(id: $id, etag: $etag) { __typename ... on EtagMismatchError { currentEtag currentVersion ${CURRENT} } } }`;
const READ = `query($id: ID!) { integration(id: $id) { id title etag version labels status { state }
  config { ... on PostgresConfig { host auth { ... on PasswordAuth { username password { isSet updatedAt } } } } }
  capabilities { canUpdate } } }`;

type Answer = Record<string, unknown> & { __typename: string; current?: unknown };

async function field(api: TestApi, document: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await api.request<Record<string, Answer>, Record<string, unknown>>(document, variables);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data ?? {})[0];
}

async function statementsOf<T>(api: TestApi, send: () => Promise<T>) {
  const { statements } = api.database;
  const before = new Map(statements.byName);
  const result = await send();
  const byName: Record<string, number> = {};
  for (const [name, count] of statements.byName) if (count - (before.get(name) ?? 0) > 0) byName[name] = count - (before.get(name) ?? 0);
  return { result, byName };
}

describe('EtagMismatchError.current', () => {
  it('is the integration as another writer left it, as a read shows it, with no secret value', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    await field(api, UPDATE, { id, input: { title: 'theirs', labels: ['other'], config: configs.postgres } });
    const now = await field(api, READ, { id });
    const conflict = await field(api, UPDATE, { id, etag, input: { title: 'mine' } });
    expect(conflict).toMatchObject({ __typename: 'EtagMismatchError', code: 'ABORTED', currentEtag: now.etag, currentVersion: 2 });
    expect(conflict.current).toEqual(now);
    expect(JSON.stringify(conflict)).not.toContain(secrets.postgres);
    // Merge and retry with currentEtag: it applies.
    const retried = await field(api, UPDATE, { id, etag: conflict.currentEtag, input: { title: 'mine' } });
    expect(retried).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { version: 3 } });
  });

  it('comes with stale versions and stale deletes too', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    await field(api, UPDATE, { id, input: { title: 'moved' } });
    const now = await field(api, READ, { id });
    expect((await field(api, UPDATE, { id, version: 1, input: { title: 'x' } })).current).toEqual(now);
    expect((await field(api, DELETE, { id, etag })).current).toEqual(now);
  });

  it('costs no statement more than the conflict did: read and answer, whatever etag was sent', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api, { config: configs.postgres });
    const first = await field(api, UPDATE, { id, etag, input: { title: 'one' } });
    // Another writer (last write wins) moves it on; this gateway still caches its own last write.
    await field(api, UPDATE, { id, input: { title: 'two' } });
    const stale = await statementsOf(api, () => field(api, UPDATE, { id, etag, input: { title: 'x' } }));
    expect(stale.result.current).toMatchObject({ title: 'two', version: 3 });
    // The read that found the conflict, and the key check a write that changed nothing runs.
    expect(stale.byName).toEqual({ findIntegrationById: 1, findActiveApiKeyByHash: 1 });
    const cachedButMovedOn = await statementsOf(api, () =>
      field(api, UPDATE, { id, etag: (first.integration as { etag: string }).etag, input: { title: 'y' } }),
    );
    expect(cachedButMovedOn.result).toMatchObject({ __typename: 'EtagMismatchError', current: { title: 'two' } });
    // This gateway's cache holds its own last write (version 3), not the etag sent: read, conflict, answer.
    expect(cachedButMovedOn.byName).toEqual({ findIntegrationById: 1, findActiveApiKeyByHash: 1 });
  });
});
