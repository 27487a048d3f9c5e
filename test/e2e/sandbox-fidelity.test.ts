// Sandbox fidelity (issue 13): cases where a scenario armed as the README and the CLI help
// show it, or an IdP's answer, did not end in the code the catalog names. Each test arms
// through the sandbox admin API (the body the CLI sends), signs in through the product's
// login page over HTTP, and reads what the person sees and what login history recorded.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage, type FailureCode } from '../../common/failures/catalog.ts';
import * as op from '../graphql/operations.ts';
import {
  Browser, authorizeAt, deliver, sandboxAdmin, setUpAccount, signIn, startAt, startRig, type Rig, type SignInOutcome,
} from './support.ts';

const SF1 = '00D000000000001AAA';
/** A third Salesforce org, created at the sandbox for these tests (the fixtures' second one stays linked to no account). */
const SF3 = '00D000000000003CCC';

let rig: Rig;

/** The person is on the product's page, which shows the catalog message (filled) and the code login history holds. */
async function expectFailure(outcome: SignInOutcome, code: FailureCode, params: Record<string, string> = {}): Promise<{ detail: string | null }> {
  expect(outcome.ok).toBe(false);
  expect({ code: outcome.code, traceId: outcome.traceId ? 'shown' : outcome.body.slice(0, 200) }).toEqual({ code, traceId: 'shown' });
  expect(outcome.message).toBe(renderMessage(code, { ...params, traceId: outcome.traceId! }));
  expect(outcome.message).not.toMatch(/\{\w+\}/);
  const attempt = await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: outcome.traceId! } });
  expect(attempt).toMatchObject({ code, outcome: 'FAILURE', message: outcome.message });
  return attempt;
}

const arm = (body: Record<string, unknown>) => sandboxAdmin<{ id: string; expected: Record<string, string> }>(rig, 'POST', '/admin/scenarios', body);

beforeAll(async () => {
  rig = await startRig();
  await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF1, salesforceOrgId: SF1, users: [{ username: 'sally', email: 'sally@acme.example' }] });
  await sandboxAdmin(rig, 'POST', '/admin/orgs', { provider: 'salesforce', id: SF3, name: 'Acme Europe (a third Salesforce org)' });
  await sandboxAdmin(rig, 'POST', '/admin/people', { org: `salesforce/${SF3}`, username: 'pia@europe.acme.example', email: 'pia@europe.acme.example', emailVerified: true });
  await setUpAccount(rig, { accountName: 'AcmeEurope', provider: 'SALESFORCE', protocol: 'OIDC', org: SF3, salesforceOrgId: SF3, users: [{ username: 'pia', email: 'pia@europe.acme.example' }] });
  await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
});
afterAll(() => rig?.close());
afterEach(() => sandboxAdmin(rig, 'DELETE', '/admin/scenarios'));

describe('case 1: the README\'s OIDC clock-skew example', () => {
  it('R13 clock-skew −3600 s on an OIDC org (scenarios arm OIDC_TOKEN_INVALID --behaviour clock-skew --skew-seconds -3600 --org … --once) ends in OIDC_TOKEN_INVALID with the catalog message', async () => {
    const armed = await arm({ code: 'OIDC_TOKEN_INVALID', behaviour: 'clock-skew', skewSeconds: -3600, org: `salesforce/${SF1}`, once: true });
    expect(armed.expected.oidc).toBe('OIDC_TOKEN_INVALID');
    await expectFailure(await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' }), 'OIDC_TOKEN_INVALID');
    // --once: spent by that sign-in; the IdP's clock is right again.
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });
});

describe('case 2: SALESFORCE_WRONG_ORG and SALESFORCE_ORG_NOT_LINKED armed with their defaults', () => {
  it('R07 SALESFORCE_WRONG_ORG with its defaults: the person appears in another org that the platform has linked to an account, and sees the wrong-org message', async () => {
    expect((await arm({ code: 'SALESFORCE_WRONG_ORG' })).expected.oidc).toBe('SALESFORCE_WRONG_ORG');
    const outcome = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    await expectFailure(outcome, 'SALESFORCE_WRONG_ORG', { salesforceUsername: 'sally@acme.example', accountName: 'AcmeSupport' });
  });

  it('R06 SALESFORCE_ORG_NOT_LINKED with its defaults: the person appears in an org linked to no account, from either linked org', async () => {
    await arm({ code: 'SALESFORCE_ORG_NOT_LINKED' });
    await expectFailure(await signIn(rig, { account: 'AcmeEurope', loginHint: 'pia@europe.acme.example' }), 'SALESFORCE_ORG_NOT_LINKED', { salesforceUsername: 'pia@europe.acme.example' });
    await expectFailure(await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' }), 'SALESFORCE_ORG_NOT_LINKED', { salesforceUsername: 'sally@acme.example' });
  });

  it('R07 SALESFORCE_WRONG_ORG is refused at arm time, saying why, where no other org has the platform registered', async () => {
    const response = await fetch(`${rig.sandbox.url}/admin/scenarios`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'SALESFORCE_WRONG_ORG', org: 'salesforce/00D000000000002BBB' }),
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/SALESFORCE_WRONG_ORG needs another salesforce org .*otherOrg/);
    expect(await sandboxAdmin(rig, 'GET', '/admin/scenarios')).toEqual([]);
  });
});

describe('case 3: SAML_CERTIFICATE_EXPIRED', () => {
  it('R13 SAML_CERTIFICATE_EXPIRED with its defaults: the IdP signs with an expired certificate the connection already holds, and the SP says so at once', async () => {
    expect((await arm({ code: 'SAML_CERTIFICATE_EXPIRED' })).expected.saml).toBe('SAML_CERTIFICATE_EXPIRED');
    await expectFailure(await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' }), 'SAML_CERTIFICATE_EXPIRED');
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
  });

  it('R20 the expired certificate the IdP still lists beside its current one does not block enableSso', async () => {
    const { ssoReadiness } = await rig.api.ok(op.SsoReadiness, { tenantId: (await rig.api.ok(op.TenantByName, { accountName: 'GlobexDesk' })).tenant!.id });
    expect(ssoReadiness!.findings.map((f) => f.code)).not.toContain('CERTIFICATE_EXPIRED');
  });
});

describe('case 4: IDP_UNAVAILABLE, down', () => {
  it('R13 IDP_UNAVAILABLE with its defaults (down, 503) on an OIDC org ends on the product\'s page with the catalog message, not on the IdP\'s error', async () => {
    expect((await arm({ code: 'IDP_UNAVAILABLE' })).expected.oidc).toBe('IDP_UNAVAILABLE');
    await expectFailure(await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' }), 'IDP_UNAVAILABLE');
  });

  it('R13 IDP_UNAVAILABLE with its defaults on a SAML org ends on the product\'s page with the catalog message', async () => {
    await arm({ code: 'IDP_UNAVAILABLE' });
    await expectFailure(await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' }), 'IDP_UNAVAILABLE');
  });

  it('R13 an IdP that goes down while the browser is on its way back (back channel) ends on the product\'s page too', async () => {
    const browser = new Browser(rig);
    const callback = await authorizeAt(await startAt(rig, browser, 'AcmeSupport'), 'sally@acme.example');
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down' });
    await expectFailure(await deliver(browser, callback), 'IDP_UNAVAILABLE');
  });

  it('R13 IDP_UNAVAILABLE scoped to the person or to the platform\'s client is refused at arm time, saying why; armed for the org, the same sign-in ends on the product\'s page', async () => {
    // Tried before the refusal: so scoped, our check of the IdP (discovery, metadata) passed,
    // then a down IdP left the browser on its own 503 with nothing recorded, and a slow one
    // signed the person in late.
    const cases = [
      { account: 'AcmeSupport', org: `salesforce/${SF1}`, person: 'sally@acme.example', client: 'acmesupport-client' },
      { account: 'GlobexDesk', org: 'okta/globex', person: 'hank@globex.example', client: `${rig.api.url}/sso/saml/metadata/GlobexDesk` },
    ];
    for (const c of cases) {
      for (const behaviour of ['down', 'slow']) {
        for (const scope of [{ person: c.person }, { client: c.client }]) {
          const response = await fetch(`${rig.sandbox.url}/admin/scenarios`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'IDP_UNAVAILABLE', behaviour, org: c.org, ...scope }),
          });
          expect(response.status, `${c.account} ${behaviour} ${JSON.stringify(scope)}`).toBe(422);
          expect(await response.json()).toMatchObject({ code: 'SCENARIO_NOT_PRODUCIBLE', failureCode: 'IDP_UNAVAILABLE', reason: expect.stringContaining('names neither person nor client') });
        }
      }
      expect(await sandboxAdmin(rig, 'GET', '/admin/scenarios')).toEqual([]);
      await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', org: c.org });
      await expectFailure(await signIn(rig, { account: c.account, loginHint: c.person }), 'IDP_UNAVAILABLE');
      await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    }
  });

  it('R13 once the IdP is back, the same sign-ins succeed', async () => {
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
  });
});

describe('IdP-down realism: the front channel and the back channel are distinct', () => {
  const sandboxGet = async (path: string) => (await fetch(`${rig.sandbox.url}${path}`)).status;
  const detailOf = async (outcome: SignInOutcome) => (await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: outcome.traceId! } })).detail ?? '';

  it('R13 OIDC front channel down: discovery still answers, the authorization endpoint does not; the product\'s check before sending the browser ends on its page', async () => {
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', channel: 'front', org: `salesforce/${SF1}` });
    expect(await sandboxGet(`/salesforce/${SF1}/.well-known/openid-configuration`)).toBe(200);
    const outcome = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    await expectFailure(outcome, 'IDP_UNAVAILABLE');
    expect(await detailOf(outcome)).toMatch(/answered 503 at .*\/auth before the browser was sent/);
  });

  it('R13 OIDC front channel slow: the product stops waiting at its 3 s limit and ends on its page', async () => {
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'slow', channel: 'front', org: `salesforce/${SF1}` });
    const outcome = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    await expectFailure(outcome, 'IDP_UNAVAILABLE');
    expect(await detailOf(outcome)).toMatch(/did not answer within 3 s/);
  }, 20_000);

  it('R13 OIDC back channel down: the browser is sent (the front channel is up) and the token endpoint\'s 503 ends on the product\'s page', async () => {
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true); // discovery known
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', channel: 'back', org: `salesforce/${SF1}` });
    expect(await sandboxGet(`/salesforce/${SF1}/.well-known/openid-configuration`)).toBe(503);
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'AcmeSupport');
    expect(idp.pathname).toMatch(/\/auth$/);
    const outcome = await deliver(browser, await authorizeAt(idp, 'sally@acme.example'));
    await expectFailure(outcome, 'IDP_UNAVAILABLE');
    expect(await detailOf(outcome)).toMatch(/token endpoint answered 503/);
  });

  it('R13 OIDC back channel slow: the code exchange stops at the 5 s limit and ends on the product\'s page', async () => {
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'slow', channel: 'back', org: `salesforce/${SF1}` });
    const outcome = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    await expectFailure(outcome, 'IDP_UNAVAILABLE');
    expect(await detailOf(outcome)).toMatch(/did not answer/);
  }, 30_000);

  it('R13 SAML front channel down or slow: the SSO URL is checked first and the person stays on the product\'s page', async () => {
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', channel: 'front', org: 'okta/globex' });
    await expectFailure(await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' }), 'IDP_UNAVAILABLE');
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'slow', channel: 'front', org: 'okta/globex' });
    const slow = await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' });
    await expectFailure(slow, 'IDP_UNAVAILABLE');
    expect(await detailOf(slow)).toMatch(/did not answer within 3 s/);
  }, 20_000);

  it('R13 SAML back channel down: only the metadata is down, and a SAML sign-in (which needs no back channel) succeeds; the arm response says so', async () => {
    const armed = await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', channel: 'back', org: 'okta/globex' });
    expect(armed.expected).toEqual({ oidc: 'IDP_UNAVAILABLE' });
    expect(await sandboxGet('/okta/globex/saml/metadata')).toBe(503);
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
  });

  it('R13 a channel is refused for behaviours other than down and slow', async () => {
    await expect(arm({ code: 'SAML_SIGNATURE_INVALID', channel: 'front' })).rejects.toThrow(/channel applies to down and slow only/);
  });
});

describe('case 5: the login-URL checker', () => {
  it('R03 checkLoginUrl answers an invalid URL with LOGIN_URL_INVALID and the catalog message, filled', async () => {
    const api = rig.api.url;
    const cases = [
      { url: `${api}/login`, example: `${api}/login?account=AccountName` },
      { url: 'https://evil.example/login?account=AcmeSupport', example: `${api}/login?account=AcmeSupport` },
      { url: `${api}/CallCentre/?account=AcmeSupport`, example: `${api}/login?account=AcmeSupport` },
      { url: 'not a URL at all', example: `${api}/login?account=AccountName` },
    ];
    for (const { url, example } of cases) {
      const { checkLoginUrl } = await rig.api.ok(op.CheckLoginUrl, { url }, null);
      expect(checkLoginUrl, url).toMatchObject({ valid: false, code: 'LOGIN_URL_INVALID', message: renderMessage('LOGIN_URL_INVALID', { url, loginUrlExample: example }) });
      expect(checkLoginUrl.message).not.toMatch(/\{\w+\}/);
    }
    const { checkLoginUrl } = await rig.api.ok(op.CheckLoginUrl, { url: `${api}/login?account=AcmeSupport` }, null);
    expect(checkLoginUrl).toMatchObject({ valid: true, accountName: 'AcmeSupport', code: null, message: null });
  });
});
