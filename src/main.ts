// `npm start`: applies migrations, seeds demo data (development), makes sure the
// bootstrap operator token exists, and serves the control plane.
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { deployMigrations } from './db/migrations.ts';
import { createSecretBox } from './security/secret-box.ts';
import { ensureBootstrapToken } from './security/authenticate.ts';
import { createApp } from './http/app.ts';
import { listen } from './http/serve.ts';
import { createLogger, describeError } from './log.ts';
import { refreshSandboxMetadata, seedDemoData } from '../prisma/seed.ts';
import { startSandbox } from '../sandbox/server.ts';
import { purgeExpired } from './signin/requests.ts';

async function main() {
  const logger = createLogger();
  const config = loadConfig();
  if (config.migrateOnStart) deployMigrations(config.databaseUrl);
  const db = await openDb(config.databaseUrl);
  const secrets = createSecretBox(config.secretsKey);
  if (config.operatorToken) await ensureBootstrapToken(db, config.operatorToken);
  if (config.seedDemo) {
    const { created } = await seedDemoData(db, secrets, `http://127.0.0.1:${config.sandboxPort}`);
    if (created.length) logger.info('demo data seeded', { accounts: created });
  }

  // The bundled test IdP, on its own port (SANDBOX=off leaves it out).
  const sandbox = config.sandboxEnabled ? await startSandbox({ port: config.sandboxPort, controlPlaneUrl: config.publicUrl }) : undefined;
  if (sandbox && config.seedDemo) await refreshSandboxMetadata(db, secrets, sandbox.url);
  const api = await listen(createApp({ config, db, secrets, logger }), config.host, config.port);
  logger.info('control plane listening', { url: config.publicUrl, graphql: `${config.publicUrl}/graphql`, port: api.port });
  if (!config.production && !process.env.OPERATOR_TOKEN && config.operatorToken) {
    // Printed on purpose, in development only: the token lives in ./data/operator-token.
    process.stdout.write(`\nDevelopment operator token (also in ${config.dataDir}/operator-token):\n  ${config.operatorToken}\n\n`);
  }

  // Housekeeping: expired pending sign-ins and replay-cache entries (any instance may do it).
  const purge = setInterval(() => purgeExpired(db).catch((error) => logger.warn('purge failed', describeError(error))), 10 * 60_000);
  purge.unref();

  const shutdown = async () => {
    clearInterval(purge);
    await api.close();
    await sandbox?.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'startup failed', ...describeError(error) })}\n`);
  process.exit(1);
});
