import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

/** Listens on host:port (port 0 picks a free one) and resolves with the bound port. */
export function listen(app: Hono, host: string, port: number): Promise<{ server: ServerType; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      resolve({
        server,
        port: info.port,
        close: () => new Promise<void>((done) => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
    server.once('error', reject);
  });
}
