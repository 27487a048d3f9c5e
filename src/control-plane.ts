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
import { listen } from './http/serve.ts';
import { describeError, type Logger } from './log.ts';
import { abandonStale, signInHousekeeping } from './signin/housekeeping.ts';

export interface ControlPlane {
  db: Db;
  secrets: SecretBox;
  /** Binds the HTTP server; the port is in `port` afterwards. */
  listen(): Promise<{ port: number }>;
  /** Stops accepting requests, lets in-flight ones finish, closes the database. */
  close(): Promise<void>;
}

export async function createControlPlane(config: Config, logger: Logger): Promise<ControlPlane> {
  if (config.migrateOnStart) deployMigrations(config.databaseUrl);
  const db = await openDb(config.databaseUrl);
  const secrets = createSecretBox(config.secretsKey);
  if (config.operatorToken) await ensureBootstrapToken(db, config.operatorToken);

  let server: Awaited<ReturnType<typeof listen>> | undefined;
  // Housekeeping (any instance may do it, several at once): abandoned attempts every
  // minute; expired sign-ins, replay-cache entries and old history every ten.
  const abandon = setInterval(() => abandonStale(db, config.signIn.abandonAfterMs).catch((error) => logger.warn('abandon failed', describeError(error))), 60_000);
  const purge = setInterval(
    () => signInHousekeeping(db, { abandonAfterMs: config.signIn.abandonAfterMs, history: config.history }).catch((error) => logger.warn('housekeeping failed', describeError(error))),
    10 * 60_000,
  );
  abandon.unref();
  purge.unref();

  return {
    db,
    secrets,
    async listen() {
      server = await listen(createApp({ config, db, secrets, logger }), config.host, config.port);
      logger.info('control plane listening', { url: config.publicUrl, graphql: `${config.publicUrl}/graphql`, port: server.port });
      return { port: server.port };
    },
    async close() {
      clearInterval(abandon);
      clearInterval(purge);
      await server?.close();
      await db.$disconnect();
    },
  };
}
