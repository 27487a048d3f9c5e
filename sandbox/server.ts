// startSandbox: the sandbox IdP's HTTP server. Paths under an OIDC issuer go to that
// org's oidc-provider (with the issuer prefix stripped, as oidc-provider expects when
// mounted); everything else goes to the Hono app (admin API, login pages, SAML).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { SandboxContext } from './context.ts';
import { Directory } from './directory/directory.ts';
import type { SandboxFixtures } from './directory/types.ts';
import { loadFixtures, type RawFixtures } from './fixtures/load.ts';
import { createSandboxApp } from './http/app.ts';
import { isLoopbackHost } from '../common/net/address-policy.ts';
import { gracefulCloser } from '../common/net/graceful-close.ts';
import { IssuerRegistry } from './oidc/issuers.ts';
import { matchIssuer } from './paths.ts';
import { DeliveryBook } from './saml/deliveries.ts';
import { ScenarioRegistry } from './scenarios/registry.ts';
import { TicketBook } from './signin/tickets.ts';

export interface StartSandboxOptions {
  host?: string;
  port?: number;
  publicUrl?: string;
  fixtures?: string | SandboxFixtures | RawFixtures;
  allowNonLoopback?: boolean;
  log?: (line: string) => void;
  /** Base URL of the control plane, filled into fixtures' {controlPlaneUrl}. */
  controlPlaneUrl?: string;
  /** When set, the admin API wants "Authorization: Bearer <token>". */
  adminToken?: string;
}

export interface SandboxHandle {
  url: string;
  port: number;
  host: string;
  context: SandboxContext;
  directory: Directory;
  scenarios: ScenarioRegistry;
  issuers: IssuerRegistry;
  close(): Promise<void>;
}

const BANNER = (url: string) => [
  '='.repeat(72),
  `  SANDBOX IdP at ${url}`,
  '  THIS IS A TEST IDENTITY PROVIDER. It signs in anyone you name, with keys',
  '  generated on the spot. NEVER use it for production sign-in.',
  '='.repeat(72),
].join('\n');

export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(process.env.SANDBOX_PORT ?? 4100);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (!isLoopbackHost(host) && !options.allowNonLoopback) {
    throw new Error(`refusing to bind the sandbox TEST IdP to non-loopback host ${host}: pass allowNonLoopback (SANDBOX_ALLOW_NON_LOOPBACK=yes) if you really mean it`);
  }
  const fixtures = loadFixtures(options.fixtures as string | RawFixtures | undefined, options.controlPlaneUrl ?? process.env.PUBLIC_URL ?? 'http://127.0.0.1:4000');
  const directory = new Directory(fixtures);
  const deliveries = new DeliveryBook();
  const scenarios = new ScenarioRegistry(directory, deliveries);
  const tickets = new TicketBook();

  const server = createServer();
  const closeServer = gracefulCloser(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as { port: number }).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const publicUrl = (options.publicUrl ?? `http://${urlHost}:${bound}`).replace(/\/$/, '');

  const context: SandboxContext = { directory, scenarios, tickets, deliveries, publicUrl, log };
  const issuers = new IssuerRegistry(context);
  let ready = false;
  const app = createSandboxApp(context, issuers, {
    adminToken: options.adminToken,
    ready: () => ready,
    onReset: () => {
      directory.reset();
      scenarios.reset();
      tickets.clear();
      deliveries.clear();
    },
  });
  const honoListener = getRequestListener(app.fetch);

  server.on('request', (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const match = matchIssuer(pathname);
    const issuer = match && !match.rest.startsWith('/interaction') ? issuers.get(match.key) : undefined;
    if (!match || !issuer) {
      honoListener(req, res);
      return;
    }
    issuer.then((i) => {
      req.originalUrl = url;
      req.url = match.rest + (q === -1 ? '' : url.slice(q));
      return i.handler(req, res);
    }).catch((error: unknown) => {
      log(`sandbox: issuer ${match.key} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'server_error' }));
    });
  });

  await issuers.warm();
  ready = true;
  log(BANNER(publicUrl));

  return {
    url: publicUrl,
    port: bound,
    host,
    context,
    directory,
    scenarios,
    issuers,
    close: async () => {
      await closeServer();
      await issuers.close();
    },
  };
}
