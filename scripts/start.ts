// `npm start`, the development entry: the control plane, the sandbox IdP on its own port
// and the demo accounts, in one process. It is the only place that composes src/ with
// sandbox/ and the seed data. With NODE_ENV=production it runs the production entry
// instead and never loads the sandbox or the seed.
import { ConfigError, loadConfig } from '../src/config.ts';
import { createControlPlane } from '../src/control-plane.ts';
import { createLogger, describeError } from '../src/observability/log.ts';
import { stopOnSignals } from '../src/stop-on-signals.ts';

async function main() {
  if (process.env.NODE_ENV === 'production') {
    await import('../src/main.ts');
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const controlPlane = await createControlPlane(config, logger);
  const { seedDemoData, refreshSandboxMetadata } = await import('../prisma/seed.ts');
  if (config.seedDemo) {
    const { created } = await seedDemoData(controlPlane.db, controlPlane.secrets, `http://127.0.0.1:${config.sandboxPort}`);
    if (created.length) logger.info({ accounts: created }, 'demo data seeded');
  }
  // The bundled test IdP, on its own port (SANDBOX=off leaves it out).
  const { startSandbox } = await import('../sandbox/server.ts');
  const sandbox = config.sandboxEnabled ? await startSandbox({ port: config.sandboxPort, controlPlaneUrl: config.publicUrl }) : undefined;
  if (sandbox && config.seedDemo) await refreshSandboxMetadata(controlPlane.db, controlPlane.secrets, sandbox.url);
  await controlPlane.listen();
  if (!process.env.OPERATOR_TOKEN && config.operatorToken) {
    // Printed on purpose, in development only: the token lives in ./data/operator-token.
    process.stdout.write(`\nDevelopment operator token (also in ${config.dataDir}/operator-token):\n  ${config.operatorToken}\n\n`);
  }
  // The control plane first: its requests in flight may still need the sandbox IdP.
  stopOnSignals(async () => {
    await controlPlane.close();
    await sandbox?.close();
  }, (error) => logger.error(describeError(error), 'shutdown failed'));
}

main().catch((error) => {
  const fields = error instanceof ConfigError ? { msg: 'invalid configuration', problems: error.problems } : { msg: 'startup failed', ...describeError(error) };
  process.stderr.write(`${JSON.stringify({ level: 'fatal', ...fields })}\n`);
  process.exit(1);
});
