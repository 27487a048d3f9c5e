// One HTTP exchange with a socket pinned to an address that was checked already: the
// `lookup` handed to node:http/https answers that address and nothing else, so no second
// resolution can swap it. TLS still verifies the certificate for the URL's host name.
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedTarget } from './check-target.ts';

export interface PinnedRequest {
  method: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
  signal: AbortSignal;
}

function pinnedLookup(address: string, family: number): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/** Resolves with the response head; the body is left to the caller. */
export function pinnedRequest({ url, address, family }: CheckedTarget, request: PinnedRequest): Promise<IncomingMessage> {
  const headers: OutgoingHttpHeaders = { ...request.headers };
  if (request.body) headers['content-length'] = String(request.body.length);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // agent: false: a fresh socket per request, never one pooled under another address.
    const req = send(url, { method: request.method, headers, lookup: pinnedLookup(address, family), signal: request.signal, agent: false }, resolve);
    req.on('error', reject);
    req.end(request.body);
  });
}
