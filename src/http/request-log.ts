// One log line and one metric per HTTP request: method, path (never the query string: it
// can carry an authorization code, state or a download ticket), route pattern, status,
// duration, the request id (X-Request-Id: the caller's if it is a plain token, else ours)
// and, on sign-in requests, the attempt's trace id that the routes set.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../observability/log.ts';
import type { Metrics } from '../observability/metrics.ts';

const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestLog(logger: Logger, metrics?: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const began = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && CALLER_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId' as never, requestId as never);
    try {
      await next();
    } finally {
      c.header('x-request-id', requestId);
      const durationMs = performance.now() - began;
      const matched = matchedRoutes(c)[c.req.routeIndex];
      const route = matched && matched.path !== '/*' && matched.path !== '*' ? matched.path : 'unmatched';
      const status = c.res.status;
      const traceId = (c.get('traceId' as never) as string | undefined) ?? undefined;
      logger.info({ requestId, traceId, method: c.req.method, path: c.req.path.slice(0, 200), route, status, durationMs: Math.round(durationMs * 10) / 10 }, 'http.request');
      metrics?.httpRequests.inc({ method: c.req.method, route, status: String(status) });
      metrics?.httpDuration.observe({ method: c.req.method, route }, durationMs / 1000);
    }
  };
}
