// Every documented sign-in message over OIDC, end to end through the sandbox IdP:
// the exact text, the recorded code, and that the documented fix makes the next
// sign-in succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, sandboxAdmin, setUpAccount, signIn, startRig, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';

const SF_ORG = '00D000000000001AAA';
const OTHER_SF_ORG = '00D000000000002BBB';
const ENTRA = '11111111-2222-4333-8444-555555555555';

describe('OIDC sign-in end to end (R06–R12, R22)', () => {
  let rig: Rig;
  let acme: { tenantId: string; connectionId: string; clientId: string };
  let contoso: { tenantId: string; connectionId: string; clientId: string };

  beforeAll(async () => {
    rig = await startRig();
    acme = await setUpAccount(rig, {
      accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG,
      users: [
        { username: 'sally', email: 'sally@acme.example' },
        { username: 'amy', email: 'amy@acme.example', kind: 'AGENT' },
        { username: 'pat', email: 'shared@acme.example' },
        { username: 'sam', email: 'shared@acme.example' },
        { username: 'uma', email: 'uma@acme.example' },
      ],
    });
    contoso = await setUpAccount(rig, {
      accountName: 'ContosoCare', provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA, entraTenantId: ENTRA, entraDomain: 'contoso.example',
      users: [{ username: 'megan@contoso.example', email: 'megan@contoso.example' }, { username: 'adele@contoso.example', kind: 'AGENT' }],
    });
  });
  afterAll(() => rig.close());

  const lastAttempt = () => rig.api.db.loginAttempt.findFirstOrThrow({ orderBy: { id: 'desc' } });

  it('R22 signs a Salesforce user in through the user URL and records the success', async () => {
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.ok).toBe(true);
    expect(result.body).toContain('AcmeSupport');
    const attempt = await lastAttempt();
    expect(attempt).toMatchObject({ outcome: 'SUCCESS', code: null, provider: 'SALESFORCE', protocol: 'OIDC', audience: 'USER', identifierField: 'EMAIL', identifierValue: 'sally@acme.example' });
  });

  it('R19 signs an agent in through the agent URL only', async () => {
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example', audience: 'agent' })).ok).toBe(true);
    const wrong = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example', audience: 'user' });
    expect(wrong.code).toBe('WRONG_SIGN_IN_URL');
    expect(wrong.message).toBe('This sign-in address is for agents. Please use the agent sign-in link.');
  });

  it('R07 user in the wrong Salesforce org for the account in the URL', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SALESFORCE_WRONG_ORG', person: 'sally@acme.example', otherOrg: `salesforce/${OTHER_SF_ORG}`, once: true });
    // The other org is linked to an account with Salesforce SSO: "wrong org" rather than "not linked".
    await setUpAccount(rig, { accountName: 'PartnersDesk', provider: 'SALESFORCE', protocol: 'OIDC', org: OTHER_SF_ORG, salesforceOrgId: OTHER_SF_ORG, users: [] });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.message).toBe('sally@acme.example is not in the correct Salesforce org for the account AcmeSupport. Please check SSO URL, log out of Salesforce and try again.');
    expect((await lastAttempt()).code).toBe('SALESFORCE_WRONG_ORG');
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R06 no account is linked to the Salesforce org of the user', async () => {
    await rig.api.db.tenant.updateMany({ where: { accountKey: 'partnersdesk' }, data: { ssoEnabled: false } });
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SALESFORCE_ORG_NOT_LINKED', person: 'sally@acme.example', otherOrg: `salesforce/${OTHER_SF_ORG}`, once: true });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.message).toBe('No account is linked to your Salesforce organisation. If sally@acme.example is not the correct user, please log out of Salesforce and try again.');
    expect(result.traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: result.traceId! } })).toMatchObject({ code: 'SALESFORCE_ORG_NOT_LINKED', outcome: 'FAILURE', message: result.message });
  });

  it('R08 Salesforce email not verified; fix: match by Username instead of Email', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SALESFORCE_EMAIL_UNVERIFIED', person: 'uma@acme.example' });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'uma@acme.example' });
    expect(result.message).toBe('Only email addresses verified by Salesforce can be used. If uma@acme.example is not the correct user, please log out of Salesforce and try again.');
    expect((await lastAttempt()).code).toBe('SALESFORCE_EMAIL_UNVERIFIED');
    // The documented fix: another identifier field. Uma's Salesforce username is her email address.
    await rig.api.ok(op.UpdateConnection, { input: { id: globalId('IdpConnection', acme.connectionId), identifierField: 'USERNAME' } });
    await rig.api.ok(op.UpdateUser, { input: { id: globalId('User', (await rig.api.db.user.findFirstOrThrow({ where: { username: 'uma' } })).id), username: 'uma@acme.example' } });
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'uma@acme.example' })).ok).toBe(true);
    await rig.api.ok(op.UpdateConnection, { input: { id: globalId('IdpConnection', acme.connectionId), identifierField: 'EMAIL' } });
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
  });

  it('R11 multiple users found with the same email; fix: make the email unique', async () => {
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'shared@acme.example' });
    expect(result.message).toBe('Multiple users found with the Email/External ID shared@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.');
    expect(await lastAttempt()).toMatchObject({ code: 'MULTIPLE_USERS_FOUND', identifierField: 'EMAIL', identifierValue: 'shared@acme.example' });
    const sam = await rig.api.db.user.findFirstOrThrow({ where: { username: 'sam' } });
    await rig.api.ok(op.UpdateUser, { input: { id: globalId('User', sam.id), email: 'sam@acme.example' } });
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'shared@acme.example' })).ok).toBe(true);
  });

  it('R10 no user found; fix: create the user', async () => {
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'admin@acme.example' });
    expect(result.message).toBe('No user found with the Username/Email/External ID admin@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.');
    expect((await lastAttempt()).code).toBe('USER_NOT_FOUND');
    await rig.api.ok(op.CreateUser, { input: { tenantId: acme.tenantId, username: 'admin', email: 'admin@acme.example' } });
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'admin@acme.example' })).ok).toBe(true);
  });

  it('R12 access_denied because Salesforce restricts the platform by IP; fix: relax IP restrictions', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'IDP_IP_RESTRICTED', org: `salesforce/${SF_ORG}`, client: acme.clientId });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.message).toBe('There was an error logging into the external provider. The error message is: access_denied.');
    expect(await lastAttempt()).toMatchObject({ code: 'IDP_IP_RESTRICTED', detail: expect.stringContaining('IP restrictions') });
    const history = await sandboxAdmin<{ entries?: { status: string; application: string }[] } | { status: string; application: string }[]>(rig, 'GET', `/admin/login-history?org=salesforce/${SF_ORG}&status=Restricted%20IP`);
    expect(JSON.stringify(history)).toContain('Restricted IP');
    await sandboxAdmin(rig, 'PATCH', `/admin/clients/salesforce/${SF_ORG}/${acme.clientId}`, { ipRestriction: 'relaxed' });
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R12 access_denied for another reason is recorded as such', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'IDP_ACCESS_DENIED', person: 'sally@acme.example', once: true });
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.message).toBe('There was an error logging into the external provider. The error message is: access_denied.');
    expect((await lastAttempt()).code).toBe('IDP_ACCESS_DENIED');
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R12 the SSO cookie is missing on return; fix: restart the browser and click the button again', async () => {
    const browser = new Browser(rig);
    const login = await (await browser.request(`${rig.api.url}/login?account=AcmeSupport`)).text();
    const href = /class="sso"[^>]*href="([^"]+)"/.exec(login)![1]!.replace(/&amp;/g, '&');
    const idp = new URL((await browser.request(`${rig.api.url}${href}`)).headers.get('location')!);
    idp.searchParams.set('login_hint', 'sally@acme.example');
    idp.searchParams.set('sandbox_auto', '1');
    const callback = (await fetch(idp, { redirect: 'manual' })).headers.get('location')!;
    browser.cookies.clear(); // the cookie went missing
    const result = await browser.follow(callback);
    expect(result.body).toContain('There was an error logging into the external provider. The error message is: access_denied.');
    expect((await lastAttempt()).code).toBe('SSO_COOKIE_MISSING');
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example', browser: new Browser(rig) })).ok).toBe(true);
  });

  it('R09 no email from Microsoft; fix: match by Username', async () => {
    await rig.api.db.user.updateMany({ where: { username: 'adele@contoso.example' }, data: { kind: 'USER' } });
    const result = await signIn(rig, { account: 'ContosoCare', loginHint: 'adele@contoso.example' });
    expect(result.message).toBe('No Email provided for user adele@contoso.example from Microsoft.');
    expect((await lastAttempt()).code).toBe('MICROSOFT_NO_EMAIL');
    await rig.api.ok(op.UpdateConnection, { input: { id: globalId('IdpConnection', contoso.connectionId), identifierField: 'USERNAME' } });
    expect((await signIn(rig, { account: 'ContosoCare', loginHint: 'adele@contoso.example' })).ok).toBe(true);
  });
});

import { encodeGlobalID } from '@pothos/plugin-relay';
const globalId = (type: string, id: string) => encodeGlobalID(type, id);
