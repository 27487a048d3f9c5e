// The one way src/ talks to another server: a fetch-shaped client with the SSRF guard.
// Each hop's target is checked (check-target.ts) and connected to at exactly the checked
// address (pinned-request.ts); redirects are followed here, for GET and HEAD only, each
// target checked again; one time limit covers every hop and the body; the body is read
// whole up to a size limit. Non-2xx answers come back as a Response: the caller decides.
import type { IncomingMessage } from 'node:http';
import { checkTarget, type CheckedTarget } from './check-target.ts';
import { OutboundRequestError } from './outbound-error.ts';
import { pinnedRequest } from './pinned-request.ts';
import { OUTBOUND_MAX_BYTES, OUTBOUND_MAX_REDIRECTS, OUTBOUND_TIMEOUT_MS, type OutboundKind, type OutboundOptions } from './policy.ts';
import { readBody } from './read-body.ts';
import { requestParts, type RequestParts } from './request-parts.ts';
import { responseOf } from './response-of.ts';

export interface GuardedFetchOptions extends OutboundOptions {
  kind: OutboundKind;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Credentials a redirect to another origin must not carry along. */
const ORIGIN_BOUND = ['authorization', 'cookie', 'proxy-authorization'];

const hostOf = (input: string | URL) => {
  try {
    return new URL(input).host;
  } catch {
    return '';
  }
};

function outcomeOf(result: Response | unknown): string {
  if (result instanceof Response) return result.ok ? 'OK' : `HTTP_${Math.floor(result.status / 100)}XX`;
  if (result instanceof OutboundRequestError) return result.reason;
  return (result as Error | undefined)?.name === 'TimeoutError' ? 'TIMEOUT' : 'ABORTED';
}

export async function guardedFetch(input: string | URL, init: RequestInit = {}, options: GuardedFetchOptions): Promise<Response> {
  const started = performance.now();
  let result: Response | unknown;
  try {
    result = await guarded(input, init, options);
    return result as Response;
  } catch (error) {
    result = error;
    throw error;
  } finally {
    try {
      options.observer?.({ kind: options.kind, host: hostOf(input), outcome: outcomeOf(result), durationMs: performance.now() - started });
    } catch {
      // An observer (metrics) never decides a request's fate.
    }
  }
}

async function guarded(input: string | URL, init: RequestInit, options: GuardedFetchOptions): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? OUTBOUND_TIMEOUT_MS;
  const host = hostOf(input) || String(input).slice(0, 100);
  const controller = new AbortController();
  let stoppedBy: 'timeout' | 'caller' | null = null;
  const timer = setTimeout(() => { stoppedBy = 'timeout'; controller.abort(); }, timeoutMs);
  const callerAborted = () => { stoppedBy ??= 'caller'; controller.abort(); };
  init.signal?.addEventListener('abort', callerAborted, { once: true });
  // The caller's own abort reason (e.g. openid-client's TimeoutError) is what it expects back, as from fetch.
  const stopped = () => (stoppedBy === 'caller' ? init.signal!.reason : new OutboundRequestError('TIMEOUT', `${host} did not answer within ${timeoutMs / 1000} s.`));
  const deadline = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(stopped()), { once: true }));
  deadline.catch(() => {});
  try {
    if (init.signal?.aborted) callerAborted();
    return await Promise.race([hops(input, init, options, controller.signal), deadline]);
  } catch (error) {
    if (stoppedBy) throw stopped();
    if (error instanceof OutboundRequestError) throw error;
    throw new OutboundRequestError('UNREACHABLE', `The request to ${host} failed (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
    init.signal?.removeEventListener('abort', callerAborted);
    controller.abort(); // ends an exchange still running; a finished one's socket stays in its pool
  }
}

async function hops(input: string | URL, init: RequestInit, options: GuardedFetchOptions, signal: AbortSignal): Promise<Response> {
  const maxRedirects = options.maxRedirects ?? OUTBOUND_MAX_REDIRECTS;
  const redirect = init.redirect ?? 'follow';
  const parts = await requestParts(init);
  const followable = parts.method === 'GET' || parts.method === 'HEAD';
  const firstHost = hostOf(input);
  let current: string | URL = input;
  let origin: string | null = null;
  for (let hop = 0; ; hop++) {
    const target = await checkTarget(current, options);
    if (origin !== null && target.url.origin !== origin) for (const name of ORIGIN_BOUND) delete parts.headers[name];
    origin = target.url.origin;
    const head = await connect(target, parts, options, signal);
    const status = head.statusCode ?? 0;
    const location = head.headers.location;
    if (REDIRECTS.has(status) && location && redirect !== 'manual' && (followable || redirect === 'error')) {
      head.resume();
      if (redirect === 'error') throw new OutboundRequestError('TOO_MANY_REDIRECTS', `${target.url.host} answered with a redirect (HTTP ${status}); this request follows none.`);
      if (hop >= maxRedirects) throw new OutboundRequestError('TOO_MANY_REDIRECTS', `The request to ${firstHost} redirected more than ${maxRedirects} times.`);
      current = nextTarget(location, target.url);
      continue;
    }
    const body = parts.method === 'HEAD' ? Buffer.alloc(0) : await readBody(head, options.maxBytes ?? OUTBOUND_MAX_BYTES, target.url.host);
    return responseOf(head, body, target.url, hop > 0);
  }
}

async function connect(target: CheckedTarget, parts: RequestParts, options: GuardedFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  options.onConnect?.(target.address, target.url);
  try {
    return await pinnedRequest(target, { ...parts, signal });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutboundRequestError('UNREACHABLE', `Could not connect to ${target.url.host} (${code ?? (error as Error).message}).`);
  }
}

function nextTarget(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new OutboundRequestError('REFUSED', `${base.host} redirected to something that is not a valid URL.`);
  }
}
