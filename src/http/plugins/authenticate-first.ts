// Authentication: the key of the Authorization (or x-apikey) header, checked (or remembered, tenants/key-check.ts)
// before the document is parsed; the context takes what it found.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { type AuthenticatedKey, apiKeyHashOf, authenticateApiKeyHash } from '../../tenants/api-key.service.js';
import { KeyCheck, type KnownKeys, UNKNOWN_KEY_MESSAGE } from '../../tenants/key-check.js';
import { KeyLookups } from '../../tenants/tenant.repository.js';
import { unauthenticated } from './errors.js';

/** What the request's key stands for, and, for a key remembered, the check still to run. */
export interface Authentication {
  auth: AuthenticatedKey;
  keyCheck?: KeyCheck;
}

export interface Authenticator {
  /** The Yoga plugin that authenticates each request first. */
  plugin: Plugin;
  /** The request's authentication, for the context: the plugin's result, or a fresh one. */
  authenticationOf(request: Request): Promise<Authentication>;
}

export function createAuthenticator(db: Kysely<Database>, knownKeys: KnownKeys): Authenticator {
  // The key checks of the requests of one turn share a statement (tenants/tenant.repository.ts).
  const lookups = new KeyLookups(db);
  /** The key check now, or, for a key remembered, a check that runs when the request needs it. */
  const authenticate = async (keyHash: string): Promise<Authentication> => {
    const known = knownKeys.get(keyHash);
    const check = async () => {
      const auth = await authenticateApiKeyHash(lookups, keyHash);
      if (auth) knownKeys.confirmed(keyHash, auth);
      else knownKeys.forget(keyHash);
      return auth;
    };
    if (known) return { auth: known, keyCheck: new KeyCheck(async () => (await check()) !== null) };
    const auth = await check();
    if (!auth) throw unauthenticated(UNKNOWN_KEY_MESSAGE);
    return { auth };
  };
  /**
   * The key of the request, authenticated; UNAUTHENTICATED without a live one. It comes in
   * `Authorization: Bearer <key>` or in `x-apikey: <key>` (OpenInt's seed); a request with both must
   * carry the same key in each, since picking one would leave the caller unsure which key acted.
   */
  const authenticateRequest = (request: Request) => {
    const header = request.headers.get('authorization');
    const apiKeyHeader = request.headers.get('x-apikey');
    if (!header && !apiKeyHeader) throw unauthenticated('Send an API key: Authorization: Bearer <key> (or x-apikey: <key>).');
    const bearer = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    const given = apiKeyHeader?.trim();
    if (header && apiKeyHeader && bearer !== given) {
      throw unauthenticated('Authorization and x-apikey carry different keys: send the API key in one of them only.');
    }
    const key = header ? bearer : given;
    const keyHash = key ? apiKeyHashOf(key) : null;
    if (!keyHash) throw unauthenticated(UNKNOWN_KEY_MESSAGE);
    return authenticate(keyHash);
  };
  const authenticated = new WeakMap<Request, Authentication>();
  return {
    /**
     * Authenticates before the document is parsed or validated: a caller without a live key learns
     * nothing about the schema from its errors, and costs no parsing. The context takes the result.
     */
    plugin: {
      onParams({ request, setResult }) {
        const refuse = (error: unknown) => {
          if (!(error instanceof GraphQLError)) throw error;
          setResult({ errors: [error] });
        };
        try {
          return authenticateRequest(request).then((result) => void authenticated.set(request, result), refuse);
        } catch (error) {
          refuse(error);
        }
      },
    },
    authenticationOf: async (request) => authenticated.get(request) ?? (await authenticateRequest(request)),
  };
}
