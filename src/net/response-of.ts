// A node:http response head and its (already read) body as a WHATWG Response, so that
// callers written against fetch — openid-client's customFetch among them — can use it.
import type { IncomingMessage } from 'node:http';
import { OutboundRequestError } from './outbound-error.ts';

/** Statuses whose Response must have no body (the Fetch standard's null body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function responseOf(head: IncomingMessage, body: Buffer, url: URL, redirected: boolean): Response {
  const status = head.statusCode ?? 0;
  if (status < 200 || status > 599) throw new OutboundRequestError('UNREACHABLE', `${url.host} answered with an invalid HTTP status (${status}).`);
  const headers = new Headers();
  const raw = head.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // A header value the Fetch API cannot carry: left out rather than failing the request.
    }
  }
  const response = new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, statusText: head.statusMessage ?? '', headers });
  // As fetch would report them: where the answer finally came from, and whether that was after a redirect.
  Object.defineProperties(response, { url: { value: url.href }, redirected: { value: redirected } });
  return response;
}
