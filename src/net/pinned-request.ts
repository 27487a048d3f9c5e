// One HTTP exchange with a socket pinned to an address that was checked already: the
// `lookup` handed to node:http/https answers that address and nothing else, so no second
// resolution can swap it. TLS still verifies the certificate for the URL's host name.
// Sockets are kept alive in a pool of that address only (connection-pool.ts).
import { request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedTarget } from './check-target.ts';
import { agentFor } from './connection-pool.ts';

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

/** A kept-alive socket the server closed just as it was reused: safe to send again only when nothing can have happened. */
const staleSocket = (req: ClientRequest, error: unknown, method: string) =>
  req.reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET' && (method === 'GET' || method === 'HEAD');

function send(target: CheckedTarget, request: PinnedRequest, headers: OutgoingHttpHeaders, retried: boolean): Promise<IncomingMessage> {
  const { url, address, family } = target;
  const start = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    if (request.signal.aborted) return reject(request.signal.reason);
    const req = start(url, { method: request.method, headers, lookup: pinnedLookup(address, family), agent: agentFor(target) }, resolve);
    // The caller's abort ends this exchange only while it lasts: once the answer is read,
    // the socket belongs to the pool and a later abort must not close it.
    const abort = () => req.destroy(request.signal.reason as Error);
    request.signal.addEventListener('abort', abort, { once: true });
    req.once('close', () => request.signal.removeEventListener('abort', abort));
    req.on('error', (error) => {
      if (!retried && staleSocket(req, error, request.method)) send(target, request, headers, true).then(resolve, reject);
      else reject(error);
    });
    req.end(request.body);
  });
}

/** Resolves with the response head; the body is left to the caller. */
export function pinnedRequest(target: CheckedTarget, request: PinnedRequest): Promise<IncomingMessage> {
  const headers: OutgoingHttpHeaders = { ...request.headers };
  if (request.body) headers['content-length'] = String(request.body.length);
  return send(target, request, headers, false);
}
