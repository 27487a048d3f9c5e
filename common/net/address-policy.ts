// What kind of network address a host is: the SSRF guard's core (which addresses a
// server-side fetch of an IdP URL may connect to) and the one answer to "is this host
// this machine?" (plain-http test IdPs, the sandbox's bind guard).
// Pure functions over address text: no DNS, no sockets.
import { isIP } from 'node:net';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'multicast'
  | 'reserved';

/** Classes that `allowPrivateNetworks` opens (development: the sandbox on 127.0.0.1, an IdP on the LAN). */
const OPENED_BY_PRIVATE_NETWORKS: ReadonlySet<AddressClass> = new Set(['loopback', 'private']);

/**
 * Link-local (169.254.0.0/16 with the cloud metadata service at 169.254.169.254, fe80::/10),
 * unspecified, multicast and reserved addresses are refused even when private networks are
 * allowed: no IdP lives there, and the cloud metadata endpoint is the classic SSRF prize.
 */
export function refusalOf(address: string, allowPrivateNetworks: boolean): AddressClass | null {
  const cls = classifyAddress(address);
  if (cls === 'public') return null;
  if (allowPrivateNetworks && OPENED_BY_PRIVATE_NETWORKS.has(cls)) return null;
  return cls;
}

export const DESCRIBE_CLASS: Record<AddressClass, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private-network address',
  'link-local': 'a link-local address (including the cloud metadata service)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast or broadcast address',
  reserved: 'a reserved or documentation address',
};

type V4 = [number, number, number, number];

function parseV4(text: string): V4 | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? (bytes as V4) : null;
}

/** 16 bytes of an IPv6 address (with an optional embedded dotted quad), or null. */
function parseV6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '').toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(s.slice(lastColon + 1));
    if (!v4) return null;
    s = `${s.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const words = [...head, ...Array<string>(fill).fill('0'), ...rest].map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  if (words.length !== 8 || words.some((w) => Number.isNaN(w))) return null;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

function classifyV4([a, b, c]: V4): AddressClass {
  if (a === 0) return 'unspecified'; // 0.0.0.0/8 "this network"; 0.0.0.0 reaches the local host on Linux
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224) return a <= 239 ? 'multicast' : a === 255 ? 'multicast' : 'reserved'; // 224/4 multicast, 240/4 reserved, broadcast
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'reserved'; // IETF protocol assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return 'reserved'; // benchmarking
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'reserved'; // TEST-NET-2/3
  return 'public';
}

function classifyV6(bytes: number[]): AddressClass {
  const zeroUpTo = (n: number) => bytes.slice(0, n).every((x) => x === 0);
  const v4At12 = bytes.slice(12, 16) as V4;
  if (zeroUpTo(16)) return 'unspecified';
  if (zeroUpTo(15) && bytes[15] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judged as the IPv4 address.
  if (zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff) return classifyV4(v4At12);
  if (zeroUpTo(12)) return classifyV4(v4At12);
  // NAT64 (64:ff9b::/96) embeds the IPv4 target; 6to4 (2002::/16) embeds one in bytes 2-5.
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && bytes.slice(4, 12).every((x) => x === 0)) return classifyV4(v4At12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) {
    const inner = classifyV4(bytes.slice(2, 6) as V4);
    if (inner !== 'public') return inner;
  }
  if ((bytes[0]! & 0xfe) === 0xfc) return 'private'; // fc00::/7 unique local
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80) return 'link-local'; // fe80::/10
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0xc0) return 'private'; // fec0::/10 (deprecated site-local)
  if (bytes[0] === 0xff) return 'multicast';
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0x0d && bytes[3] === 0xb8) return 'reserved'; // documentation
  if (bytes[0] === 0x01 && bytes[1] === 0x00 && bytes.slice(2, 8).every((x) => x === 0)) return 'reserved'; // 100::/64 discard
  return 'public';
}

/** Classifies an IP address literal; anything that is not one is 'reserved' (refused). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.split('%')[0]!);
  if (family === 4) return classifyV4(parseV4(bare)!);
  if (family === 6) {
    const bytes = parseV6(bare);
    return bytes ? classifyV6(bytes) : 'reserved';
  }
  return 'reserved';
}

/** Names that mean this machine without asking DNS (RFC 6761): localhost, *.localhost, with or without the final dot. */
export function isLocalhostName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/**
 * This machine, named without DNS: `localhost` or a loopback address literal (127.0.0.0/8,
 * ::1, or 127.x mapped into IPv6). Brackets are allowed, as in URLs.
 */
export function isLoopbackHost(host: string): boolean {
  return host.toLowerCase() === 'localhost' || classifyAddress(host) === 'loopback';
}
