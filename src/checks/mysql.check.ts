// The live check of MySQL-compatible databases (MySQL, Aurora MySQL, PlanetScale, SingleStore):
// connect with `mysql2` (TLS unless disableSsl), run `select 1`, close; bounded by the timeout.
import type { Plain } from '../integrations/integration.model.js';
import {
  at,
  type CheckOutcome,
  type ConnectionCheck,
  errorText,
  failed,
  healthy,
  hostAndPort,
  networkFailureMessage,
  sshTunnelReason,
  timedOutMessage,
} from './check.js';
import { pinnedSocket } from './egress.js';

/** MySQL server errors worth their own advice, by mysql2's error code. */
function serverErrorMessage(code: string | undefined, text: string, database: string): string | null {
  switch (code) {
    case 'ER_ACCESS_DENIED_ERROR':
      return `${text}: check the username and password`;
    case 'ER_DBACCESS_DENIED_ERROR':
      return `${text}: grant the user access to database "${database}"`;
    case 'ER_BAD_DB_ERROR':
      return `${text}: check the database name (connectionDatabase, or writeDatabase when that is left out)`;
    case 'ER_HOST_NOT_PRIVILEGED':
    case 'ER_HOST_IS_BLOCKED':
      return `${text}: allow the gateway's address on the server`;
    case 'ER_CON_COUNT_ERROR':
      return `${text}: the server has no free connection slots; retry later or raise max_connections`;
    case 'HANDSHAKE_NO_SSL_SUPPORT':
      return 'the server does not support TLS: enable TLS on the server, or set disableSsl if it is on a private network';
    default:
      return null;
  }
}

/** OpenSSL's words for a certificate it does not trust, by the code Node gives them. */
const UNTRUSTED_BY_TEXT: Record<string, string> = {
  'self-signed certificate': 'DEPTH_ZERO_SELF_SIGNED_CERT',
  'self-signed certificate in certificate chain': 'SELF_SIGNED_CERT_IN_CHAIN',
  'unable to verify the first certificate': 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'unable to get local issuer certificate': 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'certificate has expired': 'CERT_HAS_EXPIRED',
};

/**
 * The code of a TLS failure. mysql2 overwrites the TLS error's own code with HANDSHAKE_SSL_ERROR;
 * a host-name mismatch still carries the `reason` and `cert` of Node's checkServerIdentity, and a
 * certificate OpenSSL does not trust keeps OpenSSL's words as its message.
 */
function tlsCode(error: unknown): string | undefined {
  const { code, reason, cert, message } = error as { code?: string; reason?: unknown; cert?: unknown; message?: string };
  if (code !== 'HANDSHAKE_SSL_ERROR') return code;
  if (reason !== undefined && cert !== undefined) return 'ERR_TLS_CERT_ALTNAME_INVALID';
  return UNTRUSTED_BY_TEXT[message ?? ''] ?? code;
}

function messageFor(error: unknown, target: string, database: string, timeoutMs: number, outOfTime: boolean): string {
  const code = tlsCode(error);
  const text = errorText(error);
  if (outOfTime || code === 'ETIMEDOUT' || code === 'PROTOCOL_SEQUENCE_TIMEOUT') return timedOutMessage(timeoutMs);
  return (
    serverErrorMessage(code, text, database) ??
    networkFailureMessage({ code }, target) ??
    `could not connect to ${target}: ${text}: check the connection settings`
  );
}

export const mysqlCheck: ConnectionCheck = {
  unsupportedReason: sshTunnelReason,
  destination: hostAndPort,
  async run(config: Plain, { timeoutMs, signal, addresses }): Promise<CheckOutcome> {
    const { host, target } = hostAndPort(config);
    const port = Number(config.port);
    const database = String(config.connectionDatabase ?? config.writeDatabase);
    // Imported on the first check: ~15 MB of RSS that a gateway which never checks MySQL does not need.
    const { default: mysql } = await import('mysql2');
    const connection = mysql.createConnection({
      // mysql2 names the TLS server (SNI) after `host`, so the hostname stays here, and the socket
      // it would open itself is replaced by one that connects to the checked addresses only.
      host,
      port,
      stream: () => pinnedSocket(addresses).connect(port, host),
      user: String(at(config, 'auth.passwordAuth.username')),
      password: String(at(config, 'auth.passwordAuth.password') ?? ''),
      database,
      connectTimeout: timeoutMs,
      // verifyIdentity: without it mysql2 accepts any trusted certificate, whatever host it was issued for.
      ssl: config.disableSsl === true ? undefined : { rejectUnauthorized: true, verifyIdentity: true },
    });
    connection.on('error', () => {});
    const abort = () => connection.destroy();
    signal.addEventListener('abort', abort, { once: true });
    const started = performance.now();
    try {
      await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
      const left = Math.max(1, Math.round(timeoutMs - (performance.now() - started)));
      await new Promise<void>((resolve, reject) =>
        connection.query({ sql: 'select 1', timeout: left }, (error) => (error ? reject(error) : resolve())),
      );
      return healthy();
    } catch (error) {
      const outOfTime = signal.aborted || performance.now() - started >= timeoutMs - 5;
      return failed(messageFor(error, target, database, timeoutMs, outOfTime));
    } finally {
      signal.removeEventListener('abort', abort);
      connection.destroy();
    }
  },
};
