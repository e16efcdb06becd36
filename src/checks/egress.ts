// Where live connection checks may not connect (CONNECTION_CHECK_DENY): the deny list, parsed once
// into a BlockList, and the one DNS resolution whose checked addresses every check then connects to.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction, Socket } from 'node:net';

/** Ranges behind each keyword; an entry is [address, prefix]. */
const KEYWORD_RANGES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  // Cloud metadata lives here (169.254.169.254 on AWS, GCP, Azure, OCI); AWS's IPv6 endpoint and
  // Alibaba's 100.100.100.200 lie outside link-local ranges, so they are named one by one.
  'link-local': [
    ['169.254.0.0', 16],
    ['fe80::', 10],
    ['fd00:ec2::254', 128],
    ['100.100.100.200', 32],
  ],
  // 0.0.0.0 and :: are "this host": on Linux a connection to them reaches the loopback interface.
  loopback: [
    ['127.0.0.0', 8],
    ['::1', 128],
    ['0.0.0.0', 8],
    ['::', 128],
  ],
  private: [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
    ['fc00::', 7],
  ],
};

export const DEFAULT_CONNECTION_CHECK_DENY = 'link-local';

const ACCEPTED_FORMS = `an IPv4 or IPv6 address, a CIDR (10.0.0.0/8, fc00::/7), or one of ${[...Object.keys(KEYWORD_RANGES), 'none'].join(', ')} (none alone)`;

/** The parsed CONNECTION_CHECK_DENY: the entries as written, and the BlockList built from them. */
export interface EgressDenyList {
  entries: readonly string[];
  blockList: BlockList;
}

const familyOf = (address: string) => (isIP(address) === 4 ? 'ipv4' : 'ipv6');

/** Adds one entry to the list; returns false when the entry is none of the accepted forms. */
function addEntry(blockList: BlockList, entry: string): boolean {
  const keyword = KEYWORD_RANGES[entry.toLowerCase()];
  if (keyword) {
    for (const [address, prefix] of keyword) blockList.addSubnet(address, prefix, familyOf(address));
    return true;
  }
  const [address, prefixText, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefixText === undefined) {
    blockList.addAddress(address, familyOf(address));
    return true;
  }
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > (family === 4 ? 32 : 128)) return false;
  blockList.addSubnet(address, prefix, familyOf(address));
  return true;
}

/** Parses a comma-separated deny list; each problem names its entry and the accepted forms. */
export function parseEgressDenyList(text: string): { denyList: EgressDenyList } | { problems: string[] } {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const blockList = new BlockList();
  const problems: string[] = [];
  if (entries.some((entry) => entry.toLowerCase() === 'none')) {
    // "none" next to other entries is a contradiction, not something to guess the meaning of.
    if (entries.length > 1)
      problems.push(`"none" denies nothing and must stand alone, not next to ${entries.filter((e) => e.toLowerCase() !== 'none').join(', ')}`);
    return problems.length > 0 ? { problems } : { denyList: { entries: [], blockList } };
  }
  for (const entry of entries) {
    if (!addEntry(blockList, entry)) problems.push(`"${entry}" is not ${ACCEPTED_FORMS}`);
  }
  return problems.length > 0 ? { problems } : { denyList: { entries, blockList } };
}

/** The list used when CONNECTION_CHECK_DENY is unset: cloud metadata is never reachable by default. */
export function defaultEgressDenyList(): EgressDenyList {
  const parsed = parseEgressDenyList(DEFAULT_CONNECTION_CHECK_DENY);
  if ('problems' in parsed) throw new Error(parsed.problems.join('; '));
  return parsed.denyList;
}

/** Whether the list denies this address; anything that is not an IP address is denied. */
export function isDenied(denyList: EgressDenyList, address: string): boolean {
  // A zone (fe80::1%eth0) names an interface, not a different address.
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  // BlockList matches an IPv4-mapped IPv6 address (::ffff:a9fe:a9fe) against IPv4 rules itself.
  return family === 0 || denyList.blockList.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a bare host (as Destination.host gives it) once, an IP literal taken as it is, and checks
 * every address: a host with one denied address is refused, since its resolver could hand that one
 * out on the next lookup.
 * DNS failures are thrown with Node's codes (ENOTFOUND), so the checks word them as before.
 */
export async function resolveDestination(host: string, denyList: EgressDenyList): Promise<{ addresses: PinnedAddress[] } | { denied: string }> {
  const literal = isIP(host);
  const resolved: LookupAddress[] = literal ? [{ address: host, family: literal }] : await lookup(host, { all: true });
  const denied = resolved.find((entry) => isDenied(denyList, entry.address));
  if (denied) return { denied: denied.address };
  return { addresses: resolved.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 })) };
}

export const deniedMessage = (host: string, address: string) =>
  `the gateway does not connect to ${host} (${address}): the address is in CONNECTION_CHECK_DENY; use a host the gateway may reach, or ask the operator to allow it`;

/**
 * A `lookup` for net.connect and http.request that answers with the checked addresses only, so
 * the connection cannot go anywhere a second DNS answer (a rebinding) would send it, while the
 * hostname stays the connection's host for TLS SNI and certificate verification.
 */
export function pinnedLookup(addresses: readonly PinnedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const usable = addresses.filter((entry) => family === 0 || entry.family === family);
    if (usable.length === 0) {
      // Same shape as a failed dns.lookup, so the caller words it as an unknown host.
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      process.nextTick(() => callback(error, ''));
      return;
    }
    // Asynchronous like a real lookup: net attaches its listeners after calling it.
    if (options.all)
      process.nextTick(() =>
        callback(
          null,
          usable.map((entry) => ({ ...entry })),
        ),
      );
    else process.nextTick(() => callback(null, usable[0].address, usable[0].family));
  };
}

/**
 * A socket for clients that take no lookup (pg opens it with `connect(port, host)`; mysql2 takes it
 * connected): its connect goes through pinnedLookup, so the host is only ever one of the checked
 * addresses.
 */
export function pinnedSocket(addresses: readonly PinnedAddress[]): Socket {
  const socket = new Socket();
  const connect = socket.connect.bind(socket) as (options: { port: number; host: string; lookup: LookupFunction }) => Socket;
  socket.connect = ((port: number, host: string) => connect({ port, host, lookup: pinnedLookup(addresses) })) as Socket['connect'];
  return socket;
}
