// The live check of an HTTP API: one GET of baseUrl with the configured headers, query and
// authorization (bearer, basic or API key header); redirects are not followed. A 2xx or 3xx
// answer is healthy; anything else is an error naming the status code (with Node's own phrase for
// it: the API's reason phrase is its text, not ours, and is never shown).
import { request as httpRequest, type IncomingMessage, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Plain } from '../core/plain.js';
import {
  at,
  bareHost,
  type CheckOutcome,
  type ConnectionCheck,
  codeSuffix,
  failed,
  healthy,
  knownErrorCode,
  networkFailureMessage,
  timedOutMessage,
} from './check.js';
import { type PinnedAddress, pinnedLookup } from './egress.js';

const isTemplate = (value: string) => value.includes('{{');

/** The Authorization header (or API key header) the config asks for, or a reason it cannot be built. */
function authorizationHeaders(config: Plain): Record<string, string> | { unsupported: string } {
  const bearer = at(config, 'authorization.bearer.token');
  if (typeof bearer === 'string') {
    if (isTemplate(bearer)) return { unsupported: 'the bearer token is a template filled in at run time, which the live check cannot fill in' };
    return { authorization: `Bearer ${bearer}` };
  }
  const basic = at(config, 'authorization.basic') as { username?: string; password?: string } | undefined;
  if (basic?.username !== undefined) {
    return { authorization: `Basic ${Buffer.from(`${basic.username}:${basic.password ?? ''}`).toString('base64')}` };
  }
  const apiKey = at(config, 'authorization.apiKey') as { headerName?: string; key?: string } | undefined;
  if (apiKey?.key !== undefined) return { [apiKey.headerName ?? 'X-API-Key']: apiKey.key };
  return {};
}

/** Configured headers and query parameters, without templates (they are filled in at run time). */
const literal = (map: unknown) => Object.entries((map ?? {}) as Record<string, string>).filter(([, value]) => typeof value === 'string' && !isTemplate(value));

function adviceFor(status: number): string {
  if (status === 401 || status === 403) return 'check the credentials in authorization, and that they grant access to baseUrl';
  if (status === 404 || status === 405) return 'check baseUrl (it should be an address of the API that answers GET)';
  if (status === 429) return 'the API is rate limiting the gateway; retry later';
  if (status >= 500) return 'the API failed on its side; retry later or contact its provider';
  return 'check baseUrl, headers and query';
}

/** Sent unasked, as fetch did (some APIs refuse a request without a User-Agent); configured headers override them. */
const DEFAULT_HEADERS = { accept: '*/*', 'user-agent': 'integrations-gateway connection check' };

/**
 * One GET whose connection goes to the checked addresses only (global fetch takes no lookup);
 * the URL's hostname stays the Host header, the TLS servername and the name the certificate is
 * verified against. Redirects are not followed; the body is not read.
 */
function getStatus(url: URL, headers: Record<string, string>, addresses: readonly PinnedAddress[], signal: AbortSignal) {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    // No shared agent: a pooled socket would skip the lookup, and each check should connect afresh.
    const req = request(url, { method: 'GET', headers, signal, agent: false, lookup: pinnedLookup(addresses) }, (response) => {
      response.destroy();
      resolve(response);
    });
    req.on('error', reject);
    req.end();
  });
}

export const httpApiCheck: ConnectionCheck = {
  skipReason(config) {
    const auth = authorizationHeaders(config);
    return 'unsupported' in auth ? auth.unsupported : null;
  },
  destination(config) {
    const url = new URL(String(config.baseUrl));
    return { host: bareHost(url.hostname), target: url.host };
  },
  async run(config, { timeoutMs, signal, addresses }): Promise<CheckOutcome> {
    const auth = authorizationHeaders(config);
    // skipReason answered for these before the host was resolved.
    if ('unsupported' in auth) return { state: 'UNKNOWN', message: auth.unsupported };
    const url = new URL(String(config.baseUrl));
    for (const [key, value] of literal(config.query)) url.searchParams.set(key, value);
    const target = url.host;
    try {
      const response = await getStatus(url, { ...DEFAULT_HEADERS, ...Object.fromEntries(literal(config.headers)), ...auth }, addresses, signal);
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 400) return healthy();
      const reason = Number.isInteger(status) && STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : '';
      return failed(`the API answered HTTP ${status}${reason}: ${adviceFor(status)}`);
    } catch (error) {
      if (signal.aborted) return failed(timedOutMessage(timeoutMs, 'check baseUrl, and that the API is reachable from the gateway'));
      const cause = (error as { cause?: unknown }).cause ?? error;
      return failed(networkFailureMessage(cause, target) ?? `the request to ${target} failed${codeSuffix(knownErrorCode(cause))}: check baseUrl`);
    }
  },
};
