// The SSRF guard's decision for one target, before any socket exists:
// - only http: and https:, no credentials in the URL;
// - the host name is resolved once (every address) and each address must pass the address
//   policy (common/net/address-policy.ts): loopback and private networks only when allowed,
//   link-local (cloud metadata), unspecified, multicast and reserved never;
// - the address returned is the one the caller connects to, so the resolver is not asked
//   again between check and connect (no DNS rebinding).
import { isIP } from 'node:net';
import { DESCRIBE_CLASS, isLocalhostName, refusalOf, type AddressClass } from '../../common/net/address-policy.ts';
import { OutboundRequestError } from './outbound-error.ts';
import { systemResolve, type OutboundPolicy } from './policy.ts';

export interface CheckedTarget {
  url: URL;
  address: string;
  family: number;
}

function parseTarget(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRequestError('REFUSED', 'The URL is not a valid absolute URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundRequestError('REFUSED', `Only http:// and https:// URLs are fetched (not ${url.protocol}//).`);
  }
  if (url.username || url.password) throw new OutboundRequestError('REFUSED', 'The URL must not contain a user name or password.');
  return url;
}

function refusal(url: URL, host: string, address: string, cls: AddressClass): OutboundRequestError {
  const opened = cls === 'loopback' || cls === 'private';
  return new OutboundRequestError(
    'REFUSED',
    `Refused to fetch ${url.host}: it is ${DESCRIBE_CLASS[cls]}${address !== host ? ` (${host} resolves to ${address})` : ''}. `
      + (opened ? 'The server reaches only public hosts unless private networks are allowed by configuration.' : 'The server never connects to such addresses.'),
  );
}

async function addressesOf(host: string, policy: Pick<OutboundPolicy, 'resolve'>): Promise<{ address: string; family: number }[]> {
  if (isIP(host)) return [{ address: host, family: isIP(host) }];
  // localhost and *.localhost are this machine by definition (RFC 6761): no resolver is asked.
  if (isLocalhostName(host)) return [{ address: '127.0.0.1', family: 4 }];
  let addresses: { address: string; family: number }[];
  try {
    addresses = await (policy.resolve ?? systemResolve)(host.replace(/\.$/, ''));
  } catch (error) {
    throw new OutboundRequestError('UNREACHABLE', `Could not resolve ${host} (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'}).`);
  }
  if (!addresses.length) throw new OutboundRequestError('UNREACHABLE', `Could not resolve ${host} (no addresses).`);
  return addresses;
}

/** Parses and checks one target; returns the address to connect to. Throws REFUSED before any socket exists. */
export async function checkTarget(raw: string | URL, policy: Pick<OutboundPolicy, 'allowPrivateNetworks' | 'resolve' | 'allowAddresses'>): Promise<CheckedTarget> {
  const url = parseTarget(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await addressesOf(host, policy);
  // Every address must pass: a name with one public and one private address is refused.
  for (const { address } of addresses) {
    if (policy.allowAddresses?.includes(address)) continue;
    const cls = refusalOf(address, policy.allowPrivateNetworks);
    if (cls) throw refusal(url, host, address, cls);
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family || isIP(chosen.address) };
}
