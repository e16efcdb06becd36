// What a live connection check is, and the wording shared by every check: each failure says what
// went wrong and what to do next. A message is made only of our own words, the integration's
// non-secret config (which every reader sees) and validated codes: never a server's or driver's
// text, which a remote server controls and which could quote a secret (a scrubbed quote would tell
// whether a guess equals a secret).
import { valueAt } from '../connectors/kit.js';
import type { Plain } from '../core/plain.js';
import type { PinnedAddress } from './egress.js';

/** How long a check may take, connect and query together, unless CONNECTION_CHECK_TIMEOUT_MS says otherwise. */
export const DEFAULT_CONNECTION_CHECK_TIMEOUT_MS = 5000;

export interface CheckOutcome {
  state: 'HEALTHY' | 'ERROR' | 'UNKNOWN';
  message: string | null;
}

export interface CheckContext {
  /** The whole check (connect and query) must end within this many milliseconds. */
  timeoutMs: number;
  /** Aborted when the time is up: the check closes its connection and answers. */
  signal: AbortSignal;
  /**
   * The destination host's addresses, resolved once and allowed by CONNECTION_CHECK_DENY: the
   * check connects to these only (never resolves the host again), keeping the hostname for TLS.
   */
  addresses: readonly PinnedAddress[];
}

/** Where a check connects: the host to resolve and check, and how messages name the destination. */
export interface Destination {
  /** Bare: an IPv6 address without the brackets it may be written with. */
  host: string;
  target: string;
}

/** A live check for some connectors: the config passed in has its secrets filled in (decrypted). */
export interface ConnectionCheck {
  /** Why this config cannot be checked live (from its non-secret fields), or null when it can. */
  unsupportedReason?(config: Plain): UnsupportedReason | null;
  /**
   * Why this config cannot be checked live, from what only the full config shows (its secrets), or
   * null: asked before the host is resolved, so a check that cannot run answers UNKNOWN whatever
   * the network says.
   */
  skipReason?(config: Plain): string | null;
  /** The host the check will connect to (from the config), resolved and checked before run. */
  destination(config: Plain): Destination;
  run(config: Plain, context: CheckContext): Promise<CheckOutcome>;
}

export const healthy = (): CheckOutcome => ({ state: 'HEALTHY', message: null });
export const failed = (message: string): CheckOutcome => ({ state: 'ERROR', message });

export const timedOutMessage = (timeoutMs: number, hint = 'check host, port and firewall') => `connection timed out after ${timeoutMs} ms: ${hint}`;

/** The Node error codes a message may name: a fixed set, so no code can carry text of its own. */
const NODE_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EPIPE',
  'ETIMEDOUT',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'HPE_INVALID_CONSTANT',
  'HPE_INVALID_STATUS',
  'UND_ERR_SOCKET',
]);

/** The error's Node code when it is one of the known set, else undefined (never free text). */
export function knownErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && NODE_ERROR_CODES.has(code) ? code : undefined;
}

/** ` (CODE)` for a known code, else nothing: for messages no rule covers. */
export const codeSuffix = (code: string | undefined) => (code ? ` (${code})` : '');

/** Network and TLS failures common to every client (Node error codes), worded with what to do next. */
export function networkFailureMessage(error: unknown, target: string): string | null {
  const code = knownErrorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${target}: check the host and port, and that the server is running and accepts connections from the gateway`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host of ${target} was not found in DNS: check the hostname`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${target} is unreachable from the gateway: check the host, and the network route and firewall`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `${target} closed the connection: check the port (is it the right service?) and TLS settings`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'CERT_HAS_EXPIRED':
      return `the TLS certificate of ${target} is not trusted (${code}): install a certificate from a public CA on the server`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the TLS certificate of ${target} does not match its hostname: connect with the hostname the certificate names`;
    default:
      return null;
  }
}

/** Whether a driver's error text matches a pattern: used to choose our wording, never shown. */
export function driverSays(error: unknown, pattern: RegExp): boolean {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && pattern.test(message);
}

/** What a check answers when it fails in a way no rule covers: the details go to the server log only. */
export const UNEXPECTED_CHECK_MESSAGE = 'the check failed unexpectedly: retry, and report it (with the time of the check) if it persists';

/** Reads a path such as `auth.passwordAuth` from a config; undefined when absent. */
export function at(config: Plain, path: string): unknown {
  return valueAt(config, path.split('.'));
}

/** The host field without the brackets an IPv6 address may be written with ([::1]). */
export const bareHost = (host: unknown) => String(host).replace(/^\[(.*)\]$/, '$1');

/** The destination of a database config with `host` and `port` fields. */
export const hostAndPort = (config: Plain): Destination => ({ host: bareHost(config.host), target: `${String(config.host)}:${Number(config.port)}` });

/** Why a config cannot be checked live: a code for programs (capabilities' reasons) and our words. */
export interface UnsupportedReason {
  code: 'SSH_TUNNEL';
  message: string;
}

export const sshTunnelReason = (config: Plain): UnsupportedReason | null =>
  config.useSshTunnel === true
    ? { code: 'SSH_TUNNEL', message: 'this integration connects through an SSH tunnel, which the live check does not open yet' }
    : null;
