// Queries that come again run compiled (graphql-jit, from their third run): the compiled answer is
// the interpreted one, field for field, for a page with every kind of field the list reads, typed
// unions, nulls, errors of fields and of the document, on both databases.
import { describe, expect, it } from 'vitest';
import { startTestApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/database.js';
import { configs, createIntegration } from './helpers/fixtures.js';

const database = useTestDatabase();

const PAGE = `query Page($missing: ID!) {
  integrations(first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title connector etag version labels metadata createdAt
      status { state message checkedAt }
      config {
        __typename
        ... on AthenaConfig { region workgroup accessKey { accessKeyId secretAccessKey { isSet updatedAt fingerprint } } }
        ... on PostgresConfig { host port database auth { ... on PasswordAuth { username password { isSet } } } }
        ... on HttpApiConfig { baseUrl headers resources { name method path } }
      }
      revisions(first: 3) { totalCount edges { node { version action etag changedPaths actor } } }
    } }
  }
  missing: integration(id: $missing) { id }
  node(id: "not-an-id") { id }
}`;

describe('compiled queries', () => {
  it('answer exactly as interpreted ones, from the first run to the compiled ones', async () => {
    const api = await startTestApi(database());
    await createIntegration(api, { labels: ['a'], metadata: { team: 'x' } });
    await createIntegration(api, { title: 'PG', config: configs.postgres });
    await createIntegration(api, { title: 'API', config: configs.httpApi });
    const answers = [];
    for (let run = 0; run < 5; run++) {
      const response = await api.request(PAGE, { missing: 'int_0123456789abcdef0123456789abcdef' });
      expect(response.status).toBe(200);
      answers.push(JSON.stringify(response.body));
    }
    expect(JSON.parse(answers[0]!).data.integrations.totalCount).toBe(3);
    for (const answer of answers.slice(1)) expect(answer).toBe(answers[0]);

    // A field error and a refused document answer alike on every run.
    const refused = [];
    for (let run = 0; run < 4; run++) {
      const response = await api.request('query { integrations(first: 101) { totalCount } }', {});
      refused.push(JSON.stringify({ status: response.status, body: response.body }));
    }
    // The same members (graphql-jit writes data before errors: JSON's order is not meaning).
    for (const answer of refused.slice(1)) expect(JSON.parse(answer)).toEqual(JSON.parse(refused[0]!));
    expect(JSON.parse(refused[0]!).body.errors[0].extensions.code).toBe('INVALID_ARGUMENT');
  });
});
