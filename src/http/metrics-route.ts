// GET /metrics in Prometheus text. On the public port it needs METRICS_TOKEN as a bearer
// token when one is set; in production without a token it is not there at all (serve it
// on METRICS_PORT instead, which scrapers reach on an internal address).
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Metrics } from '../observability/metrics.ts';

export interface MetricsAccess {
  /** Bearer token required on this listener; undefined: open. */
  token: string | undefined;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function metricsRoutes(metrics: Metrics, access: MetricsAccess): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    if (access.token) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
      if (!sameSecret(given, access.token)) return c.text('A valid metrics token is required (Authorization: Bearer <METRICS_TOKEN>).\n', 401, { 'www-authenticate': 'Bearer' });
    }
    return c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
  });
  return app;
}
