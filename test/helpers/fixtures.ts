// Sample inputs: one valid config per connector, with recognisable secret values that the tests
// look for in every response and log line.

import { CreateIntegration } from '../documents/integrations.js';
import type { TestApi } from './api.js';

export const secrets = {
  athena: 's3cr3t-athena-VALUE',
  postgres: 'pg-pass-VALUE',
  s3: 's3-secret-key-VALUE',
  httpClient: 'oauth-client-secret-VALUE',
  httpToken: 'bearer-token-VALUE',
  webhook: 'webhook-secret-VALUE',
};

export const configs = {
  athena: {
    athena: {
      accessKey: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: secrets.athena },
      region: 'eu-west-1',
      workgroup: 'primary',
      scope: { include: [{ database: 'analytics' }], exclude: [] },
    },
  },
  postgres: {
    postgres: {
      host: 'db.example.com',
      port: 5432,
      database: 'app',
      schema: 'public',
      auth: { passwordAuth: { username: 'loader', password: secrets.postgres } },
    },
  },
  s3: {
    s3: {
      bucketName: 'my-bucket',
      bucketRegion: 'us-east-1',
      folder: 'exports',
      awsAccessKeys: { accessId: 'AKIAS3EXAMPLE', secretKey: secrets.s3 },
    },
  },
  httpApi: {
    httpApi: {
      baseUrl: 'https://api.example.com',
      headers: { Accept: 'application/json' },
      credentials: {
        oauth2: { clientId: 'client-1', clientSecret: secrets.httpClient, tokenHost: 'https://auth.example.com' },
      },
      authorization: { bearer: { token: secrets.httpToken } },
      pagination: { page: { pageKey: 'page', limitKey: 'per_page' } },
      resources: [{ name: 'users', method: 'LIST', path: '/users', responsePath: 'data.users' }],
      webhook: { signatureVerification: { secret: secrets.webhook } },
    },
  },
};

/** Creates an integration and returns it; fails the test if creation did not succeed. */
export async function createIntegration(api: TestApi, input: Record<string, unknown> = {}) {
  const response = await api.request(CreateIntegration, {
    input: { title: 'Athena prod', config: configs.athena, ...input } as never,
  });
  const result = response.body.data?.createIntegration;
  if (result?.__typename !== 'CreateIntegrationPayload') {
    throw new Error(`createIntegration failed: ${JSON.stringify(response.body)}`);
  }
  return result.integration;
}
