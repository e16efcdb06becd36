// motherduck's example configs: valid ones (the first is the one the HTTP tests create) and invalid ones.
import { type ConnectorExamples, password } from '../examples-kit.js';

export const examples: ConnectorExamples = {
  valid: [
    { database: 'analytics', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-token' } } },
    { database: 'analytics', schema: 'exports', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-token-2' } } },
  ],
  invalid: [
    { why: 'database is missing', config: { auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-x' } } } },
    { why: 'access token is missing', config: { database: 'analytics', auth: { accessTokenAuth: {} } } },
    { why: 'access token is empty', config: { database: 'analytics', auth: { accessTokenAuth: { accessToken: '' } } } },
    { why: 'auth gives an unknown member', config: { database: 'analytics', auth: password('motherduck') } },
    { why: 'auth is a string discriminator', config: { database: 'analytics', auth: 'access_token_auth' } },
    { why: 'schema is empty', config: { database: 'analytics', schema: '', auth: { accessTokenAuth: { accessToken: 'SECRET-motherduck-y' } } } },
  ],
};
