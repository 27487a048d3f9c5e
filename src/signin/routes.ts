// The sign-in service's HTTP routes (DESIGN.md contract): the login page, SP-initiated
// start, the OIDC callback, the two SAML ACS URLs, SP metadata, the signed-in page,
// account switching and logout.
import { Hono, type Context } from 'hono';
import type { SignInDeps, Audience, Failed } from './service.ts';
import { completeOidc, completeSaml, startSignIn } from './service.ts';
import { loginOptions } from '../domain/signin/login-options.ts';
import { accountKey } from '../domain/tenants/input.ts';
import { clearBindingCookie, clearSessionCookie, readBindingCookie, readSessionCookie, setBindingCookie, setSessionCookie } from './cookies.ts';
import { activeSession, createSession, endSession, SESSION_TTL_SECONDS } from './sessions.ts';
import { switchOptions } from './switching.ts';
import { recordAttempt, newTraceId } from './history.ts';
import { renderMessage } from '../../common/failures/catalog.ts';
import { spUrls } from './sp.ts';
import { spMetadataXml } from './saml/sp-metadata.ts';
import { loginPage } from './pages/login.ts';
import { failurePage, signedInPage, testResultPage } from './pages/result.ts';
import { SECURITY_HEADERS } from './pages/layout.ts';

const audienceOf = (value: string | undefined): Audience => (value === 'agent' ? 'agent' : 'user');

function meta(c: Context) {
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return { ip: forwarded || incoming?.socket?.remoteAddress || null, userAgent: c.req.header('user-agent') ?? null };
}

function html(c: Context, body: string, status: 200 | 400 | 401 | 403 | 404 | 500 = 200) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  return c.html(body, status);
}

const failed = (c: Context, f: Failed) => html(c, failurePage(f.message, f.code, f.traceId, f.retryPath), 401);

export function signInRoutes(deps: SignInDeps): Hono {
  const app = new Hono();
  const secureCookies = new URL(deps.publicUrl).protocol === 'https:';

  app.get('/login', async (c) => {
    const audience = audienceOf(c.req.query('audience'));
    return html(c, loginPage(await loginOptions(deps.db, deps.publicUrl, c.req.query('account'), audience), audience));
  });

  app.get('/sso/start', async (c) => {
    const started = await startSignIn(
      deps,
      { account: c.req.query('account') ?? null, connection: c.req.query('connection') ?? null, audience: audienceOf(c.req.query('audience')), returnTo: c.req.query('returnTo') ?? null, testTicket: c.req.query('test') ?? null },
      meta(c),
    );
    if (!started.ok) return failed(c, started);
    setBindingCookie(c, started.binding);
    return c.redirect(started.redirect, 302);
  });

  app.get('/sso/oidc/callback', async (c) => {
    // The redirect_uri sent to the token endpoint must be the one registered, built from
    // PUBLIC_URL — not from this request's Host, which a proxy or load balancer rewrites.
    const callbackUrl = new URL(`${deps.publicUrl}/sso/oidc/callback${new URL(c.req.url).search}`);
    const done = await completeOidc(deps, callbackUrl, readBindingCookie(c), meta(c));
    clearBindingCookie(c);
    if (!done.ok) return failed(c, done);
    if (done.sessionToken) setSessionCookie(c, done.sessionToken, SESSION_TTL_SECONDS, secureCookies);
    return c.redirect(done.redirect, 303);
  });

  for (const audience of ['user', 'agent'] as const) {
    app.post(`/sso/saml/acs/${audience}`, async (c) => {
      const form = await c.req.parseBody();
      const value = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : null);
      const done = await completeSaml(deps, { samlResponse: value('SAMLResponse'), relayState: value('RelayState') }, audience, readBindingCookie(c), meta(c));
      clearBindingCookie(c);
      if (!done.ok) return failed(c, done);
      if (done.sessionToken) setSessionCookie(c, done.sessionToken, SESSION_TTL_SECONDS, secureCookies);
      return c.redirect(done.redirect, 303);
    });
  }

  /** Where a successful test sign-in lands: who was matched; no session was opened. */
  app.get('/sso/test-result', async (c) => {
    const attempt = await deps.db.loginAttempt.findUnique({ where: { traceId: c.req.query('trace') ?? '' } });
    if (!attempt?.matchedUserId || attempt.detail !== 'Test sign-in (no session opened).') return c.text('Unknown test sign-in', 404);
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
    const active = await activeSession(deps.db, readSessionCookie(c));
    if (!active) return c.redirect('/login', 302);
    const target = accountKey(c.req.query('account') ?? '');
    const option = (await switchOptions(deps.db, active)).find((o) => o.tenant.accountKey === target);
    const traceId = newTraceId();
    const base = { tenantId: option?.tenant.id ?? null, accountName: option?.tenant.accountName ?? c.req.query('account') ?? null, provider: active.identity.provider, protocol: active.identity.protocol, externalSubject: active.identity.subject, externalUsername: active.identity.username ?? active.identity.email ?? null, ...meta(c) };
    if (!option?.possible || !option.connection || !option.user) {
      const code = option?.code ?? 'ACCOUNT_UNKNOWN';
      const message = option?.message ?? renderMessage('ACCOUNT_UNKNOWN', { accountName: c.req.query('account') ?? '' });
      await recordAttempt(deps.db, traceId, { ...base, outcome: 'FAILURE', code, message, detail: 'Account switch refused.' });
      return html(c, failurePage(message, code, traceId, '/'), 403);
    }
    await endSession(deps.db, readSessionCookie(c));
    const { token } = await createSession(deps.db, { tenantId: option.tenant.id, userId: option.user.id, connectionId: option.connection.id, identity: active.identity });
    await recordAttempt(deps.db, traceId, { ...base, outcome: 'SUCCESS', connectionId: option.connection.id, matchedUserId: option.user.id, detail: `Switched from ${active.tenant.accountName}.`, audience: option.user.kind });
    setSessionCookie(c, token, SESSION_TTL_SECONDS, secureCookies);
    return c.redirect('/', 303);
  });

  app.post('/logout', async (c) => {
    await endSession(deps.db, readSessionCookie(c));
    clearSessionCookie(c);
    return c.redirect('/login', 303);
  });

  return app;
}
