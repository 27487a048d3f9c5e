// The production entry (`npm run serve`): the control plane alone — no sandbox IdP and no
// demo data, which live outside src/ and are composed only by the development entry
// (scripts/start.ts, `npm start`). A bad configuration stops it before anything starts,
// with every problem named.
import { ConfigError, loadConfig } from './config.ts';
import { createControlPlane } from './control-plane.ts';
import { createLogger, describeError } from './observability/log.ts';
import { stopOnSignals } from './stop-on-signals.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.log);
  const controlPlane = await createControlPlane(config, logger);
  await controlPlane.listen();
  stopOnSignals(() => controlPlane.close(), (error) => logger.error(describeError(error), 'shutdown failed'));
}

main().catch((error) => {
  const fields = error instanceof ConfigError ? { msg: 'invalid configuration', problems: error.problems } : { msg: 'startup failed', ...describeError(error) };
  process.stderr.write(`${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), ...fields })}\n`);
  process.exit(1);
});
