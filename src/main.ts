// The production entry (`npm run serve`): the control plane alone — no sandbox IdP and no
// demo data, which live outside src/ and are composed only by the development entry
// (scripts/start.ts, `npm start`).
import { loadConfig } from './config.ts';
import { createControlPlane } from './control-plane.ts';
import { createLogger, describeError } from './log.ts';
import { stopOnSignals } from './stop-on-signals.ts';

async function main() {
  const logger = createLogger();
  const config = loadConfig();
  const controlPlane = await createControlPlane(config, logger);
  await controlPlane.listen();
  stopOnSignals(() => controlPlane.close(), (error) => logger.error('shutdown failed', describeError(error)));
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'startup failed', ...describeError(error) })}\n`);
  process.exit(1);
});
