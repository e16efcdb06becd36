// The live check of PostgreSQL and Aurora PostgreSQL: connect with `pg` (TLS unless disableSsl),
// run `select 1`, close. Bounded by the check timeout and the config's connectionTimeoutInSeconds.
import pg from 'pg';
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

/** PostgreSQL SQLSTATE codes worth their own advice. */
function serverErrorMessage(error: { code?: string; message: string }, config: Plain): string | null {
  switch (error.code) {
    case '28P01':
      return `${error.message}: check the username and password`;
    case '28000':
      return `${error.message}: check the username, and that the server admits this user from the gateway's address (pg_hba.conf)`;
    case '3D000':
      return `${error.message}: check the database name`;
    case '42501':
      return `${error.message}: grant the user the CONNECT privilege on database "${String(config.database)}"`;
    case '53300':
      return `${error.message}: the server has no free connection slots; retry later or raise max_connections`;
    case '57P03':
      return `${error.message}: the server is starting up or shutting down; retry in a minute`;
    default:
      return null;
  }
}

function messageFor(error: unknown, config: Plain, target: string, timeoutMs: number, aborted: boolean): string {
  const text = errorText(error);
  if (aborted || /timeout expired|Query read timeout|connection timeout/i.test(text)) return timedOutMessage(timeoutMs);
  if (/does not support SSL/i.test(text)) {
    return 'the server does not support TLS: enable TLS on the server, or set disableSsl if it is on a private network';
  }
  const code = (error as { code?: string }).code;
  return (
    serverErrorMessage({ code, message: text }, config) ??
    networkFailureMessage(error, target) ??
    `could not connect to ${target}: ${text}: check the connection settings`
  );
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
