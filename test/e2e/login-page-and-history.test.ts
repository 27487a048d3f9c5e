// The login page and its public query (R01–R03), the two SP URLs (R17), login history
// with diagnosis, the live feed of attempts, and switching accounts (R04, R05).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAccount, signIn, startRig, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';
import { createAccount } from '../support/fixtures.ts';

const SF_ORG = '00D000000000001AAA';
const OTHER_SF_ORG = '00D000000000002BBB';
const ENTRA = '11111111-2222-4333-8444-555555555555';

describe('login page, login history and account switching', () => {
  let rig: Rig;
  let support: { tenantId: string };

  beforeAll(async () => {
    rig = await startRig();
    support = await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, { accountName: 'AcmeSales', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, { accountName: 'AcmeEurope', provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA, entraTenantId: ENTRA, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, { accountName: 'AcmePartners', provider: 'SALESFORCE', protocol: 'OIDC', org: OTHER_SF_ORG, salesforceOrgId: OTHER_SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, { accountName: 'AcmeDormant', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }], enable: false });
  });
  afterAll(() => rig.close());

  it('R01 shows one button per configured provider, and none when SSO is not configured or not enabled', async () => {
    const ready = await rig.api.ok(op.LoginOptions, { accountName: 'acmesupport' }, null);
    expect(ready.loginOptions).toMatchObject({ accountName: 'AcmeSupport', reason: null, buttons: [{ provider: 'SALESFORCE', protocol: 'OIDC', label: 'Sign in with Salesforce' }] });
    const dormant = await rig.api.ok(op.LoginOptions, { accountName: 'AcmeDormant' }, null);
    expect(dormant.loginOptions.buttons).toEqual([]);
    expect(dormant.loginOptions.reason).toEqual({ code: 'SSO_NOT_CONFIGURED', message: 'Single sign-on is not set up for the account AcmeDormant. Sign in with your username and password.' });
    await createAccount(rig.api, 'plain');
    expect((await rig.api.ok(op.LoginOptions, { accountName: 'plain' }, null)).loginOptions.reason?.code).toBe('SSO_NOT_CONFIGURED');
    const page = await (await fetch(`${rig.api.url}/login?account=AcmeSupport`)).text();
    expect([...page.matchAll(/class="sso"/g)]).toHaveLength(1);
    expect(page).toContain('Sign in with Salesforce');
  });

  it('R02 a missing or unknown account shows no buttons, and says why', async () => {
    const missing = await rig.api.ok(op.LoginOptions, {}, null);
    expect(missing.loginOptions.reason).toEqual({ code: 'ACCOUNT_PARAMETER_MISSING', message: `To sign in with single sign-on, open the login page with your account name: ${rig.api.url}/login?account=AccountName` });
    const unknown = await rig.api.ok(op.LoginOptions, { accountName: 'Nope' }, null);
    expect(unknown.loginOptions.reason).toEqual({ code: 'ACCOUNT_UNKNOWN', message: 'No account named Nope was found. Check the account name in the login URL.' });
    const page = await (await fetch(`${rig.api.url}/login`)).text();
    expect(page).not.toContain('class="sso"');
    expect(page).toContain('data-code="ACCOUNT_PARAMETER_MISSING"');
  });

  it('R03 checks a login URL stored elsewhere (CTI Adapter URL)', async () => {
    const good = await rig.api.ok(op.CheckLoginUrl, { url: `${rig.api.url}/login?account=AcmeSupport` }, null);
    expect(good.checkLoginUrl).toMatchObject({ valid: true, accountName: 'AcmeSupport', accountExists: true, problem: null });
    const noAccount = await rig.api.ok(op.CheckLoginUrl, { url: `${rig.api.url}/login` }, null);
    expect(noAccount.checkLoginUrl).toMatchObject({ valid: false, problem: 'It has no ?account=AccountName parameter.' });
    const elsewhere = await rig.api.ok(op.CheckLoginUrl, { url: 'https://evil.example/login?account=AcmeSupport' }, null);
    expect(elsewhere.checkLoginUrl.valid).toBe(false);
  });

  it('R17 tells the admin the two URLs to enter at the IdP, one for user login and one for agent login', async () => {
    const urls = (await rig.api.ok(op.SignInUrls, { accountName: 'AcmeSupport' })).tenant!.signInUrls;
    expect(urls).toEqual({
      userAcsUrl: `${rig.api.url}/sso/saml/acs/user`,
      agentAcsUrl: `${rig.api.url}/sso/saml/acs/agent`,
      spEntityId: `${rig.api.url}/sso/saml/metadata/AcmeSupport`,
      spMetadataUrl: `${rig.api.url}/sso/saml/metadata/AcmeSupport`,
      oidcRedirectUri: `${rig.api.url}/sso/oidc/callback`,
      loginUrl: `${rig.api.url}/login?account=AcmeSupport`,
      agentLoginUrl: `${rig.api.url}/login?account=AcmeSupport&audience=agent`,
    });
  });

  it('R30 login history: each failure with its diagnosis, filterable, visible to that account only', async () => {
    await signIn(rig, { account: 'AcmeSupport', loginHint: 'admin@acme.example' });
    const tenantId = support.tenantId;
    const failures = await rig.api.ok(op.LoginAttempts, { tenantId, outcome: 'FAILURE', first: 5 });
    expect(failures.loginAttempts.edges[0]!.node).toMatchObject({
      outcome: 'FAILURE', code: 'USER_NOT_FOUND', accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', audience: 'USER', identifierField: 'EMAIL', identifierValue: 'admin@acme.example',
      message: 'No user found with the Username/Email/External ID admin@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.',
      diagnosis: { code: 'USER_NOT_FOUND', fixTarget: 'User.username / User.email / User.externalId / IdpConnection.identifierField', requirements: ['R10'] },
    });
    const other = await createAccount(rig.api, 'other');
    const foreign = await rig.api.ok(op.LoginAttempts, { tenantId, first: 5 }, other.adminToken);
    expect(foreign.loginAttempts.edges).toEqual([]);
  });

  it('R30 streams new attempts over Server-Sent Events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${rig.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${rig.api.operatorToken}` },
      body: JSON.stringify({ query: 'subscription($t: ID!) { loginAttemptRecorded(tenantId: $t) { code accountName } }', variables: { t: support.tenantId } }),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    await new Promise((r) => setTimeout(r, 700));
    await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    let received = '';
    const deadline = Date.now() + 10_000;
    while (!received.includes('USER_NOT_FOUND') && Date.now() < deadline) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toContain('"code":"USER_NOT_FOUND","accountName":"AcmeSupport"');
  });

  it('R04 R05 a signed-in person switches only to accounts with the same provider and org, and is told why not', async () => {
    const first = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(first.ok).toBe(true);
    const accounts = (await (await first.browser.request(`${rig.api.url}/session/accounts`)).json()) as { accounts: { accountName: string; possible: boolean; code: string | null; message: string | null }[] };
    const byName = Object.fromEntries(accounts.accounts.map((a) => [a.accountName, a]));
    expect(byName.AcmeSales).toMatchObject({ possible: true, code: null });
    expect(byName.AcmeEurope).toMatchObject({ possible: false, code: 'ACCOUNT_SWITCH_PROVIDER_MISMATCH', message: 'You cannot switch to the account AcmeEurope with Salesforce single sign-on: that account is not configured for Salesforce.' });
    expect(byName.AcmePartners).toMatchObject({ possible: false, code: 'ACCOUNT_SWITCH_ORG_MISMATCH', message: 'You cannot switch to the account AcmePartners: it is linked to a different Salesforce organisation.' });
    expect(byName.AcmeDormant).toMatchObject({ possible: false, code: 'SSO_NOT_CONFIGURED' });

    const switched = await first.browser.follow(`${rig.api.url}/sso/switch?account=AcmeSales`);
    expect(switched.body).toContain('id="account">AcmeSales<');
    const refused = await first.browser.follow(`${rig.api.url}/sso/switch?account=AcmePartners`);
    expect(refused.response.status).toBe(403);
    expect(refused.body).toContain('data-code="ACCOUNT_SWITCH_ORG_MISMATCH"');
    // The fix for R05: link the account to the same org.
    const partners = await rig.api.db.idpConnection.findFirstOrThrow({ where: { tenant: { accountKey: 'acmepartners' } } });
    await rig.api.db.idpConnection.update({ where: { id: partners.id }, data: { salesforceOrgId: SF_ORG } });
    const fixed = await first.browser.follow(`${rig.api.url}/sso/switch?account=AcmePartners`);
    expect(fixed.body).toContain('id="account">AcmePartners<');
  });
});
