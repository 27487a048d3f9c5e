// `npm run sandbox`: without arguments starts the sandbox IdP from the environment
// (SANDBOX_PORT, SANDBOX_HOST, SANDBOX_PUBLIC_URL, SANDBOX_ALLOW_NON_LOOPBACK=yes,
// SANDBOX_FIXTURES, SANDBOX_ADMIN_TOKEN); with arguments runs the CLI against a running one.
import { runCli } from './cli/cli.ts';
import { startSandbox } from './server.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length) {
    process.exitCode = await runCli(args);
    return;
  }
  const sandbox = await startSandbox({
    host: process.env.SANDBOX_HOST,
    port: process.env.SANDBOX_PORT ? Number(process.env.SANDBOX_PORT) : undefined,
    publicUrl: process.env.SANDBOX_PUBLIC_URL,
    fixtures: process.env.SANDBOX_FIXTURES,
    allowNonLoopback: process.env.SANDBOX_ALLOW_NON_LOOPBACK === 'yes',
    adminToken: process.env.SANDBOX_ADMIN_TOKEN,
  });
  process.stdout.write(`sandbox admin API: ${sandbox.url}/admin/orgs   (npm run sandbox -- --help)\n`);
  const stop = async () => {
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
