// The live check of PostgreSQL and Aurora PostgreSQL: connect with `pg` (TLS unless disableSsl),
// run `select 1`, close. Bounded by the check timeout and the config's connectionTimeoutInSeconds.
import pg from 'pg';
import type { Plain } from '../core/plain.js';
import {
  at,
  type CheckOutcome,
  type ConnectionCheck,
  codeSuffix,
  driverSays,
  failed,
  healthy,
  hostAndPort,
  knownErrorCode,
  networkFailureMessage,
  sshTunnelReason,
  timedOutMessage,
} from './check.js';
import { pinnedSocket } from './egress.js';

/**
 * The SQLSTATE of an error the server sent (pg's DatabaseError, not a socket error whose Node code
 * could look like one, e.g. EPIPE), when it has the form of one: five digits or capitals.
 */
function sqlState(error: unknown): string | undefined {
  if (!(error instanceof pg.DatabaseError)) return undefined;
  const code = error.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * The server's refusals worth their own advice, by SQLSTATE, in our words: the server's own text
 * is never shown (it is the remote side's to choose, and it may quote what it was sent).
 */
function serverErrorMessage(code: string, config: Plain, target: string): string {
  const user = String(at(config, 'auth.passwordAuth.username'));
  const database = String(config.database);
  switch (code) {
    case '28P01':
      return `password authentication failed for user "${user}": check the username and password`;
    case '28000':
      return `the server refused user "${user}" (SQLSTATE 28000): check the username, and that the server admits this user from the gateway's address (pg_hba.conf)`;
    case '3D000':
      return `database "${database}" does not exist: check the database name`;
    case '42501':
      return `user "${user}" may not connect to database "${database}" (SQLSTATE 42501): grant the user the CONNECT privilege on database "${database}"`;
    case '53300':
      return 'the server has no free connection slots (SQLSTATE 53300): retry later or raise max_connections';
    case '57P03':
      return 'the server is starting up or shutting down (SQLSTATE 57P03): retry in a minute';
    default:
      return `${target} refused the connection with SQLSTATE ${code}: look the code up in the PostgreSQL documentation (Appendix A, error codes) and check the connection settings`;
  }
}

function messageFor(error: unknown, config: Plain, target: string, timeoutMs: number, aborted: boolean): string {
  if (aborted || driverSays(error, /timeout expired|Query read timeout|connection timeout/i)) return timedOutMessage(timeoutMs);
  if (driverSays(error, /does not support SSL/i)) {
    return 'the server does not support TLS: enable TLS on the server, or set disableSsl if it is on a private network';
  }
  const code = sqlState(error);
  if (code) return serverErrorMessage(code, config, target);
  return networkFailureMessage(error, target) ?? `could not connect to ${target}${codeSuffix(knownErrorCode(error))}: check the connection settings`;
}

export const postgresCheck: ConnectionCheck = {
  unsupportedReason: sshTunnelReason,
  destination: hostAndPort,
  async run(config, { timeoutMs, signal, addresses }): Promise<CheckOutcome> {
    const configured = typeof config.connectionTimeoutInSeconds === 'number' ? config.connectionTimeoutInSeconds * 1000 : Infinity;
    const limit = Math.min(timeoutMs, configured);
    const { host, target } = hostAndPort(config);
    const port = Number(config.port);
    // pg opens its socket with connect(port, host) and takes no lookup, so it is given a socket
    // whose connect resolves to the checked addresses only (all of them, as Node tries them). The
    // host stays the hostname, which pg sends as the TLS servername and verifies the certificate for.
    const client = new pg.Client({
      host,
      port,
      stream: () => pinnedSocket(addresses),
      database: String(config.database),
      user: String(at(config, 'auth.passwordAuth.username')),
      password: String(at(config, 'auth.passwordAuth.password') ?? ''),
      ssl: config.disableSsl === true ? false : { rejectUnauthorized: true },
      connectionTimeoutMillis: limit,
      query_timeout: limit,
      application_name: 'integrations-gateway connection check',
    });
    // A server that drops the connection emits 'error'; without a listener that would kill the process.
    client.on('error', () => {});
    const deadline = setTimeout(() => void client.end().catch(() => {}), limit);
    const abort = () => void client.end().catch(() => {});
    signal.addEventListener('abort', abort, { once: true });
    const started = performance.now();
    try {
      await client.connect();
      await client.query('select 1');
      return healthy();
    } catch (error) {
      const outOfTime = signal.aborted || performance.now() - started >= limit - 5;
      return failed(messageFor(error, config, target, limit, outOfTime));
    } finally {
      clearTimeout(deadline);
      signal.removeEventListener('abort', abort);
      void client.end().catch(() => {});
    }
  },
};
