// Fetches an IdP's SAML metadata by URL with an SSRF guard:
// - only http: and https:, no credentials in the URL;
// - the host name is resolved once (every address) and each address is checked: loopback
//   and private networks are refused unless `allowPrivateNetworks`; link-local (cloud
//   metadata at 169.254.169.254), unspecified, multicast and reserved addresses always are
//   (IPv4-mapped/compatible/NAT64/6to4 IPv6 forms are judged as the IPv4 address inside);
// - the socket connects to the address that was checked (the resolver is not asked again,
//   so DNS rebinding between check and connect cannot happen);
// - at most 3 redirects, each target checked like the first; 1 MiB; 5 s for everything;
// - the answer must be XML.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { DESCRIBE_CLASS, isLocalhostName, refusalOf } from '../../../../common/net/address-policy.ts';

export const METADATA_MAX_BYTES = 1024 * 1024;
export const METADATA_TIMEOUT_MS = 5_000;
export const METADATA_MAX_REDIRECTS = 3;

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface FetchMetadataOptions {
  allowPrivateNetworks: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Host name → addresses. Default: the system resolver (getaddrinfo), all addresses. */
  resolve?: ResolveHost;
  /**
   * Exact addresses reachable whatever their class (an on-premises IdP at a fixed private
   * address, or a test's loopback server). Everything else still goes through the policy.
   */
  allowAddresses?: readonly string[];
  /** Called with the checked address just before a socket is opened (observability, tests). */
  onConnect?: (address: string, url: URL) => void;
}

export type FetchFailure = 'REFUSED' | 'UNREACHABLE' | 'HTTP_STATUS' | 'TOO_LARGE' | 'TIMEOUT' | 'NOT_XML' | 'TOO_MANY_REDIRECTS';

export class MetadataFetchError extends Error {
  constructor(readonly reason: FetchFailure, message: string) {
    super(message);
    this.name = 'MetadataFetchError';
  }
}

export interface FetchedMetadata {
  /** The URL the document finally came from (after redirects). */
  url: string;
  xml: string;
}

const defaultResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, order: 'verbatim' });

/** Parses and checks one target; returns the address to connect to. Throws REFUSED before any socket exists. */
export async function checkTarget(raw: string, options: Pick<FetchMetadataOptions, 'allowPrivateNetworks' | 'resolve' | 'allowAddresses'>): Promise<{ url: URL; address: string; family: number }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MetadataFetchError('REFUSED', 'The metadata URL is not a valid absolute URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MetadataFetchError('REFUSED', `Only http:// and https:// metadata URLs are fetched (not ${url.protocol}//).`);
  }
  if (url.username || url.password) throw new MetadataFetchError('REFUSED', 'The metadata URL must not contain a user name or password.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const refuse = (address: string, cls: keyof typeof DESCRIBE_CLASS): never => {
    const opened = cls === 'loopback' || cls === 'private';
    throw new MetadataFetchError(
      'REFUSED',
      `Refused to fetch ${url.host}: it is ${DESCRIBE_CLASS[cls]}${address !== host ? ` (${host} resolves to ${address})` : ''}. `
        + (opened ? 'Metadata URLs must point at a public host unless private networks are allowed by configuration.' : 'Metadata is never fetched from such addresses.'),
    );
  };

  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else if (isLocalhostName(host)) {
    // localhost and *.localhost are this machine by definition (RFC 6761): no resolver is asked.
    addresses = [{ address: '127.0.0.1', family: 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host.replace(/\.$/, ''));
    } catch (error) {
      throw new MetadataFetchError('UNREACHABLE', `Could not resolve ${host} (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'}).`);
    }
    if (!addresses.length) throw new MetadataFetchError('UNREACHABLE', `Could not resolve ${host} (no addresses).`);
  }
  // Every address must pass: a name with one public and one private address is refused.
  for (const { address } of addresses) {
    if (options.allowAddresses?.includes(address)) continue;
    const cls = refusalOf(address, options.allowPrivateNetworks);
    if (cls) refuse(address, cls);
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family || isIP(chosen.address) };
}

const XML_TYPES = /^(application|text)\/([\w.+-]+\+)?xml$/;

function isXmlResponse(contentType: string | undefined, head: string): boolean {
  const type = contentType?.split(';')[0]!.trim().toLowerCase();
  if (type && XML_TYPES.test(type)) return true;
  // Servers that label everything generically: accept only if it looks like XML, not HTML.
  if (!type || type === 'application/octet-stream' || type === 'text/plain') {
    const start = head.replace(/^\uFEFF/, '').trimStart();
    return start.startsWith('<') && !/^<(!doctype\s+)?html/i.test(start);
  }
  return false;
}

/** One GET to a checked address. Resolves with the response head; the body is read by the caller. */
function get(url: URL, address: string, family: number, signal: AbortSignal): Promise<IncomingMessage> {
  // The socket is pinned to the checked address; TLS still verifies the certificate for url.hostname.
  const pinned: LookupFunction = (_hostname, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const options: RequestOptions = {
    method: 'GET',
    lookup: pinned,
    signal,
    headers: { accept: 'application/samlmetadata+xml, application/xml;q=0.9, text/xml;q=0.9', 'user-agent': 'sso-control-plane metadata import' },
    agent: false,
  };
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new MetadataFetchError('TOO_LARGE', `The metadata is larger than ${maxBytes} bytes (Content-Length ${declared}).`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new MetadataFetchError('TOO_LARGE', `The metadata is larger than ${maxBytes} bytes.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchMetadata(raw: string, options: FetchMetadataOptions): Promise<FetchedMetadata> {
  const timeoutMs = options.timeoutMs ?? METADATA_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? METADATA_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? METADATA_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => new MetadataFetchError('TIMEOUT', `The metadata URL did not answer within ${timeoutMs / 1000} s.`);
  const deadline = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(timedOut()), { once: true }));
  deadline.catch(() => {});

  const run = async (): Promise<FetchedMetadata> => {
    let current = raw;
    for (let hop = 0; ; hop++) {
      const { url, address, family } = await checkTarget(current, options);
      options.onConnect?.(address, url);
      let response: IncomingMessage;
      try {
        response = await get(url, address, family, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        const code = (error as NodeJS.ErrnoException).code;
        throw new MetadataFetchError('UNREACHABLE', `Could not connect to ${url.host} (${code ?? (error as Error).message}).`);
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        if (hop >= maxRedirects) throw new MetadataFetchError('TOO_MANY_REDIRECTS', `The metadata URL redirected more than ${maxRedirects} times.`);
        current = new URL(location, url).href;
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new MetadataFetchError('HTTP_STATUS', `The metadata URL answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}.`);
      }
      const body = await readBody(response, maxBytes);
      const xml = body.toString('utf8');
      if (!isXmlResponse(response.headers['content-type'], xml.slice(0, 512))) {
        throw new MetadataFetchError('NOT_XML', `The metadata URL did not answer with XML (Content-Type: ${response.headers['content-type'] ?? 'none'}).`);
      }
      return { url: url.href, xml: xml.replace(/^\uFEFF/, '') };
    }
  };

  try {
    return await Promise.race([run(), deadline]);
  } catch (error) {
    if (error instanceof MetadataFetchError) throw error;
    if (controller.signal.aborted) throw timedOut();
    throw new MetadataFetchError('UNREACHABLE', `Could not fetch the metadata (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
    controller.abort(); // closes any socket still open
  }
}
