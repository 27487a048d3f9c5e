// Attacks and broken IdPs on the OIDC path: each is refused and recorded with its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, authorizeAt, deliver, sandboxAdmin, setUpAccount, signIn, startAt, startRig, type Rig } from './support.ts';

const SF_ORG = '00D000000000001AAA';

describe('OIDC validation (R13)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
  });
  afterAll(() => rig.close());

  const codeOf = async (traceId: string | null) => (await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } })).code;
  const SUPPORT = /^Single sign-on failed\. Please contact your administrator or support and quote the trace ID [0-9a-f-]{36}\.$/;

  it('R13 a callback whose state this browser did not start is refused (state mismatch)', async () => {
    const victim = new Browser(rig);
    await startAt(rig, victim, 'AcmeSupport');
    const attacker = new Browser(rig);
    const callback = await authorizeAt(await startAt(rig, attacker, 'AcmeSupport'), 'sally@acme.example');
    const result = await deliver(victim, callback);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(SUPPORT);
    expect(await codeOf(result.traceId)).toBe('OIDC_STATE_MISMATCH');
  });

  it('R13 a replayed callback (same code and state) is refused, and so is an old code under a new state', async () => {
    const browser = new Browser(rig);
    const callback = await authorizeAt(await startAt(rig, browser, 'AcmeSupport'), 'sally@acme.example');
    expect((await deliver(browser, callback)).ok).toBe(true);
    const replay = await deliver(browser, callback);
    expect(await codeOf(replay.traceId)).toBe('OIDC_STATE_MISMATCH');
    // The used code injected into a fresh sign-in: the IdP refuses it.
    const fresh = await startAt(rig, browser, 'AcmeSupport');
    const injected = new URL(callback);
    injected.searchParams.set('state', fresh.searchParams.get('state')!);
    const result = await deliver(browser, injected.href);
    expect(await codeOf(result.traceId)).toBe('OIDC_CODE_REJECTED');
  });

  it('R13 an ID token with another nonce is refused (code obtained with the victim\'s public PKCE challenge)', async () => {
    const victim = new Browser(rig);
    const victimAuth = await startAt(rig, victim, 'AcmeSupport');
    const forged = new URL(victimAuth);
    forged.searchParams.set('nonce', 'attacker-chosen-nonce');
    forged.searchParams.set('state', 'attacker-state');
    const attackerCallback = new URL(await authorizeAt(forged, 'sally@acme.example'));
    attackerCallback.searchParams.set('state', victimAuth.searchParams.get('state')!);
    const result = await deliver(victim, attackerCallback.href);
    expect(await codeOf(result.traceId)).toBe('OIDC_NONCE_MISMATCH');
  });

  it('R13 an authorization response naming another issuer is refused (mix-up)', async () => {
    const browser = new Browser(rig);
    const callback = new URL(await authorizeAt(await startAt(rig, browser, 'AcmeSupport'), 'sally@acme.example'));
    callback.searchParams.set('iss', 'https://evil.example/');
    const result = await deliver(browser, callback.href);
    expect(await codeOf(result.traceId)).toBe('OIDC_ISSUER_MISMATCH');
  });

  it.each([
    ['wrong-key', {}],
    ['clock-skew', { skewSeconds: -7200 }],
    ['clock-skew', { skewSeconds: 7200 }],
    ['wrong-audience', {}],
  ])('R13 an ID token failing validation (%s %o) is refused', async (behaviour, extra) => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'OIDC_TOKEN_INVALID', behaviour, person: 'sally@acme.example', once: true, ...extra });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.message).toMatch(SUPPORT);
    expect(await codeOf(result.traceId)).toBe('OIDC_TOKEN_INVALID');
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R13 an IdP that is down at the token endpoint, or too slow, fails as IDP_UNAVAILABLE', async () => {
    const browser = new Browser(rig);
    const callback = await authorizeAt(await startAt(rig, browser, 'AcmeSupport'), 'sally@acme.example');
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'IDP_UNAVAILABLE', behaviour: 'down', org: `salesforce/${SF_ORG}` });
    const down = await deliver(browser, callback);
    expect(await codeOf(down.traceId)).toBe('IDP_UNAVAILABLE');
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    const slowBrowser = new Browser(rig);
    const slowCallback = await authorizeAt(await startAt(rig, slowBrowser, 'AcmeSupport'), 'sally@acme.example');
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'IDP_UNAVAILABLE', behaviour: 'slow', delayMs: 7000, org: `salesforce/${SF_ORG}` });
    const slow = await deliver(slowBrowser, slowCallback);
    expect(await codeOf(slow.traceId)).toBe('IDP_UNAVAILABLE');
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
  }, 30_000);

  it('R13 no open redirect: a return URL off this site is ignored', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/%0d%0aLocation:%20https://evil.example']) {
      const browser = new Browser(rig);
      const idp = await startAt(rig, browser, 'AcmeSupport', `&returnTo=${encodeURIComponent(returnTo)}`);
      const callback = await authorizeAt(idp, 'sally@acme.example');
      const response = await browser.request(callback);
      const location = response.headers.get('location')!;
      expect(new URL(location, rig.api.url).origin, returnTo).toBe(rig.api.url);
    }
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'AcmeSupport', `&returnTo=${encodeURIComponent('/session/accounts')}`);
    const response = await browser.request(await authorizeAt(idp, 'sally@acme.example'));
    expect(response.headers.get('location')).toBe('/session/accounts');
  });
});
