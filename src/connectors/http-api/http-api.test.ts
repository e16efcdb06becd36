// httpApi's own rules, on its zod schema: plain maps (headers, query and token parameters) refuse a
// credential with a literal value, and paths stay on the server their base URL names.
import { describe, expect, it } from 'vitest';
import { connectorByName } from '../registry.js';
import { examples } from './examples.js';

const connector = connectorByName('httpApi');
if (!connector) throw new Error('httpApi is not registered');
const [base] = examples.valid;
const issuesOf = (change: Record<string, unknown>) => {
  const parsed = connector.schema.safeParse({ ...base, ...change });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('httpApi', () => {
  it('refuses a credential with a literal value in headers, query and token parameters, and takes a {{template}}', () => {
    expect(issuesOf({ headers: { 'X-Api-Key': 'SECRET-literal' } })).toEqual(['headers.X-Api-Key']);
    expect(issuesOf({ query: { 'Access-Token': 'SECRET-literal', page: '1' } })).toEqual(['query.Access-Token']);
    const oauth2 = (base.credentials as { oauth2: Record<string, unknown> }).oauth2;
    expect(issuesOf({ credentials: { oauth2: { ...oauth2, tokenParams: { client_secret: 'SECRET-literal' } } } })).toEqual([
      'credentials.oauth2.tokenParams.client_secret',
    ]);
    expect(issuesOf({ headers: { Authorization: 'Bearer {{oauth.token.access_token}}' }, query: { api_key: '{{secrets.key}}' } })).toEqual([]);
  });

  it('keeps every path on the server of its base URL', () => {
    for (const path of ['//evil.example.net/x', '/\\evil.example.net', 'https://evil.example.net/x', 'users']) {
      expect(issuesOf({ resources: [{ name: 'users', method: 'list', path }] }), path).toEqual(['resources.0.path']);
    }
    expect(issuesOf({ resources: [{ name: 'users', method: 'list', path: '/v2/users' }] })).toEqual([]);
  });
});
