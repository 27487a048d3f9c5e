// The HTTP surface of the control plane: /graphql, health probes, the sign-in routes,
// support downloads and /metrics. Hono routes; graphql-yoga answers /graphql as a fetch
// handler. Every request is one log line and one metric (request-log.ts).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { describeError, type Logger } from '../observability/log.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { createGraphQLServer } from '../graphql/yoga.ts';
import { signInRoutes } from '../signin/routes.ts';
import { IdpTokenAuthenticator } from '../signin/access-token/index.ts';
import { supportRoutes } from './support-routes.ts';
import { requestLog } from './request-log.ts';
import { metricsRoutes } from './metrics-route.ts';
import { graphiqlRoutes } from './graphiql-routes.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
  /** prom-client metrics; without them nothing is counted and /metrics is absent. */
  metrics?: Metrics;
}

/** Public-port /metrics: open in development, behind METRICS_TOKEN if set, else absent in production. */
function publicMetricsAccess(config: Config): { token: string | undefined } | null {
  if (config.metrics.token) return { token: config.metrics.token };
  return config.production ? null : { token: undefined };
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const { metrics } = deps;
  const idpTokens = new IdpTokenAuthenticator({
    db: deps.db,
    logger: deps.logger,
    policy: { allowPrivateNetworks: deps.config.allowPrivateNetworks, observer: metrics?.observeOutbound },
    clockSkewSeconds: deps.config.idpTokens.clockSkewSeconds,
    jwksCooldownMs: deps.config.idpTokens.jwksCooldownMs,
    observe: metrics?.observeIdpToken,
  });
  const yoga = createGraphQLServer({ ...deps, checkIdpToken: (jwt) => idpTokens.authenticate(jwt) });
  app.use(requestLog(deps.logger, metrics));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await deps.db.$queryRawUnsafe('SELECT 1');
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'database unreachable' }, 503);
    }
  });

  app.use(
    '/graphql',
    bodyLimit({
      maxSize: deps.config.limits.maxBodyBytes,
      onError: (c) =>
        c.json({ errors: [{ message: `Request body exceeds the limit of ${deps.config.limits.maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, 413),
    }),
  );
  app.route('/', graphiqlRoutes(deps.config.graphql.graphiql));
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, {}));

  const observer = metrics && { stage: metrics.observeSignInStage, outcome: metrics.observeSignInOutcome, outbound: metrics.observeOutbound };
  app.route('/', signInRoutes({ db: deps.db, secrets: deps.secrets, publicUrl: deps.config.publicUrl, logger: deps.logger, settings: deps.config.signIn, allowPrivateNetworks: deps.config.allowPrivateNetworks, observer }));

  app.route('/', supportRoutes({ db: deps.db, secrets: deps.secrets, redaction: deps.config.supportBundleRedaction }));

  const access = metrics && publicMetricsAccess(deps.config);
  if (metrics && access) app.route('/', metricsRoutes(metrics, access));

  app.onError((error, c) => {
    deps.logger.error({ path: c.req.path, ...describeError(error) }, 'http.unexpected_error');
    return c.json({ error: 'Internal server error' }, 500);
  });
  return app;
}
