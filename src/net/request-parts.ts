// The parts of a WHATWG RequestInit a guarded request sends: method, headers as node:http
// takes them, and the body as bytes (with the content type fetch would have given it).
import type { OutgoingHttpHeaders } from 'node:http';

export interface RequestParts {
  method: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
}

const USER_AGENT = 'sso-control-plane';

export async function requestParts(init: RequestInit): Promise<RequestParts> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  let body: Buffer | undefined;
  if (init.body !== undefined && init.body !== null) {
    // Response reads every BodyInit kind (string, URLSearchParams, bytes, Blob, stream) the same way fetch does.
    const carrier = new Response(init.body);
    const type = carrier.headers.get('content-type');
    if (type && !headers.has('content-type')) headers.set('content-type', type);
    body = Buffer.from(await carrier.arrayBuffer());
  }
  if (!headers.has('user-agent')) headers.set('user-agent', USER_AGENT);
  // Bodies are counted against the size limit as they arrive: no compressed surprises.
  headers.set('accept-encoding', 'identity');
  return { method, headers: Object.fromEntries(headers.entries()), ...(body ? { body } : {}) };
}
