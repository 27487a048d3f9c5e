// Fetches an IdP's SAML metadata by URL through the guarded outbound client (src/net/:
// address policy, the checked address is the one connected to, every redirect checked
// again, at most 3 redirects, 1 MiB, 5 s for everything); the answer must be a 2xx and XML.
import { guardedFetch, OUTBOUND_MAX_BYTES, OutboundRequestError, type OutboundFailure, type OutboundKind, type OutboundOptions } from '../../../net/index.ts';

export const METADATA_MAX_BYTES = OUTBOUND_MAX_BYTES;

export interface FetchMetadataOptions extends OutboundOptions {
  /** For the observer: 'saml-metadata' (import) unless a caller such as readiness says otherwise. */
  kind?: OutboundKind;
}

export type FetchFailure = OutboundFailure | 'HTTP_STATUS' | 'NOT_XML';

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

const XML_TYPES = /^(application|text)\/([\w.+-]+\+)?xml$/;

function isXmlResponse(contentType: string | null, head: string): boolean {
  const type = contentType?.split(';')[0]!.trim().toLowerCase();
  if (type && XML_TYPES.test(type)) return true;
  // Servers that label everything generically: accept only if it looks like XML, not HTML.
  if (!type || type === 'application/octet-stream' || type === 'text/plain') {
    const start = head.replace(/^\uFEFF/, '').trimStart();
    return start.startsWith('<') && !/^<(!doctype\s+)?html/i.test(start);
  }
  return false;
}

export async function fetchMetadata(raw: string, options: FetchMetadataOptions): Promise<FetchedMetadata> {
  let response: Response;
  try {
    response = await guardedFetch(raw, { headers: { accept: 'application/samlmetadata+xml, application/xml;q=0.9, text/xml;q=0.9' } }, { ...options, kind: options.kind ?? 'saml-metadata' });
  } catch (error) {
    if (error instanceof OutboundRequestError) throw new MetadataFetchError(error.reason, error.message);
    throw error;
  }
  if (!response.ok) {
    throw new MetadataFetchError('HTTP_STATUS', `The metadata URL answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const xml = await response.text();
  const contentType = response.headers.get('content-type');
  if (!isXmlResponse(contentType, xml.slice(0, 512))) {
    throw new MetadataFetchError('NOT_XML', `The metadata URL did not answer with XML (Content-Type: ${contentType ?? 'none'}).`);
  }
  return { url: response.url, xml: xml.replace(/^\uFEFF/, '') };
}
