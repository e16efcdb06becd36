// An expected version guards a write as an etag does (issue 20, Truto's `version`): over HTTP,
// a current version applies, a stale one is the same EtagMismatchError and changes nothing, both
// guards at once are refused, and of concurrent writers naming one version exactly one wins.
import { describe, expect, it } from 'vitest';
import { rootFieldOf, startTestApi, type TestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

const ERRORS = `... on EtagMismatchError { code currentEtag currentVersion } ... on ValidationError { fieldErrors { path code message } } ... on Error { code message }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!, $etag: String, $version: Int, $dryRun: Boolean) {
  updateIntegration(id: $id, input: $input, etag: $etag, expectedVersion: $version, dryRun: $dryRun) {
    __typename ... on UpdateIntegrationPayload { integration { title etag version } } ${ERRORS} } }`;
const DELETE = `mutation($id: ID!, $version: Int) {
  deleteIntegration(id: $id, expectedVersion: $version) { __typename ... on DeleteIntegrationPayload { integration { version } } ${ERRORS} } }`;
const READ = `query($id: ID!) { integration(id: $id) { title etag version } }`;

type Result = { __typename: string } & Record<string, unknown>;
const run = (api: TestApi, document: string, variables: Record<string, unknown>) => rootFieldOf<Result>(api, document, variables);

describe('expectedVersion instead of an etag', () => {
  it('applies at the current version; a stale one is an EtagMismatchError with the current etag and version, nothing changed', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const applied = await run(api, UPDATE, { id, input: { title: 'v2' }, version: 1 });
    expect(applied).toMatchObject({ __typename: 'UpdateIntegrationPayload', integration: { title: 'v2', version: 2 } });
    const current = await run(api, READ, { id });
    const stale = await run(api, UPDATE, { id, input: { title: 'lost' }, version: 1 });
    expect(stale).toEqual({ __typename: 'EtagMismatchError', code: 'ABORTED', currentEtag: current.etag, currentVersion: 2, message: expect.any(String) });
    expect(await run(api, READ, { id })).toEqual(current);
    expect((await run(api, UPDATE, { id, input: { title: 'lost' }, version: 1, dryRun: true })).__typename).toBe('EtagMismatchError');
  });

  it('both guards at once are a ValidationError at expectedVersion, even when both are current', async () => {
    const api = await startTestApi(database());
    const { id, etag } = await createIntegration(api);
    const both = await run(api, UPDATE, { id, input: { title: 'x' }, etag, version: 1 });
    expect(both).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: ['expectedVersion'], code: 'etag_and_version' }] });
    expect(await run(api, READ, { id })).toMatchObject({ version: 1 });
  });

  it('guards deletes too', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    await run(api, UPDATE, { id, input: { title: 'moved on' } });
    expect(await run(api, DELETE, { id, version: 1 })).toMatchObject({ __typename: 'EtagMismatchError', currentVersion: 2 });
    expect(await run(api, DELETE, { id, version: 2 })).toMatchObject({ __typename: 'DeleteIntegrationPayload', integration: { version: 3 } });
  });

  it('of 10 concurrent writers naming the same version, exactly one wins', async () => {
    const api = await startTestApi(database());
    const { id } = await createIntegration(api);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => run(api, UPDATE, { id, input: { title: `writer ${i}` }, version: 1 })));
    const won = answers.filter((a) => a.__typename === 'UpdateIntegrationPayload');
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.__typename === 'EtagMismatchError')).toHaveLength(9);
    expect(await run(api, READ, { id })).toMatchObject({ version: 2, title: (won[0].integration as { title: string }).title });
  });
});
