// SAML end to end through the ACS: Okta, Salesforce and Microsoft over SAML 2.0 (R15),
// the documented messages, and what the ACS itself must refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, sandboxAdmin, setUpAccount, signIn, startAt, startRig, parseOutcome, type Rig } from './support.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import * as op from '../graphql/operations.ts';

const SF_ORG = '00D000000000001AAA';
const OTHER_SF_ORG = '00D000000000002BBB';
const ENTRA = '11111111-2222-4333-8444-555555555555';
const SUPPORT = /^Single sign-on failed\. Please contact your administrator or support and quote the trace ID [0-9a-f-]{36}\.$/;

describe('SAML sign-in end to end (R15, R22)', () => {
  let rig: Rig;
  let contoso: { connectionId: string };
  beforeAll(async () => {
    rig = await startRig();
    await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'admin', email: 'admin@globex.example' }, { username: 'hank', email: 'hank@globex.example', kind: 'AGENT' }] });
    await setUpAccount(rig, { accountName: 'AcmeSaml', provider: 'SALESFORCE', protocol: 'SAML', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    contoso = await setUpAccount(rig, { accountName: 'ContosoSaml', provider: 'MICROSOFT', protocol: 'SAML', org: ENTRA, entraTenantId: ENTRA, users: [{ username: 'adele@contoso.example' }] });
  });
  afterAll(() => rig.close());

  const codeOf = async (traceId: string | null) => (await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } })).code;

  it('R15 R22 signs a user in through the user ACS and an agent through the agent ACS', async () => {
    const user = await signIn(rig, { account: 'GlobexDesk', loginHint: 'admin@globex.example' });
    expect(user.ok).toBe(true);
    const agent = await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example', audience: 'agent' });
    expect(agent.ok).toBe(true);
    const attempt = await rig.api.db.loginAttempt.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(attempt).toMatchObject({ outcome: 'SUCCESS', protocol: 'SAML', provider: 'OKTA', audience: 'AGENT' });
  });

  it('R07 over SAML: a Salesforce user of another org gets the wrong-org message', async () => {
    await setUpAccount(rig, { accountName: 'PartnersSaml', provider: 'SALESFORCE', protocol: 'OIDC', org: OTHER_SF_ORG, salesforceOrgId: OTHER_SF_ORG, users: [] });
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SALESFORCE_WRONG_ORG', person: 'sally@acme.example', otherOrg: `salesforce/${OTHER_SF_ORG}`, once: true });
    const result = await signIn(rig, { account: 'AcmeSaml', loginHint: 'sally@acme.example' });
    expect(result.message).toBe('sally@acme.example is not in the correct Salesforce org for the account AcmeSaml. Please check SSO URL, log out of Salesforce and try again.');
    expect((await signIn(rig, { account: 'AcmeSaml', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R09 over SAML: no email from Microsoft, fixed by matching on Username', async () => {
    const result = await signIn(rig, { account: 'ContosoSaml', loginHint: 'adele@contoso.example' });
    expect(result.message).toBe('No Email provided for user adele@contoso.example from Microsoft.');
    await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', contoso.connectionId), identifierField: 'USERNAME' } });
    expect((await signIn(rig, { account: 'ContosoSaml', loginHint: 'adele@contoso.example' })).ok).toBe(true);
  });

  it('R13 the ACS refuses a replayed response, a response to another browser\'s request, and an unsolicited one', async () => {
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'GlobexDesk');
    idp.searchParams.set('login_hint', 'admin@globex.example');
    idp.searchParams.set('sandbox_auto', '1');
    const form = await (await fetch(idp)).text();
    const samlResponse = /name="SAMLResponse"\s+value="([^"]+)"/.exec(form)![1]!;
    const relayState = /name="RelayState"\s+value="([^"]*)"/.exec(form)![1]!;
    const post = (b: Browser) => b.request(`${rig.api.url}/sso/saml/acs/user`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }) });

    // Another browser (no binding cookie of this sign-in) posting the response first.
    const thief = await post(new Browser(rig));
    const stolen = parseOutcome(thief.status, await thief.text());
    expect(await codeOf(stolen.traceId)).toBe('SSO_COOKIE_MISSING');
    // The pending sign-in was consumed by that attempt: the rightful browser's replay is refused too.
    const replay = parseOutcome(0, await (await post(browser)).text());
    expect(replay.message).toMatch(SUPPORT);
    expect(await codeOf(replay.traceId)).toBe('SAML_ASSERTION_REPLAYED');

    // IdP-initiated (no request of ours) is refused while the connection's setting is off (the default).
    const unsolicited = await fetch(`${rig.sandbox.url}/okta/globex/saml/idp-initiated?sp=${encodeURIComponent(`${rig.api.url}/sso/saml/metadata/GlobexDesk`)}&acs=user&login_hint=admin@globex.example`);
    const unsolicitedResponse = /name="SAMLResponse"\s+value="([^"]+)"/.exec(await unsolicited.text())![1]!;
    const refused = await new Browser(rig).request(`${rig.api.url}/sso/saml/acs/user`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: unsolicitedResponse }) });
    expect(await codeOf(parseOutcome(refused.status, await refused.text()).traceId)).toBe('SAML_IDP_INITIATED_DISABLED');
  });

  it.each([
    ['SAML_CERTIFICATE_EXPIRED', {}],
    ['SAML_SIGNATURE_INVALID', {}],
    ['SAML_ASSERTION_UNSIGNED', {}],
    ['SAML_AUDIENCE_MISMATCH', {}],
    ['SAML_ASSERTION_EXPIRED', { skewSeconds: -3600 }],
  ])('R13 %s armed at the sandbox is refused at the ACS and recorded', async (code, extra) => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code, person: 'admin@globex.example', once: true, ...extra });
    const result = await signIn(rig, { account: 'GlobexDesk', loginHint: 'admin@globex.example' });
    expect(result.message).toMatch(SUPPORT);
    expect(await codeOf(result.traceId)).toBe(code);
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'admin@globex.example' })).ok).toBe(true);
  });

  it('R12 RequestDenied from the IdP shows the access_denied message', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'IDP_ACCESS_DENIED', person: 'admin@globex.example', once: true });
    const result = await signIn(rig, { account: 'GlobexDesk', loginHint: 'admin@globex.example' });
    expect(result.message).toBe('There was an error logging into the external provider. The error message is: access_denied.');
    expect(await codeOf(result.traceId)).toBe('IDP_ACCESS_DENIED');
  });

  it('R17 serves SP metadata with both ACS URLs', async () => {
    const xml = await (await fetch(`${rig.api.url}/sso/saml/metadata/GlobexDesk`)).text();
    expect(xml).toContain(`entityID="${rig.api.url}/sso/saml/metadata/GlobexDesk"`);
    expect(xml).toContain(`Location="${rig.api.url}/sso/saml/acs/user"`);
    expect(xml).toContain(`Location="${rig.api.url}/sso/saml/acs/agent"`);
  });
});
