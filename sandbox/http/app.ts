// The sandbox's own HTTP routes (everything but the oidc-provider endpoints): health,
// an index page, the admin API, the OIDC login page and the SAML IdPs.
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { adminRoutes, orgUrls } from '../admin/routes.ts';
import type { SandboxContext } from '../context.ts';
import { orgKeyOf } from '../directory/types.ts';
import type { IssuerRegistry } from '../oidc/issuers.ts';
import { oidcLoginRoutes } from '../oidc/login-routes.ts';
import { samlRoutes } from '../saml/routes.ts';

export function createSandboxApp(ctx: SandboxContext, issuers: IssuerRegistry, opts: { adminToken?: string; onReset: () => void; ready: () => boolean }) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.get('/healthz', (c) => c.json({ status: 'ok', testIdp: true }));
  app.get('/readyz', (c) => (opts.ready() ? c.json({ status: 'ready' }) : c.json({ status: 'starting' }, 503)));
  app.get('/', (c) => c.json({
    warning: 'TEST IdP: sandbox only, never for production sign-in',
    admin: `${ctx.publicUrl}/admin`,
    orgs: ctx.directory.listOrgs().map((o) => ({ key: orgKeyOf(o), name: o.name, ...orgUrls(ctx.publicUrl, o) })),
  }));
  app.route('/', adminRoutes(ctx, { ...opts, rotateOidcKeys: (key) => issuers.rotate(key) }));
  app.route('/', oidcLoginRoutes(ctx, issuers));
  app.route('/', samlRoutes(ctx));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  return app;
}
