// A declarative HTTP API (Truto's integration config): base URL, default headers and query,
// credentials (OAuth2 client), how requests are authorized, pagination, rate limits, resources
// and webhook verification. Header, query and body values may hold `{{template}}` expressions.
import { z } from 'zod';
import { httpUrl } from '../common.js';
import { defineConnector, destination, named, oneOf, secret } from '../kit.js';

/** At most this many entries in a map of headers, query or token parameters. */
const MAX_MAP_ENTRIES = 100;
/** A body template, as JSON text. */
const MAX_BODY_TEMPLATE_LENGTH = 16_384;

const stringMap = (description: string) =>
  z
    .record(z.string().max(256), z.string().max(4096))
    .refine((map) => Object.keys(map).length <= MAX_MAP_ENTRIES, `must have at most ${MAX_MAP_ENTRIES} entries`)
    .default({})
    .meta({ description, maxProperties: MAX_MAP_ENTRIES });

/** Header names that carry credentials: their values belong in `authorization`, which is write-only. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key', 'apikey', 'x-auth-token', 'x-access-token']);

/**
 * Parameter names that carry credentials (compared lower-case, `-` as `_`): query and token
 * parameters are not secret either, so a literal value under such a name is refused as in headers.
 */
const CREDENTIAL_PARAMS = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'auth_token',
  'session_token',
  'api_key',
  'apikey',
  'x_api_key',
  'client_secret',
  'password',
  'passwd',
  'secret',
  'private_key',
]);

/**
 * Headers, query and token parameters are not secret (every reader sees them, and revisions keep
 * them): a credential-named entry with a literal value is refused, so a key cannot land there by
 * mistake. A `{{template}}` is filled in at run time and holds no credential itself.
 */
const withoutLiteralCredentials = (description: string, isCredential: (name: string) => boolean, message: string) =>
  stringMap(description).superRefine((map, ctx) => {
    for (const [name, value] of Object.entries(map)) {
      if (isCredential(name) && !value.includes('{{')) ctx.addIssue({ code: 'custom', path: [name], message });
    }
  });

const headerMap = (description: string) =>
  withoutLiteralCredentials(
    description,
    (name) => CREDENTIAL_HEADERS.has(name.toLowerCase()),
    'carries a credential, which headers would show to every reader: put it in authorization (bearer, basic, or apiKey with this headerName), which is write-only',
  );

const parameterMap = (description: string) =>
  withoutLiteralCredentials(
    description,
    (name) => CREDENTIAL_PARAMS.has(name.toLowerCase().replaceAll('-', '_')),
    'carries a credential, which parameters would show to every reader: put it in a write-only field (authorization, or credentials.oauth2.clientSecret), or use a {{template}}',
  );

// httpUrl (not z.url({ protocol })) so the published JSON Schema also rejects other schemes.
const url = (description: string) => httpUrl(description);

/**
 * A path on the server its base URL names. Only an absolute path on that server: `//host`,
 * `/\\host`, `@host` or `https://…` would make the path, not the (destination) base URL, decide
 * where a request and its credentials go, however the two are joined.
 */
const urlPath = (description: string) =>
  z
    .string()
    .max(2048)
    .regex(/^\/(?![/\\])[^\s\\]*$/, 'must be a path on the same server, starting with a single "/" (e.g. /oauth/token)')
    .describe(description);

const oauth2 = z
  .object({
    clientId: z.string().min(1).max(512).describe('OAuth2 client id.'),
    clientSecret: secret('OAuth2 client secret; leave it unset for public clients (PKCE). Write-only.').optional(),
    tokenHost: destination(url('Base URL of the token server, e.g. https://auth.example.com.')),
    tokenPath: urlPath('Path of the token endpoint on tokenHost.').default('/oauth/token'),
    refreshPath: urlPath('Path of the refresh endpoint on tokenHost; tokenPath when left out.').optional(),
    authorizePath: urlPath('Path of the authorization endpoint on tokenHost, for user grants.').optional(),
    scopes: z.array(z.string().min(1).max(256)).max(100).default([]).describe('Scopes to request.'),
    scopeSeparator: z.string().max(4).default(' ').describe('Separator between scopes; a space when left out.'),
    authorizationMethod: named('OAuth2AuthorizationMethod', z.enum(['header', 'body']))
      .default('header')
      .describe('Where the client credentials go in the token request.'),
    bodyFormat: named('OAuth2BodyFormat', z.enum(['form', 'json']))
      .default('form')
      .describe('Encoding of the token request body.'),
    tokenParams: parameterMap('Extra parameters of the token request, e.g. grant_type.'),
    refreshParams: parameterMap('Extra parameters of the refresh request.'),
    tokenExpirySeconds: z.int().min(1).max(31_536_000).optional().describe('Token lifetime to assume when the server does not say, in seconds.'),
  })
  .describe('An OAuth2 client the gateway uses to obtain access tokens.');

const authorization = named(
  'HttpApiAuthorization',
  oneOf('How each request is authorized.', {
    bearer: z
      .object({ token: secret('The bearer token, or a template such as {{oauth.token.access_token}}. Write-only.') })
      .describe('An `Authorization: Bearer` header.'),
    basic: z
      .object({
        username: z.string().min(1).max(512).describe('Basic auth user name.'),
        password: secret('Basic auth password. Write-only.'),
      })
      .describe('HTTP basic authentication.'),
    apiKey: z
      .object({
        headerName: z.string().min(1).max(256).default('X-API-Key').describe('Header that carries the key.'),
        key: secret('The API key. Write-only.'),
      })
      .describe('An API key sent in a header.'),
  }),
);

const pagination = named(
  'HttpApiPagination',
  oneOf('How list endpoints page through results.', {
    page: z
      .object({
        pageKey: z.string().min(1).max(128).default('page').describe('Query parameter holding the page number.'),
        limitKey: z.string().min(1).max(128).default('per_page').describe('Query parameter holding the page size.'),
      })
      .describe('Numbered pages.'),
    offset: z
      .object({
        offsetKey: z.string().min(1).max(128).default('offset').describe('Query parameter holding the offset.'),
        limitKey: z.string().min(1).max(128).default('limit').describe('Query parameter holding the page size.'),
      })
      .describe('Offset and limit.'),
    cursor: z
      .object({
        cursorKey: z.string().min(1).max(128).default('cursor').describe('Query parameter holding the cursor.'),
        nextCursorPath: z.string().min(1).max(256).describe('Where in the response the next cursor is found.'),
        limitKey: z.string().min(1).max(128).optional().describe('Query parameter holding the page size.'),
      })
      .describe('Opaque cursors returned by the API.'),
  }),
);

const rateLimit = z
  .object({
    isRateLimited: z.boolean().default(false).describe('Whether the API enforces a rate limit.'),
    retryAfterHeaderExpression: z.string().max(256).optional().describe('Header or expression giving the wait time.'),
    rateLimitHeaderExpression: z.string().max(256).optional().describe('Header or expression giving the remaining budget.'),
  })
  .describe('How the API signals rate limiting.');

const resource = named(
  'HttpApiResource',
  z
    .object({
      name: z
        .string()
        .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be snake_case, 1–64 characters')
        .describe('Resource name, e.g. users.'),
      method: named('HttpApiResourceMethod', z.enum(['list', 'get', 'create', 'update', 'delete'])).describe('The unified operation this endpoint implements.'),
      httpMethod: named('HttpMethod', z.enum(['get', 'post', 'put', 'patch', 'delete']))
        .default('get')
        .describe('The HTTP method of the request.'),
      path: urlPath('Path relative to baseUrl, e.g. /users.'),
      responsePath: z.string().max(256).optional().describe('Where in the response body the data is, e.g. data.users.'),
      headers: headerMap('Headers for this endpoint, merged over the defaults. Not secret: put credentials in authorization.'),
      query: parameterMap('Query parameters for this endpoint, merged over the defaults.'),
      body: z
        .record(z.string(), z.unknown())
        .refine((body) => JSON.stringify(body).length <= MAX_BODY_TEMPLATE_LENGTH, `must be at most ${MAX_BODY_TEMPLATE_LENGTH} characters as JSON`)
        .optional()
        .describe(`A JSON body template, at most ${MAX_BODY_TEMPLATE_LENGTH} characters as JSON.`),
    })
    .describe('One endpoint of a resource.'),
);

const webhook = z
  .object({
    signatureVerification: z
      .object({
        format: named('WebhookSignatureFormat', z.enum(['hmac_sha256', 'hmac_sha1', 'hmac_sha512']))
          .default('hmac_sha256')
          .describe('Signature scheme.'),
        secret: secret('The shared webhook signing secret. Write-only.'),
        parts: z
          .array(named('WebhookSignaturePart', z.enum(['header', 'body', 'url'])))
          .min(1)
          .max(3)
          .default(['header', 'body'])
          .describe('Which parts of the request are signed.'),
      })
      .describe('How incoming webhooks are verified.'),
    handleVerification: z.string().max(256).optional().describe('Name of a handler that answers verification challenges.'),
  })
  .describe('Incoming webhooks from the API.');

export const httpApi = defineConnector({
  type: 'HTTP_API',
  name: 'httpApi',
  label: 'HTTP API',
  category: 'API',
  description: 'Any HTTP API, described declaratively: where it is, how to authenticate, page and rate-limit.',
  config: z.object({
    baseUrl: destination(url('Base URL of the API, e.g. https://api.example.com.')),
    label: z.string().max(255).optional().describe('Display name of the API.'),
    logo: url('URL of a logo image.').optional(),
    headers: headerMap('Headers sent with every request. Not secret: put credentials in authorization.'),
    query: parameterMap('Query parameters sent with every request.'),
    queryArrayFormat: named('QueryArrayFormat', z.enum(['comma', 'brackets', 'indices', 'repeat']))
      .default('comma')
      .describe('How arrays are written in query strings.'),
    credentials: named('HttpApiCredentials', oneOf('Credentials the gateway obtains tokens with.', { oauth2 })).optional(),
    authorization: authorization.optional(),
    pagination: pagination.optional(),
    rateLimit: rateLimit.optional(),
    resources: z.array(resource).max(500).default([]).describe('The endpoints the API offers.'),
    webhook: webhook.optional(),
    errorExpression: z.string().max(1024).optional().describe('Expression that extracts an error message from a response.'),
  }),
});
