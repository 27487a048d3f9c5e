// The sign-in service in a real browser: Debian's Chromium driven by playwright-core,
// through the sandbox IdP's HUMAN login page (no sandbox_auto: a person is typed or
// chosen and the form submitted, as a tester would). Fails, never skips, when Chromium
// is missing: the message says how to install it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sandboxAdmin, setUpAccount, startRig, type Rig } from './support.ts';
import { ImportSsoBinding } from '../graphql/metadata-operations.ts';
import { launchChromium, ROOT } from './support-extra.ts';

const SF_ORG = '00D000000000001AAA';
const TRACE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('sign-in in real Chromium through the sandbox login page (R01, R02, R10, R11, R22)', () => {
  let rig: Rig;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    chromium = await launchChromium(); // throws with the install command when Chromium is absent
    context = chromium.context;
    rig = await startRig();
    await setUpAccount(rig, {
      accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG,
      users: [
        { username: 'sally', email: 'sally@acme.example' },
        { username: 'pat', email: 'shared@acme.example' },
        { username: 'sam', email: 'shared@acme.example' },
      ],
    });
    // Okta over SAML (not "GlobexContact": the sandbox fixtures already register that SP).
    await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
    // An account without SSO: created, never entitled, no connection.
    await rig.api.gql((await import('../graphql/operations.ts')).CreateTenant, { input: { accountName: 'InitechNoSso', displayName: 'Initech' } });
  });
  afterAll(async () => {
    await chromium?.close();
    await rig?.close();
  });

  async function fresh(): Promise<Page> {
    await context.clearCookies();
    return context.newPage();
  }

  const buttons = (page: Page) => page.locator('a.sso').evaluateAll((as) => as.map((a) => ({ provider: a.getAttribute('data-provider'), text: a.textContent?.trim() })));

  it('R01 the login page shows one button per configured provider of the account', async () => {
    const page = await fresh();
    await page.goto(`${rig.api.url}/login?account=AcmeSupport`);
    expect(await buttons(page)).toEqual([{ provider: 'SALESFORCE', text: 'Sign in with Salesforce' }]);
    expect(await page.locator('p.hint').count()).toBe(0);
    await page.goto(`${rig.api.url}/login?account=GlobexDesk&audience=agent`);
    expect(await buttons(page)).toEqual([{ provider: 'OKTA', text: 'Sign in with Okta' }]);
    expect(await page.locator('a.sso').getAttribute('href')).toContain('audience=agent');
    await page.close();
  });

  it('R01/R02 no buttons and a plain hint: account without SSO, missing ?account=, unknown account', async () => {
    const page = await fresh();
    const cases = [
      { path: '/login?account=InitechNoSso', code: 'SSO_NOT_CONFIGURED', text: 'Single sign-on is not set up for the account InitechNoSso. Sign in with your username and password.' },
      { path: '/login', code: 'ACCOUNT_PARAMETER_MISSING', text: `To sign in with single sign-on, open the login page with your account name: ${rig.api.url}/login?account=AccountName` },
      { path: '/login?account=NoSuchAccount', code: 'ACCOUNT_UNKNOWN', text: 'No account named NoSuchAccount was found. Check the account name in the login URL.' },
    ];
    for (const c of cases) {
      await page.goto(`${rig.api.url}${c.path}`);
      expect(await page.locator('a.sso').count(), c.path).toBe(0);
      const hint = page.locator('p.hint');
      expect(await hint.getAttribute('data-code'), c.path).toBe(c.code);
      expect((await hint.textContent())?.trim(), c.path).toBe(c.text);
    }
    await page.close();
  });

  it('R22 OIDC: the button leads through the sandbox login page (person typed) and back, signed in', async () => {
    const page = await fresh();
    await page.goto(`${rig.api.url}/login?account=AcmeSupport`);
    await page.click('a.sso[data-provider="SALESFORCE"]');
    await page.waitForURL((url) => url.href.startsWith(`${rig.sandbox.url}/login/oidc/`));
    expect(await page.title()).toContain('sandbox TEST IdP');
    expect(await page.locator('body').textContent()).toContain('OIDC sign-in for');
    await page.fill('input[name="typed"]', 'sally@acme.example');
    await page.click('button[name="login"][value=""]');
    await page.waitForURL(`${rig.api.url}/`);
    expect(await page.locator('#signed-in').isVisible()).toBe(true);
    expect(await page.textContent('#account')).toBe('AcmeSupport');
    expect(await page.textContent('#username')).toBe('sally');
    const attempt = await rig.api.db.loginAttempt.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(attempt).toMatchObject({ outcome: 'SUCCESS', provider: 'SALESFORCE', protocol: 'OIDC', identifierValue: 'sally@acme.example' });
    expect(attempt.userAgent).toContain('Chrome');
    // The session is the browser's: reloading stays signed in; signing out ends it.
    await page.reload();
    expect(await page.locator('#signed-in').isVisible()).toBe(true);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto(`${rig.api.url}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('R11 a failure shows the documented message word for word and a trace id', async () => {
    const page = await fresh();
    await page.goto(`${rig.api.url}/login?account=AcmeSupport`);
    await page.click('a.sso');
    await page.waitForURL((url) => url.href.startsWith(`${rig.sandbox.url}/login/oidc/`));
    await page.fill('input[name="typed"]', 'shared@acme.example'); // pat and sam share this email
    await page.click('button[name="login"][value=""]');
    await page.waitForSelector('#message');
    expect(await page.textContent('h1')).toBe('Sign-in failed');
    expect(await page.textContent('#message')).toBe('Multiple users found with the Email/External ID shared@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.');
    expect(await page.getAttribute('#message', 'data-code')).toBe('MULTIPLE_USERS_FOUND');
    const traceId = (await page.textContent('#trace-id'))!;
    expect(traceId).toMatch(TRACE_ID);
    expect(await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId } })).toMatchObject({ code: 'MULTIPLE_USERS_FOUND', outcome: 'FAILURE' });
    mkdirSync(join(ROOT, 'data'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'data/browser-failure-page.png'), fullPage: true });
    // The page offers the way back to the login page of the account.
    await page.click('text=Back to the sign-in page');
    await page.waitForURL(`${rig.api.url}/login?account=AcmeSupport`);
    expect(await page.locator('a.sso').count()).toBe(1);
    await page.close();
  });

  it('R10 choosing a person the account does not know: "No user found …" with a trace id', async () => {
    const page = await fresh();
    await page.goto(`${rig.api.url}/login?account=AcmeSupport`);
    await page.click('a.sso');
    await page.waitForURL((url) => url.href.startsWith(`${rig.sandbox.url}/login/oidc/`));
    await page.click('button[name="login"][value="admin@acme.example"]'); // the person list of the sandbox org
    await page.waitForSelector('#message');
    expect(await page.textContent('#message')).toBe('No user found with the Username/Email/External ID admin@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.');
    expect(await page.textContent('#trace-id')).toMatch(TRACE_ID);
    await page.close();
  });

  it('R22 SAML (Okta): through the sandbox login page, the auto-posted response, back signed in', async () => {
    const page = await fresh();
    await page.goto(`${rig.api.url}/login?account=GlobexDesk`);
    await page.click('a.sso[data-provider="OKTA"]');
    await page.waitForURL((url) => url.href.startsWith(`${rig.sandbox.url}/okta/globex/saml/sso`));
    expect(await page.locator('body').textContent()).toContain('SAML sign-in for');
    await page.fill('input[name="typed"]', 'hank@globex.example');
    await page.click('button[name="login"][value=""]');
    // Back at the control plane: signed in, or (reported, not debugged here) the SP's failure page.
    await page.waitForSelector('#signed-in, #message', { timeout: 15_000 });
    if (await page.locator('#message').count()) {
      throw new Error(`SAML sign-in failed at the SP (src/signin/saml/): ${await page.textContent('#message')} [${await page.getAttribute('#message', 'data-code')}]`);
    }
    expect(await page.textContent('#account')).toBe('GlobexDesk');
    expect(await page.textContent('#username')).toBe('hank');
    expect(await rig.api.db.loginAttempt.findFirstOrThrow({ orderBy: { id: 'desc' } })).toMatchObject({ outcome: 'SUCCESS', protocol: 'SAML', provider: 'OKTA' });
    await page.close();
  });

  it('R18 SAML to a POST-only IdP: the product\'s form page posts the AuthnRequest itself under its CSP (no violation), then the login page and back, signed in', async () => {
    const { connectionId } = await setUpAccount(rig, { accountName: 'PostCo', provider: 'GENERIC', protocol: 'SAML', org: 'demo', users: [{ username: 'tess', email: 'tess@generic.example' }] });
    const org = await sandboxAdmin<{ urls: { saml: { ssoUrl: string; metadata: string } } }>(rig, 'PATCH', '/admin/orgs/generic/demo', { samlPostOnly: true });
    const imported = (await rig.api.ok(ImportSsoBinding, { input: { connectionId: encodeGlobalID('IdpConnection', connectionId), url: org.urls.saml.metadata } })).importSamlMetadata;
    expect(imported.connection?.saml?.ssoBinding).toBe('HTTP_POST');
    const page = await fresh();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    await page.goto(`${rig.api.url}/login?account=PostCo`);
    const posted = page.waitForRequest((r) => r.url() === org.urls.saml.ssoUrl, { timeout: 10_000 });
    await page.click('a.sso[data-provider="GENERIC"]');
    const request = await posted;
    expect({ method: request.method(), samlRequest: new URLSearchParams(request.postData() ?? '').has('SAMLRequest') }).toEqual({ method: 'POST', samlRequest: true });
    await page.waitForURL(org.urls.saml.ssoUrl);
    expect(await page.locator('body').textContent()).toContain('SAML sign-in for');
    await page.fill('input[name="typed"]', 'tess@generic.example');
    await page.click('button[name="login"][value=""]');
    await page.waitForSelector('#signed-in, #message', { timeout: 15_000 });
    expect(await page.locator('#message').count()).toBe(0);
    expect(await page.textContent('#account')).toBe('PostCo');
    expect(violations).toEqual([]);
    await page.close();
  });
});
