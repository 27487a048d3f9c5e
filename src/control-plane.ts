// The control plane as one start/stop unit: migrations, the database, the bootstrap
// operator token, the HTTP server and housekeeping. The production entry (src/main.ts)
// runs it alone; the development entry (scripts/start.ts) runs it beside the sandbox IdP
// and the demo data. Nothing here knows either of those.
import type { Config } from './config.ts';
import { openDb, type Db } from './db/client.ts';
import { deployMigrations } from './db/migrations.ts';
import { createSecretBox, type SecretBox } from './security/secret-box.ts';
import { ensureBootstrapToken } from './domain/api-tokens/authenticate.ts';
import { createApp } from './http/app.ts';
import { metricsRoutes } from './http/metrics-route.ts';
import { listen } from './http/serve.ts';
import { describeError, type Logger } from './observability/log.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { abandonStale, signInHousekeeping } from './signin/housekeeping.ts';

export interface ControlPlane {
  db: Db;
  secrets: SecretBox;
  metrics: Metrics;
  /** Binds the HTTP server; the port is in `port` afterwards. */
  listen(): Promise<{ port: number }>;
  /** Stops accepting requests, lets in-flight ones finish, closes the database. */
  close(): Promise<void>;
}

export async function createControlPlane(config: Config, logger: Logger): Promise<ControlPlane> {
  if (config.migrateOnStart) deployMigrations(config.databaseUrl);
  const metrics = createMetrics();
  const db = await openDb(config.databaseUrl, { onQuery: (sql, ms) => metrics.observeQuery(sql, ms) });
  const secrets = createSecretBox(config.secretsKey);
  if (config.operatorToken) await ensureBootstrapToken(db, config.operatorToken);

  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let metricsServer: Awaited<ReturnType<typeof listen>> | undefined;
  // Housekeeping (any instance may do it, several at once): abandoned attempts every
  // minute; expired sign-ins, replay-cache entries and old history every ten.
  const abandon = setInterval(() => abandonStale(db, config.signIn.abandonAfterMs).catch((error) => logger.warn(describeError(error), 'housekeeping.abandon_failed')), 60_000);
  const purge = setInterval(
    () => signInHousekeeping(db, { abandonAfterMs: config.signIn.abandonAfterMs, history: config.history }).catch((error) => logger.warn(describeError(error), 'housekeeping.failed')),
    10 * 60_000,
  );
  abandon.unref();
  purge.unref();

  return {
    db,
    secrets,
    metrics,
    async listen() {
      server = await listen(createApp({ config, db, secrets, logger, metrics }), config.host, config.port);
      logger.info({ url: config.publicUrl, graphql: `${config.publicUrl}/graphql`, port: server.port }, 'control plane listening');
      if (config.metrics.port !== undefined) {
        metricsServer = await listen(metricsRoutes(metrics, { token: undefined }), config.metrics.host, config.metrics.port);
        logger.info({ host: config.metrics.host, port: metricsServer.port }, 'metrics listening');
      }
      return { port: server.port };
    },
    async close() {
      clearInterval(abandon);
      clearInterval(purge);
      await Promise.all([server?.close(), metricsServer?.close()]);
      await db.$disconnect();
    },
  };
}

