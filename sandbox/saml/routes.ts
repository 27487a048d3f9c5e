// The SAML IdP of each impersonated org under /<provider>/<org>/saml: metadata,
// SP-initiated SSO (AuthnRequest by HTTP-Redirect or POST, Response by HTTP-POST),
// IdP-initiated SSO, the human login page's answer, and the headless path
// (login_hint + sandbox_auto=1 answers the auto-submitting form at once).
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { SandboxContext } from '../context.ts';
import type { Org, SamlSp } from '../directory/types.ts';
import { orgKeyOf } from '../directory/types.ts';
import { signingMaterial } from '../keys/keys.ts';
import { loginFromForm, renderLoginPage } from '../login/page.ts';
import { scenariosFor } from '../login/visible.ts';
import { samlPath } from '../paths.ts';
import { downBody, foldAvailability, sleep } from '../scenarios/availability.ts';
import type { Channel } from '../scenarios/catalog.ts';
import { presentPerson } from '../scenarios/claims.ts';
import { signIn } from '../signin/signin.ts';
import { decodeAuthnRequest, SamlRequestError, verifyRedirectSignature } from './authn-request.ts';
import { federationMetadataXml, idpMetadataXml } from './metadata.ts';
import { PendingSamlBook, type PendingSaml } from './pending.ts';
import { autoPostForm, deniedResponse, loginResponse } from './response.ts';

type C = Context<{ Bindings: HttpBindings }>;

export function samlRoutes(ctx: SandboxContext): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const pending = new PendingSamlBook();

  const orgOf = (c: C): Org | undefined => ctx.directory.org(`${c.req.param('provider')}/${c.req.param('org')}`);
  const urls = (org: Org) => {
    const base = `${ctx.publicUrl}${samlPath(org)}`;
    return { entityId: base, ssoUrl: `${base}/sso`, base };
  };
  const keysOf = async (org: Org) => {
    const k = orgKeyOf(org);
    const [current, expired, foreign] = await Promise.all([signingMaterial(k, 'current'), signingMaterial(k, 'expired'), signingMaterial(k, 'foreign')]);
    return { current, expired, foreign };
  };

  /** IDP_UNAVAILABLE at the metadata (back channel) and SSO (front channel) endpoints: wait, or answer 5xx. */
  const availability = async (c: C, org: Org, channel: Channel, client?: string): Promise<Response | undefined> => {
    const av = foldAvailability(ctx.scenarios.take({ org: orgKeyOf(org), protocol: 'saml', hint: c.req.query('login_hint'), client, channel }, 'availability'));
    if (av.delayMs) await sleep(av.delayMs);
    if (av.downStatus) return c.body(downBody(av.downStatus), av.downStatus as 500, { 'content-type': 'application/json' });
    return undefined;
  };

  /**
   * Signs the person in and answers with the auto-submitting form to the ACS. Under
   * SAML_ASSERTION_REPLAYED the form is the one delivered last time to this SP for this
   * person, unchanged (response, ACS and RelayState), whatever this request asked.
   */
  const complete = async (c: C, org: Org, p: PendingSaml, hint: string, onUnknown: (msg: string) => Response | Promise<Response>) => {
    const sp = ctx.directory.sp(p.org, p.spEntityId);
    if (!sp) return c.text(`SP ${p.spEntityId} is no longer registered`, 400);
    const previous = (personId: string) => ctx.deliveries.lastFor(p.org, sp.entityId, personId);
    const outcome = signIn(ctx, {
      org: p.org, hint, protocol: 'saml', clientKey: sp.entityId, application: sp.name, sourceIp: c.env.incoming.socket.remoteAddress ?? 'unknown',
      replayable: (person) => previous(person.id) !== undefined,
    });
    const replayed = outcome.ok && outcome.fx.replay ? previous(outcome.person.id) : undefined;
    if (replayed) return c.html(autoPostForm(replayed.acs, replayed.samlResponse, replayed.relayState));
    const { entityId, ssoUrl } = urls(org);
    // The stand-in encryption key is generated only when a scenario first encrypts.
    const keys = { ...(await keysOf(org)), ...(outcome.fx?.encrypted ? { encryption: await signingMaterial(p.org, 'encryption') } : {}) };
    if (!outcome.ok && outcome.error === 'unknown_person') return onUnknown(`No person "${hint}" in this org.`);
    const samlResponse = outcome.ok
      ? await loginResponse({
        idpEntityId: entityId, ssoUrl, sp, acs: p.acs, inResponseTo: p.inResponseTo, requestedNameIdFormat: p.requestedNameIdFormat,
        presented: presentPerson(ctx.directory, outcome.person, outcome.fx), fx: outcome.fx, keys,
      })
      : deniedResponse({ idpEntityId: entityId, acs: p.acs, inResponseTo: p.inResponseTo, keys }, outcome.description);
    if (outcome.ok) ctx.deliveries.record({ org: p.org, spEntityId: sp.entityId, personId: outcome.person.id, acs: p.acs, samlResponse, relayState: p.relayState });
    return c.html(autoPostForm(p.acs, samlResponse, p.relayState));
  };

  const loginPage = (c: C, org: Org, sp: SamlSp, pendingId: string, error?: string, hint?: string) => c.html(renderLoginPage({
    org,
    application: sp.name,
    protocol: 'SAML',
    action: `${samlPath(org)}/sso/login`,
    hidden: { pending: pendingId },
    people: ctx.directory.listPeople(orgKeyOf(org)),
    scenarios: scenariosFor(ctx.scenarios, orgKeyOf(org), 'saml'),
    hint,
    error,
  }));

  /** Headless (login_hint + sandbox_auto=1) or the login page. */
  const proceed = async (c: C, org: Org, sp: SamlSp, p: Omit<PendingSaml, 'expiresAt'>, auto: boolean) => {
    const hint = c.req.query('login_hint');
    const id = pending.add(p);
    if (auto && hint) {
      const stored = pending.get(id)!;
      pending.delete(id);
      return complete(c, org, stored, hint, (msg) => c.text(`login_hint: ${msg}`, 400));
    }
    return loginPage(c, org, sp, id, undefined, hint);
  };

  const acsFor = (sp: SamlSp, wanted: string | undefined): string | undefined => {
    if (!wanted) return sp.acsUrls[0];
    if (sp.acsUrls.includes(wanted)) return wanted;
    return sp.acsUrls.find((u) => u.replace(/\/$/, '').endsWith(`/${wanted}`));
  };

  app.get('/:provider/:org/saml/metadata', async (c) => {
    const org = orgOf(c);
    if (!org) return c.text('unknown org', 404);
    // A down IdP is down for its metadata too.
    const down = await availability(c, org, 'back');
    if (down) return down;
    const keys = await keysOf(org);
    // The retired, expired certificate stays listed next to the current one, so an SP that
    // imported the metadata holds it: SAML_CERTIFICATE_EXPIRED then signs with a certificate the SP knows.
    const certs = [keys.current, keys.expired];
    const { entityId, ssoUrl } = urls(org);
    return c.body(idpMetadataXml(entityId, ssoUrl, certs, org.name, org.samlPostOnly), 200, { 'content-type': 'application/samlmetadata+xml' });
  });

  // Every org's IdP in one EntitiesDescriptor, as a federation publishes its members' metadata.
  app.get('/saml/federation-metadata', async (c) => {
    const members = await Promise.all(ctx.directory.listOrgs().map(async (org) => {
      const keys = await keysOf(org);
      const { entityId, ssoUrl } = urls(org);
      return { entityId, ssoUrl, certs: [keys.current, keys.expired], displayName: org.name, postOnly: org.samlPostOnly };
    }));
    return c.body(federationMetadataXml('Sandbox federation', members), 200, { 'content-type': 'application/samlmetadata+xml' });
  });

  /**
   * A POST-only IdP's answer to any GET of its SSO endpoint, as such IdPs answer a
   * Redirect-binding request: 405 and an error page. A down IdP is down here too.
   */
  const postOnlyRefusal = async (c: C, org: Org) => {
    const down = await availability(c, org, 'front');
    if (down) return down;
    return c.html('<!doctype html><html><head><meta charset="utf-8"><title>Method Not Allowed</title></head><body><h1>405 Method Not Allowed</h1>'
      + `<p>Sandbox TEST IdP ${orgKeyOf(org)} accepts SAML requests by HTTP-POST only (its metadata lists no HTTP-Redirect endpoint).</p></body></html>`, 405, { allow: 'POST' });
  };

  const sso = async (c: C, binding: 'redirect' | 'post') => {
    const org = orgOf(c);
    if (!org) return c.text('unknown org', 404);
    if (binding === 'redirect' && org.samlPostOnly) return postOnlyRefusal(c, org);
    const form = binding === 'post' ? await c.req.parseBody() : {};
    const samlRequest = binding === 'post' ? form.SAMLRequest : c.req.query('SAMLRequest');
    const relayState = binding === 'post' ? form.RelayState : c.req.query('RelayState');
    if (typeof samlRequest !== 'string') {
      // A bare request (an SP checking the IdP is up) meets a down IdP like any other.
      const down = await availability(c, org, 'front');
      return down ?? c.text('SAMLRequest is missing (IdP-initiated sign-in is at /idp-initiated)', 400);
    }
    try {
      const request = decodeAuthnRequest(samlRequest, binding);
      const sp = ctx.directory.sp(orgKeyOf(org), request.issuer);
      if (!sp) return c.text(`SP ${request.issuer} is not registered at ${orgKeyOf(org)}: register it through the admin API`, 400);
      if (sp.cert && binding === 'redirect') verifyRedirectSignature(new URL(c.req.url).search.slice(1), sp.cert);
      const acs = acsFor(sp, request.acsUrl);
      if (!acs) return c.text(`AssertionConsumerServiceURL ${request.acsUrl} is not registered for ${sp.entityId}`, 400);
      const down = await availability(c, org, 'front', sp.entityId);
      if (down) return down;
      return proceed(c, org, sp, {
        org: orgKeyOf(org), spEntityId: sp.entityId, acs, inResponseTo: request.id, requestedNameIdFormat: request.nameIdFormat,
        relayState: typeof relayState === 'string' ? relayState : undefined,
      }, c.req.query('sandbox_auto') === '1');
    } catch (error) {
      if (error instanceof SamlRequestError) return c.text(error.message, 400);
      throw error;
    }
  };
  app.get('/:provider/:org/saml/sso', (c) => sso(c, 'redirect'));
  app.post('/:provider/:org/saml/sso', (c) => sso(c, 'post'));

  app.post('/:provider/:org/saml/sso/login', async (c) => {
    const org = orgOf(c);
    if (!org) return c.text('unknown org', 404);
    const form = await c.req.parseBody();
    const id = typeof form.pending === 'string' ? form.pending : '';
    const p = pending.get(id);
    if (!p) return c.text('This sign-in has expired or is unknown: start again from the application.', 400);
    const sp = ctx.directory.sp(p.org, p.spEntityId);
    if (!sp) return c.text('SP no longer registered', 400);
    const hint = loginFromForm(form);
    if (!hint) return loginPage(c, org, sp, id, 'Choose a person or type a username or email.');
    const answer = await complete(c, org, p, hint, (msg) => loginPage(c, org, sp, id, msg, hint));
    if (answer.status === 200 && ctx.directory.findPerson(p.org, hint)) pending.delete(id);
    return answer;
  });

  // IdP-initiated: ?sp=<entity id>&acs=user|agent|<url>&login_hint=…[&RelayState=…]
  app.get('/:provider/:org/saml/idp-initiated', async (c) => {
    const org = orgOf(c);
    if (!org) return c.text('unknown org', 404);
    const sp = ctx.directory.sp(orgKeyOf(org), c.req.query('sp') ?? '');
    if (!sp) return c.text(`sp=${c.req.query('sp') ?? ''} is not registered at ${orgKeyOf(org)}`, 400);
    const acs = acsFor(sp, c.req.query('acs'));
    if (!acs) return c.text(`acs=${c.req.query('acs')} matches none of ${sp.acsUrls.join(', ')}`, 400);
    const down = await availability(c, org, 'front', sp.entityId);
    if (down) return down;
    return proceed(c, org, sp, { org: orgKeyOf(org), spEntityId: sp.entityId, acs, relayState: c.req.query('RelayState') }, true);
  });

  // Single logout is not modelled: the sandbox keeps no SAML session to end.
  app.get('/:provider/:org/saml/slo', (c) => c.text('Signed out (the sandbox TEST IdP keeps no SAML session).'));

  return app;
}
