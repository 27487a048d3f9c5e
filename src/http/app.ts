// The HTTP surface of the control plane: /graphql, health probes, and (later) the
// sign-in routes. Hono routes; graphql-yoga answers /graphql as a fetch handler.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../log.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { createGraphQLServer } from '../graphql/yoga.ts';
import { signInRoutes } from '../signin/routes.ts';
import { supportRoutes } from './support-routes.ts';
import { graphiqlRoutes } from './graphiql-routes.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const yoga = createGraphQLServer(deps);

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
  app.route('/', graphiqlRoutes(!deps.config.production));
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, {}));

  app.route('/', signInRoutes({ db: deps.db, secrets: deps.secrets, publicUrl: deps.config.publicUrl, logger: deps.logger, settings: deps.config.signIn }));

  app.route('/', supportRoutes({ db: deps.db, secrets: deps.secrets, redaction: deps.config.supportBundleRedaction }));

  app.onError((error, c) => {
    deps.logger.error('http.unexpected_error', { path: c.req.path, error: error.name });
    return c.json({ error: 'Internal server error' }, 500);
  });
  return app;
}
