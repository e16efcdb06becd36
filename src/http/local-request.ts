// Whether a request comes from a browser on the machine the gateway runs on: what GraphiQL needs to
// know before it prefills the first start's dev key (src/main.ts).
import { BlockList, isIP } from 'node:net';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** 127.0.0.0/8, ::1, and IPv4-mapped IPv6 of the former (::ffff:127.0.0.1, as a dual-stack socket reports it). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const family = isIP(address);
  return family !== 0 && loopback.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `localhost`, a name under `.localhost` (browsers resolve those to loopback themselves) or a loopback address. */
function isLoopbackHost(hostHeader: string | null): boolean {
  if (!hostHeader || !URL.canParse(`http://${hostHeader}`)) return false;
  const hostname = new URL(`http://${hostHeader}`).hostname.replace(/^\[(.*)\]$/, '$1');
  return hostname === 'localhost' || hostname.endsWith('.localhost') || isLoopbackAddress(hostname);
}

/** Headers a proxy adds: a request relayed by a proxy on this host arrives from loopback for anyone. */
const forwardingHeaders = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

/**
 * A request from this machine, sent to this machine by name: its socket's peer is a loopback
 * address, no proxy relayed it, and its Host header is a loopback name. The last refuses DNS
 * rebinding: a page of `evil.example` whose name is made to resolve to 127.0.0.1 reaches the
 * gateway from the developer's own browser, but with `Host: evil.example`.
 */
export function isLocalRequest(remoteAddress: string | undefined, headers: Headers): boolean {
  return isLoopbackAddress(remoteAddress) && forwardingHeaders.every((name) => !headers.has(name)) && isLoopbackHost(headers.get('host'));
}
