import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent. A receiver's URL is chosen by a caller, and the service sends
 * requests to it from inside the network it runs in: without a check, a subscription could make
 * the service call its own admin ports, the cloud's metadata service or any internal host
 * (server-side request forgery). So the address is checked when the subscription is written and
 * again on the address the name resolves to at delivery time, and the connection then goes to
 * exactly that checked address (a name that resolves once to a public and then to a private
 * address — DNS rebinding — gains nothing). Private targets may be allowed for one-machine
 * setups and tests (`WEBHOOK_ALLOW_PRIVATE_TARGETS`); cloud metadata addresses never are.
 */

const METADATA = new BlockList();
METADATA.addAddress('169.254.169.254', 'ipv4'); // AWS, GCP, Azure, OpenStack
METADATA.addAddress('169.254.170.2', 'ipv4'); // AWS ECS task metadata
METADATA.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud
METADATA.addAddress('fd00:ec2::254', 'ipv6'); // AWS over IPv6

const ranges: [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'private'], // carrier-grade NAT
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['198.18.0.0', 15, 'ipv4', 'reserved'], // benchmarking
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'], // and broadcast
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
  ['64:ff9b::', 96, 'ipv6', 'reserved'], // NAT64: would reach any IPv4 address
  ['2002::', 16, 'ipv6', 'reserved'], // 6to4: likewise
];
const BLOCKS = ranges.map(([network, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, reason };
});

/** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address (`::ffff:127.0.0.1`), if any. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = Number.parseInt(hex[1] as string, 16);
  const low = Number.parseInt(hex[2] as string, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/**
 * Why `address` (an IP literal) may not receive webhooks, or null if it may. `allowPrivate`
 * admits loopback, private and link-local addresses, never a metadata service's.
 */
export function forbiddenAddress(address: string, allowPrivate: boolean): string | null {
  const mapped = isIP(address) === 6 ? embeddedIpv4(address) : undefined;
  const ip = mapped ?? address;
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : undefined;
  if (!family) return 'not-an-address';
  if (METADATA.check(ip, family)) return 'metadata';
  if (allowPrivate) return null;
  for (const block of BLOCKS) if (block.family === family && block.list.check(ip, family)) return block.reason;
  return null;
}

export class TargetForbiddenError extends Error {
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`The webhook target ${host} is refused (${reason}).`);
    this.name = 'TargetForbiddenError';
  }
}

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/** The URL's host without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Resolves the URL's host and checks every address it resolves to (a name with one forbidden
 * address is refused whole: which one a client would pick is not ours to predict). Returns the
 * address to connect to. Throws TargetForbiddenError, or the resolver's error (ENOTFOUND…).
 */
export async function resolveTarget(url: URL, allowPrivate: boolean): Promise<ResolvedTarget> {
  const host = hostOf(url);
  const literal = isIP(host);
  const addresses: ResolvedTarget[] = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
  if (addresses.length === 0) throw new TargetForbiddenError(host, 'unresolvable');
  for (const { address } of addresses) {
    const reason = forbiddenAddress(address, allowPrivate);
    if (reason) throw new TargetForbiddenError(host, reason);
  }
  return addresses[0] as ResolvedTarget;
}
