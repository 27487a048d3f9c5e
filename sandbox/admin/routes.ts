// The admin API: JSON over HTTP under /admin (documented in sandbox/README.md). Directory
// edits, client/SP registration, connected-app IP relaxation, scenarios, Login History,
// reset. Optional bearer token (SANDBOX_ADMIN_TOKEN) for sandboxes bound beyond loopback.
import { Hono } from 'hono';
import { ZodError } from 'zod';
import type { SandboxContext } from '../context.ts';
import { DirectoryError } from '../directory/directory.ts';
import { orgKeyOf, type Org, type OrgKey } from '../directory/types.ts';
import { issuerPath, samlPath } from '../paths.ts';
import { ARMABLE_CODES, CODE_BEHAVIOURS, expectedCodes } from '../scenarios/catalog.ts';
import { ScenarioRefused } from '../scenarios/refusal.ts';
import { UNPRODUCIBLE } from '../scenarios/unproducible.ts';

export function orgUrls(publicUrl: string, org: Org) {
  const issuer = `${publicUrl}${issuerPath(org)}`;
  const saml = `${publicUrl}${samlPath(org)}`;
  return {
    issuer,
    discovery: `${issuer}/.well-known/openid-configuration`,
    saml: { entityId: saml, ssoUrl: `${saml}/sso`, metadata: `${saml}/metadata`, idpInitiated: `${saml}/idp-initiated` },
  };
}

export function adminRoutes(
  ctx: SandboxContext,
  opts: { adminToken?: string; onReset: () => void; rotateOidcKeys: (orgKey: OrgKey) => Promise<{ kid: string; published: string[] } | undefined> },
): Hono {
  const app = new Hono();
  const { directory, scenarios } = ctx;

  app.use('/admin/*', async (c, next) => {
    if (opts.adminToken && c.req.header('authorization') !== `Bearer ${opts.adminToken}`) return c.json({ error: 'admin token required' }, 401);
    return next();
  });

  app.onError((error, c) => {
    if (error instanceof ZodError) return c.json({ error: 'invalid input', issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, 400);
    if (error instanceof DirectoryError) return c.json({ error: error.message }, error.status);
    if (error instanceof ScenarioRefused) return c.json(error.toJSON(), error.status);
    if (error instanceof SyntaxError) return c.json({ error: 'body is not JSON' }, 400);
    ctx.log(`admin error: ${error instanceof Error ? error.message : String(error)}`);
    return c.json({ error: 'internal error' }, 500);
  });

  const body = async (c: { req: { json(): Promise<unknown> } }) => c.req.json();
  const orgKey = (c: { req: { param(k: string): string } }) => `${c.req.param('provider')}/${c.req.param('org')}`;

  app.get('/admin/orgs', (c) => c.json(directory.listOrgs().map((o) => ({ key: orgKeyOf(o), ...o, urls: orgUrls(ctx.publicUrl, o) }))));
  app.post('/admin/orgs', async (c) => {
    const org = directory.addOrg(await body(c));
    return c.json({ key: orgKeyOf(org), ...org, urls: orgUrls(ctx.publicUrl, org) }, 201);
  });
  app.get('/admin/orgs/:provider/:org', (c) => {
    const org = directory.requireOrg(orgKey(c));
    return c.json({
      key: orgKeyOf(org), ...org, urls: orgUrls(ctx.publicUrl, org),
      people: directory.listPeople(orgKey(c)), clients: directory.listClients(orgKey(c)), sps: directory.listSps(orgKey(c)),
    });
  });

  // { samlPostOnly: true } publishes SAML metadata with an HTTP-POST SSO endpoint only, and refuses Redirect-binding requests.
  app.patch('/admin/orgs/:provider/:org', async (c) => {
    const org = directory.updateOrg(orgKey(c), await body(c));
    return c.json({ key: orgKeyOf(org), ...org, urls: orgUrls(ctx.publicUrl, org) });
  });

  app.post('/admin/orgs/:provider/:org/oidc/rotate-keys', async (c) => {
    const rotated = await opts.rotateOidcKeys(orgKey(c));
    return rotated ? c.json(rotated) : c.json({ error: `no org ${orgKey(c)}` }, 404);
  });

  app.get('/admin/people', (c) => c.json(directory.listPeople(c.req.query('org'))));
  app.post('/admin/people', async (c) => c.json(directory.addPerson(await body(c)), 201));

  app.get('/admin/clients', (c) => c.json(directory.listClients(c.req.query('org'))));
  app.post('/admin/clients', async (c) => c.json(directory.addClient(await body(c)), 201));
  // { ipRestriction: 'relaxed' } is "Relax IP restrictions" in the connected app's OAuth policies.
  app.patch('/admin/clients/:provider/:org/:clientId', async (c) => {
    const patch = (await body(c)) as { redirectUris?: string[]; ipRestriction?: 'enforced' | 'relaxed'; name?: string; idTokenEmail?: boolean };
    if (patch.ipRestriction && !['enforced', 'relaxed'].includes(patch.ipRestriction)) throw new DirectoryError('ipRestriction is enforced or relaxed');
    const client = directory.updateClient(orgKey(c), c.req.param('clientId'), patch);
    if (patch.ipRestriction === 'relaxed') scenarios.appRelaxed(client.org, client.clientId);
    return c.json(client);
  });

  app.get('/admin/sps', (c) => c.json(directory.listSps(c.req.query('org'))));
  app.post('/admin/sps', async (c) => c.json(directory.addSp(await body(c)), 201));

  app.get('/admin/scenarios', (c) => c.json(scenarios.list()));
  app.get('/admin/scenarios/catalog', (c) => c.json(ARMABLE_CODES.map((code) => ({
    code, behaviours: CODE_BEHAVIOURS[code].map((b) => ({ behaviour: b, expected: expectedCodes(code, b) })),
  }))));
  // The catalog codes arming refuses, with the reason (arming one answers 422 SCENARIO_NOT_PRODUCIBLE).
  app.get('/admin/scenarios/unproducible', (c) => c.json(Object.entries(UNPRODUCIBLE).map(([code, u]) => ({ code, ...u }))));
  app.post('/admin/scenarios', async (c) => c.json(scenarios.arm(await body(c)), 201));
  app.delete('/admin/scenarios/:id', (c) => {
    const n = scenarios.clear(c.req.param('id'));
    return n ? c.json({ cleared: n }) : c.json({ error: 'no such scenario' }, 404);
  });
  app.delete('/admin/scenarios', (c) => c.json({ cleared: scenarios.clear() }));

  app.get('/admin/login-history', (c) => c.json(directory.loginHistory({
    org: c.req.query('org'), status: c.req.query('status'), application: c.req.query('application'),
  })));

  app.post('/admin/reset', (c) => {
    opts.onReset();
    return c.json({ reset: true, orgs: directory.listOrgs().length, people: directory.listPeople().length });
  });

  return app;
}
