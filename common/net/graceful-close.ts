// Stops an HTTP server the way Ctrl-C or a deploy wants it stopped: no new connections,
// idle keep-alive connections closed at once, requests in flight allowed to finish (and
// their connections closed as soon as they answer), up to a deadline after which whatever
// is left is cut, so one slow or stuck client cannot hold shutdown forever.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const SHUTDOWN_GRACE_MS = 10_000;

/** Call right after creating the server (it watches every response); returns its `close`. */
export function gracefulCloser(server: Server, graceMs = SHUTDOWN_GRACE_MS): () => Promise<void> {
  let closing: Promise<void> | undefined;
  // Once closing, a connection whose answer is sent is idle: close it now rather than
  // wait for its client or the keep-alive timeout. (After Node's own 'finish' handling.)
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    response.once('finish', () => { if (closing) setImmediate(() => server.closeIdleConnections()); });
  });
  return () => {
    closing ??= new Promise((resolve) => {
      if (!server.listening) return resolve();
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      deadline.unref();
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
}
