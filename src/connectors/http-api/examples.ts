// httpApi's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, changes } from '../examples-kit.js';

const httpApiBase = {
  baseUrl: 'https://api.example.com',
  headers: { Accept: 'application/json' },
  credentials: {
    oauth2: { clientId: 'client-1', clientSecret: 'SECRET-http-client-secret', tokenHost: 'https://auth.example.com' },
  },
  authorization: { bearer: { token: 'SECRET-http-bearer-token' } },
  pagination: { page: { pageKey: 'page', limitKey: 'per_page' } },
  resources: [{ name: 'users', method: 'list', path: '/users', responsePath: 'data.users' }],
  webhook: { signatureVerification: { secret: 'SECRET-http-webhook-secret' } },
};

export const examples: ConnectorExamples = {
  valid: [httpApiBase, { baseUrl: 'http://localhost:8080/api' }],
  invalid: changes(httpApiBase, [
    ['base URL is not a URL', 'baseUrl', 'not a url'],
    ['base URL is not http(s)', 'baseUrl', 'ftp://api.example.com'],
    ['authorization gives two members', 'authorization.basic', { username: 'u', password: 'SECRET-http-basic' }],
    ['a resource method is not a known operation', 'resources', [{ name: 'users', method: 'fetch', path: '/users' }]],
    ['a resource name is not snake_case', 'resources', [{ name: 'Users', method: 'list', path: '/users' }]],
    ['page key is empty', 'pagination.page.pageKey', ''],
    ['query array format is unknown', 'queryArrayFormat', 'pipes'],
    ['webhook signs no parts', 'webhook.signatureVerification.parts', []],
    ['token host is not a URL', 'credentials.oauth2.tokenHost', 'auth.example.com'],
    ['headers hold a number', 'headers', { Accept: 1 }],
  ]),
};
