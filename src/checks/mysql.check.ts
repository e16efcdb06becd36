// The live check of MySQL-compatible databases (MySQL, Aurora MySQL, PlanetScale, SingleStore):
// connect with `mysql2` (TLS unless disableSsl), run `select 1`, close; bounded by the timeout.
import type { Plain } from '../core/plain.js';
import {
  at,
  type CheckOutcome,
  type ConnectionCheck,
  codeSuffix,
  failed,
  healthy,
  hostAndPort,
  knownErrorCode,
  networkFailureMessage,
  sshTunnelReason,
  timedOutMessage,
} from './check.js';
import { pinnedSocket } from './egress.js';

/** The MySQL error number of an error the server sent (mysql2 gives it a sqlMessage), else undefined. */
function serverErrno(error: unknown): number | undefined {
  const { errno, sqlMessage } = error as { errno?: unknown; sqlMessage?: unknown };
  return sqlMessage !== undefined && Number.isInteger(errno) && (errno as number) > 0 && (errno as number) < 65536 ? (errno as number) : undefined;
}

/**
 * The server's refusals worth their own advice, by MySQL error number, in our words: the server's
 * own text is never shown (it is the remote side's to choose, and it may quote what it was sent).
 */
function serverErrorMessage(errno: number, config: Plain, target: string, database: string): string {
  const user = String(at(config, 'auth.passwordAuth.username'));
  switch (errno) {
    case 1045:
      return `access denied for user "${user}" (MySQL error 1045): check the username and password`;
    case 1044:
      return `user "${user}" may not use database "${database}" (MySQL error 1044): grant the user access to database "${database}"`;
    case 1049:
      return `database "${database}" does not exist (MySQL error 1049): check the database name (connectionDatabase, or writeDatabase when that is left out)`;
    case 1129:
    case 1130:
      return `the server does not admit the gateway's address (MySQL error ${errno}): allow the gateway's address on the server`;
    case 1040:
      return 'the server has no free connection slots (MySQL error 1040): retry later or raise max_connections';
    default:
      return `${target} refused the connection with MySQL error ${errno}: look the number up in the MySQL error reference and check the connection settings`;
  }
}

/** OpenSSL's words for a certificate it does not trust, by the code Node gives them. */
const UNTRUSTED_BY_TEXT = new Map(
  Object.entries({
    'self-signed certificate': 'DEPTH_ZERO_SELF_SIGNED_CERT',
    'self-signed certificate in certificate chain': 'SELF_SIGNED_CERT_IN_CHAIN',
    'unable to verify the first certificate': 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'unable to get local issuer certificate': 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'certificate has expired': 'CERT_HAS_EXPIRED',
  }),
);

/**
 * The code of a TLS failure. mysql2 overwrites the TLS error's own code with HANDSHAKE_SSL_ERROR;
 * a host-name mismatch still carries the `reason` and `cert` of Node's checkServerIdentity, and a
 * certificate OpenSSL does not trust keeps OpenSSL's words as its message.
 */
function tlsCode(error: unknown): string | undefined {
  const { code, reason, cert, message } = error as { code?: string; reason?: unknown; cert?: unknown; message?: string };
  if (code !== 'HANDSHAKE_SSL_ERROR') return code;
  if (reason !== undefined && cert !== undefined) return 'ERR_TLS_CERT_ALTNAME_INVALID';
  return UNTRUSTED_BY_TEXT.get(message ?? '') ?? code;
}

function messageFor(error: unknown, config: Plain, target: string, database: string, timeoutMs: number, outOfTime: boolean): string {
  const code = tlsCode(error);
  if (outOfTime || code === 'ETIMEDOUT' || code === 'PROTOCOL_SEQUENCE_TIMEOUT') return timedOutMessage(timeoutMs);
  const errno = serverErrno(error);
  if (errno !== undefined) return serverErrorMessage(errno, config, target, database);
  switch (code) {
    case 'HANDSHAKE_NO_SSL_SUPPORT':
      return 'the server does not support TLS: enable TLS on the server, or set disableSsl if it is on a private network';
    case 'HANDSHAKE_SSL_ERROR':
      return `the TLS handshake with ${target} failed: check the server's TLS settings, or set disableSsl if it is on a private network`;
    case 'PROTOCOL_CONNECTION_LOST':
      return `${target} closed the connection: check the port (is it the right service?) and the server's log`;
  }
  return networkFailureMessage({ code }, target) ?? `could not connect to ${target}${codeSuffix(knownErrorCode({ code }))}: check the connection settings`;
}

export const mysqlCheck: ConnectionCheck = {
  unsupportedReason: sshTunnelReason,
  destination: hostAndPort,
  async run(config: Plain, { timeoutMs, signal, addresses }): Promise<CheckOutcome> {
    const { host, target } = hostAndPort(config);
    const port = Number(config.port);
    const database = String(config.connectionDatabase ?? config.writeDatabase);
    // Imported on the first check: memory a gateway which never checks MySQL does not need (bench/README.md).
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
      await new Promise<void>((resolve, reject) => connection.query({ sql: 'select 1', timeout: left }, (error) => (error ? reject(error) : resolve())));
      return healthy();
    } catch (error) {
      const outOfTime = signal.aborted || performance.now() - started >= timeoutMs - 5;
      return failed(messageFor(error, config, target, database, timeoutMs, outOfTime));
    } finally {
      signal.removeEventListener('abort', abort);
      connection.destroy();
    }
  },
};
