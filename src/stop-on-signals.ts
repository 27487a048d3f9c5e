// One clean stop on the first SIGINT or SIGTERM, then exit 0 (1 if the stop failed).
// Later signals are ignored, not fatal: under `npm start` one Ctrl-C arrives twice (from
// the terminal and relayed by npm), and a stuck request cannot hold the stop forever
// anyway (the servers' grace period, common/net/graceful-close.ts).
export function stopOnSignals(stop: () => Promise<void>, onError: (error: unknown) => void): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        onError(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
