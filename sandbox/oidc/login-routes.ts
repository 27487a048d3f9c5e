// The OIDC human path: oidc-provider sends the browser to the login page; the form's
// answer finishes login and consent at once (no consent screen) and returns to the
// authorization endpoint, which redirects to the client with a code or access_denied.
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { SandboxContext } from '../context.ts';
import { loginFromForm, renderLoginPage } from '../login/page.ts';
import { scenariosFor } from '../login/visible.ts';
import { loginPagePath } from '../paths.ts';
import { signIn } from '../signin/signin.ts';
import type { IssuerRegistry } from './issuers.ts';

export function oidcLoginRoutes(ctx: SandboxContext, issuers: IssuerRegistry): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();

  const load = async (provider: string, orgId: string, uid: string, env: HttpBindings) => {
    const orgKey = `${provider}/${orgId}`;
    const org = ctx.directory.org(orgKey);
    const issuer = await issuers.get(orgKey);
    if (!org || !issuer) return undefined;
    const details = await issuer.provider.interactionDetails(env.incoming, env.outgoing);
    if (details.uid !== uid) return undefined;
    const clientId = String(details.params.client_id);
    return { org, orgKey, issuer, details, clientId, client: ctx.directory.client(orgKey, clientId) };
  };

  const page = (l: NonNullable<Awaited<ReturnType<typeof load>>>, error?: string, hint?: string) => renderLoginPage({
    org: l.org,
    application: l.client?.name ?? l.clientId,
    protocol: 'OIDC',
    action: loginPagePath(l.org, l.details.uid),
    hidden: {},
    people: ctx.directory.listPeople(l.orgKey),
    scenarios: scenariosFor(ctx.scenarios, l.orgKey, 'oidc'),
    hint: hint ?? (l.details.params.login_hint as string | undefined),
    error,
  });

  app.get('/login/oidc/:provider/:org/:uid', async (c) => {
    const l = await load(c.req.param('provider'), c.req.param('org'), c.req.param('uid'), c.env).catch(() => undefined);
    if (!l) return c.text('This sign-in has expired or is unknown: start again from the application.', 400);
    return c.html(page(l));
  });

  app.post('/login/oidc/:provider/:org/:uid', async (c) => {
    const l = await load(c.req.param('provider'), c.req.param('org'), c.req.param('uid'), c.env).catch(() => undefined);
    if (!l) return c.text('This sign-in has expired or is unknown: start again from the application.', 400);
    const hint = loginFromForm(await c.req.parseBody());
    if (!hint) return c.html(page(l, 'Choose a person or type a username or email.'));
    const outcome = signIn(ctx, {
      org: l.orgKey, hint, protocol: 'oidc', client: l.client, clientKey: l.clientId, application: l.client?.name ?? l.clientId,
      sourceIp: c.env.incoming.socket.remoteAddress ?? 'unknown',
    });
    const { provider } = l.issuer;
    if (!outcome.ok && outcome.error === 'unknown_person') return c.html(page(l, `No person "${hint}" in this org.`, hint));
    let returnTo: string;
    if (!outcome.ok) {
      returnTo = await provider.interactionResult(c.env.incoming, c.env.outgoing, { error: 'access_denied', error_description: outcome.description });
    } else {
      const accountId = l.issuer.subjectFor(outcome.person, outcome.fx, l.clientId);
      const grant = new provider.Grant({ accountId, clientId: l.clientId });
      grant.addOIDCScope(String(l.details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      ctx.tickets.attach(grantId, outcome.fx);
      returnTo = await provider.interactionResult(c.env.incoming, c.env.outgoing, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
    }
    return c.redirect(returnTo, 303);
  });

  return app;
}
