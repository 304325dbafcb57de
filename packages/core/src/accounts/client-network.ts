import { isIPv6 } from 'node:net';

/**
 * The network a client address stands for in per-network limits (docs/adr/0010): an IPv4 address
 * itself (IPv4-mapped IPv6 included), and the /64 prefix of an IPv6 address, since one subscriber
 * gets a whole /64 (RFC 6177) and could otherwise take a fresh address for every attempt.
 * Anything else (a test's placeholder, a Unix socket) is kept as it is.
 */
export function networkOf(ip: string): string {
  const address = ip.split('%')[0] ?? ip;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return ip;
  const [head = '', tail] = address.split('::');
  const groups = (part: string | undefined) =>
    part
      ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) // embedded IPv4: 2 groups
      : [];
  const left = groups(head);
  const right = groups(tail);
  const full =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
