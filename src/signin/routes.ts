// The sign-in service's HTTP routes (DESIGN.md contract): the login page, SP-initiated
// start, the OIDC callback, the two SAML ACS URLs, SP metadata, the signed-in page,
// account switching and logout. Routes only read the request and render: every rule is a
// step of a flow (src/signin/flows). Each sign-in request names its trace id in the
// response (x-trace-id) and in the request's log line.
import { Hono, type Context } from 'hono';
import { parseAudience } from '../domain/signin/audience.ts';
import { loginOptions } from '../domain/signin/login-options.ts';
import { accountKey } from '../domain/tenants/input.ts';
import type { RequestMeta } from './attempt/context.ts';
import type { RecordedFailure } from './attempt/record.ts';
import { clearBindingCookie, clearSessionCookie, readBindingCookie, readSessionCookie, setBindingCookie, setSessionCookie } from './cookies.ts';
import type { SignInDeps } from './deps.ts';
import type { Completed } from './flows/contexts.ts';
import { completeOidc } from './flows/oidc-callback.ts';
import { completeSaml } from './flows/saml-acs.ts';
import { startSignIn } from './flows/start.ts';
import { switchAccount } from './flows/switch-account.ts';
import { SECURITY_HEADERS } from './pages/layout.ts';
import { loginPage } from './pages/login.ts';
import { postToIdpPage } from './pages/post-to-idp.ts';
import { failurePage, signedInPage, testResultPage } from './pages/result.ts';
import { spMetadataXml } from './saml/sp-metadata.ts';
import { activeSession, endSession, SESSION_TTL_SECONDS } from './sessions.ts';
import { spUrls } from '../domain/signin/sp-urls.ts';
import { switchOptions } from './switching.ts';

/** The client's address: the socket's, or — behind trusted proxies — the one they forwarded. */
function meta(c: Context, trustedProxyHops: number): RequestMeta {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  let ip = incoming?.socket?.remoteAddress ?? null;
  if (trustedProxyHops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    ip = chain[chain.length - trustedProxyHops] ?? chain[0] ?? ip;
  }
  return { ip, userAgent: c.req.header('user-agent') ?? null };
}

function html(c: Context, body: string, status: 200 | 400 | 401 | 403 | 404 | 500 = 200) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  return c.html(body, status);
}

function traced(c: Context, traceId: string) {
  c.set('traceId' as never, traceId as never);
  c.header('x-trace-id', traceId);
}

const failed = (c: Context, f: RecordedFailure, status: 401 | 403 = 401) => html(c, failurePage(f.message, f.code, f.traceId, f.retryPath), status);

export function signInRoutes(deps: SignInDeps): Hono {
  const app = new Hono();
  const secureCookies = new URL(deps.publicUrl).protocol === 'https:';
  const requestMeta = (c: Context) => meta(c, deps.settings.trustedProxyHops);

  const finish = (c: Context, done: Completed) => {
    traced(c, done.traceId);
    clearBindingCookie(c);
    if (!done.ok) return failed(c, done);
    if (done.sessionToken) setSessionCookie(c, done.sessionToken, SESSION_TTL_SECONDS, secureCookies);
    return c.redirect(done.redirect, 303);
  };

  app.get('/login', async (c) => {
    const audience = parseAudience(c.req.query('audience'));
    return html(c, loginPage(await loginOptions(deps.db, deps.publicUrl, c.req.query('account'), audience), audience));
  });

  app.get('/sso/start', async (c) => {
    const started = await startSignIn(
      deps,
      { account: c.req.query('account') ?? null, connection: c.req.query('connection') ?? null, audience: parseAudience(c.req.query('audience')), returnTo: c.req.query('returnTo') ?? null, testTicket: c.req.query('test') ?? null },
      requestMeta(c),
    );
    traced(c, started.traceId);
    if (!started.ok) return failed(c, started);
    setBindingCookie(c, started.binding);
    if ('postForm' in started.toIdp) {
      const { body, headers } = postToIdpPage(started.toIdp.postForm);
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      return c.html(body, 200);
    }
    return c.redirect(started.toIdp.redirect, 302);
  });

  app.get('/sso/oidc/callback', async (c) => {
    // The redirect_uri sent to the token endpoint must be the one registered, built from
    // PUBLIC_URL — not from this request's Host, which a proxy or load balancer rewrites.
    const callbackUrl = new URL(`${deps.publicUrl}/sso/oidc/callback${new URL(c.req.url).search}`);
    return finish(c, await completeOidc(deps, callbackUrl, readBindingCookie(c), requestMeta(c)));
  });

  for (const audience of ['user', 'agent'] as const) {
    app.post(`/sso/saml/acs/${audience}`, async (c) => {
      const form = await c.req.parseBody();
      const value = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : null);
      return finish(c, await completeSaml(deps, { samlResponse: value('SAMLResponse'), relayState: value('RelayState') }, audience, readBindingCookie(c), requestMeta(c)));
    });
  }

  /** Where a successful test sign-in lands: who was matched; no session was opened. */
  app.get('/sso/test-result', async (c) => {
    const attempt = await deps.db.loginAttempt.findUnique({ where: { traceId: c.req.query('trace') ?? '' } });
    if (!attempt?.matchedUserId || attempt.kind !== 'TEST' || attempt.outcome !== 'SUCCESS') return c.text('Unknown test sign-in', 404);
    const user = await deps.db.user.findUnique({ where: { id: attempt.matchedUserId } });
    return html(c, testResultPage(attempt.accountName ?? '', user?.username ?? '(deleted)', attempt.audience ?? 'USER', attempt.traceId));
  });

  app.get('/sso/saml/metadata/:account', async (c) => {
    const tenant = await deps.db.tenant.findUnique({ where: { accountKey: accountKey(c.req.param('account')) } });
    if (!tenant) return c.text('Unknown account', 404);
    const sp = spUrls(deps.publicUrl, tenant.accountName);
    return c.body(spMetadataXml({ entityId: sp.entityId, acsUrls: sp.acsUrls }), 200, { 'content-type': 'application/samlmetadata+xml' });
  });

  app.get('/', async (c) => {
    const active = await activeSession(deps.db, readSessionCookie(c));
    if (!active) return c.redirect('/login', 302);
    const options = await switchOptions(deps.db, active);
    return html(
      c,
      signedInPage(
        { username: active.user.username, displayName: active.user.displayName, accountName: active.tenant.accountName, kind: active.user.kind, provider: active.identity.provider },
        options.map((o) => ({ accountName: o.tenant.accountName, displayName: o.tenant.displayName, possible: o.possible, code: o.code, message: o.message, current: o.current })),
      ),
    );
  });

  /** For each of the signed-in person's accounts: can they switch there, and if not, why (catalog code). */
  app.get('/session/accounts', async (c) => {
    const active = await activeSession(deps.db, readSessionCookie(c));
    if (!active) return c.json({ error: 'not signed in' }, 401);
    const options = await switchOptions(deps.db, active);
    return c.json({
      current: active.tenant.accountName,
      accounts: options.map((o) => ({ accountName: o.tenant.accountName, current: o.current, possible: o.possible, code: o.code, message: o.message })),
    });
  });

  app.get('/sso/switch', async (c) => {
    const cookie = readSessionCookie(c);
    const active = await activeSession(deps.db, cookie);
    if (!active) return c.redirect('/login', 302);
    const switched = await switchAccount(deps, active, c.req.query('account') ?? '', cookie, requestMeta(c));
    if (!switched.ok) {
      traced(c, switched.traceId);
      return html(c, failurePage(switched.message, switched.code, switched.traceId, '/'), 403);
    }
    setSessionCookie(c, switched.sessionToken, SESSION_TTL_SECONDS, secureCookies);
    return c.redirect('/', 303);
  });

  app.post('/logout', async (c) => {
    await endSession(deps.db, readSessionCookie(c), true);
    clearSessionCookie(c);
    return c.redirect('/login', 303);
  });

  return app;
}
