import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Server } from 'node:http';
import { gracefulCloser } from '../../common/net/graceful-close.ts';

/** Listens on host:port (port 0 picks a free one) and resolves with the bound port. */
export function listen(app: Hono, host: string, port: number): Promise<{ server: ServerType; port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => resolve({ server, port: info.port, close }));
    // Lets requests in flight finish (within a grace period) instead of cutting them.
    const close = gracefulCloser(server as Server);
    server.once('error', reject);
  });
}
