// One signed POST to a receiver, under the egress rules of connection checks: the host resolved
// once and every address checked against CONNECTION_CHECK_DENY, the connection made to those
// addresses only (no second DNS answer can redirect it), a deadline, no redirect followed, at most
// a few KB of the answer read and none of it kept. The outcome is worded by us, never the body.
import { request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Webhook } from 'standardwebhooks';
import { bareHost } from '../checks/check.js';
import { type EgressDenyList, pinnedLookup, resolveDestination } from '../checks/egress.js';
import type { AttemptOutcome } from './webhook.repository.js';

const MAX_BODY_READ = 4096;

export interface SignedMessage {
  /** The message id (the event's id): the same on every retry, so a receiver can drop duplicates. */
  id: string;
  body: string;
  /** The signing secret, whsec_…. */
  secret: string;
}

export function signatureHeaders(message: SignedMessage, at: Date): Record<string, string> {
  const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(message.secret).sign(message.id, timestamp, message.body),
  };
}

export async function send(url: string, message: SignedMessage, options: { timeoutMs: number; denyList: EgressDenyList }): Promise<AttemptOutcome> {
  const startedAt = new Date();
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): AttemptOutcome => ({
    startedAt,
    durationMs: Math.round(performance.now() - started),
    statusCode,
    error,
    succeeded: error === null && statusCode !== null && statusCode >= 200 && statusCode < 300,
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return done(null, 'the endpoint URL does not parse: update the endpoint');
  }
  const host = bareHost(target.hostname);
  const signal = AbortSignal.timeout(options.timeoutMs);
  let resolved: Awaited<ReturnType<typeof resolveDestination>>;
  try {
    resolved = await resolveDestination(host, options.denyList);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return done(
      null,
      code === 'ENOTFOUND' ? `the host ${host} does not resolve` : `resolving ${host} failed (${/^[A-Z_]+$/.test(code ?? '') ? code : 'error'})`,
    );
  }
  if ('denied' in resolved)
    return done(
      null,
      `the gateway does not deliver to ${host} (${resolved.denied}): the address is in CONNECTION_CHECK_DENY; use an endpoint the gateway may reach`,
    );
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const req = request(
      target,
      {
        method: 'POST',
        agent: false,
        signal,
        lookup: pinnedLookup(resolved.addresses),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'integrations-gateway webhooks',
          'content-length': String(Buffer.byteLength(message.body)),
          ...signatureHeaders(message, new Date()),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_BODY_READ) response.destroy();
        });
        const end = () => {
          if (status >= 200 && status < 300) finish(done(status, null));
          else if (status >= 300 && status < 400)
            finish(done(status, `HTTP ${status} ${STATUS_CODES[status] ?? ''}: redirects are not followed; register the final URL`.replace(' :', ':')));
          else finish(done(status, `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`));
        };
        response.on('end', end);
        response.on('close', end);
        response.on('error', end);
      },
    );
    req.on('error', (error: Error & { code?: string }) => {
      if (signal.aborted) finish(done(null, `timed out after ${options.timeoutMs} ms`));
      else if (error.code === 'ECONNREFUSED') finish(done(null, 'connection refused'));
      else if (error.code === 'ECONNRESET') finish(done(null, 'connection reset by the receiver'));
      else finish(done(null, `the request failed (${/^[A-Z_]+$/.test(error.code ?? '') ? error.code : 'network error'})`));
    });
    req.end(message.body);
  });
}
