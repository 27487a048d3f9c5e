// The sandbox scenarios that exercise the SP's security checks end to end: a replayed
// SAML response, an ID token with another sign-in's nonce, an encrypted assertion, and
// the codes the sandbox cannot produce (refused when armed, with the reason). Real HTTP
// through the product's login page, the sandbox IdP and back; outcomes read from the
// page the user sees and the login history the admin sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../common/failures/catalog.ts';
import { sandboxAdmin, setUpAccount, signIn, startRig, withScenario, type Rig } from './support.ts';

const SF_ORG = '00D000000000001AAA';

describe('sandbox security scenarios end to end (R13, R31)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    await setUpAccount(rig, { accountName: 'AcmeNonce', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, {
      accountName: 'GlobexReplay', provider: 'OKTA', protocol: 'SAML', org: 'globex',
      users: [{ username: 'admin', email: 'admin@globex.example' }, { username: 'hank', email: 'hank@globex.example', kind: 'AGENT' }],
    });
  });
  afterAll(() => rig.close());

  const attempt = (traceId: string | null) => rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } });
  const supportMessage = (traceId: string | null) => renderMessage('OIDC_NONCE_MISMATCH', { traceId: traceId! });
  const arm = (body: Record<string, unknown>) => fetch(`${rig.sandbox.url}/admin/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const spOf = (account: string) => `${rig.api.url}/sso/saml/metadata/${account}`;

  it('R13 R31 SAML_ASSERTION_REPLAYED cannot be armed before the SP received a response: 422 with the reason', async () => {
    const refused = await arm({ code: 'SAML_ASSERTION_REPLAYED', client: spOf('GlobexReplay') });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'SCENARIO_NOTHING_TO_REPLAY', failureCode: 'SAML_ASSERTION_REPLAYED', reason: expect.stringMatching(/no SAML response has been delivered/) });
  });

  it('R13 R31 SAML_ASSERTION_REPLAYED armed with its defaults: the sandbox resends the previous response, the product answers SAML_ASSERTION_REPLAYED; once disarmed, sign-in works', async () => {
    expect((await signIn(rig, { account: 'GlobexReplay', loginHint: 'admin@globex.example' })).ok).toBe(true);
    const refused = await withScenario(rig, { code: 'SAML_ASSERTION_REPLAYED' }, () => signIn(rig, { account: 'GlobexReplay', loginHint: 'admin@globex.example' }));
    expect(refused.ok).toBe(false);
    expect(refused.code).toBe('SAML_ASSERTION_REPLAYED');
    expect(refused.message).toBe(renderMessage('SAML_ASSERTION_REPLAYED', { traceId: refused.traceId! }));
    // The admin sees it in the account's history: the replay names a sign-in of that account.
    expect(await attempt(refused.traceId)).toMatchObject({ code: 'SAML_ASSERTION_REPLAYED', outcome: 'FAILURE', protocol: 'SAML', tenantId: (await rig.api.db.tenant.findFirstOrThrow({ where: { accountKey: 'globexreplay' } })).id });
    expect((await signIn(rig, { account: 'GlobexReplay', loginHint: 'admin@globex.example' })).ok).toBe(true);
  });

  it('R13 R17 R31 SAML_ASSERTION_REPLAYED for an agent through the agent ACS, scoped to the person, once', async () => {
    expect((await signIn(rig, { account: 'GlobexReplay', loginHint: 'hank@globex.example', audience: 'agent' })).ok).toBe(true);
    expect((await arm({ code: 'SAML_ASSERTION_REPLAYED', person: 'hank@globex.example', once: true })).status).toBe(201);
    const replayed = await signIn(rig, { account: 'GlobexReplay', loginHint: 'hank@globex.example', audience: 'agent' });
    expect(replayed.code).toBe('SAML_ASSERTION_REPLAYED');
    expect(await attempt(replayed.traceId)).toMatchObject({ code: 'SAML_ASSERTION_REPLAYED', audience: 'AGENT' });
    expect((await signIn(rig, { account: 'GlobexReplay', loginHint: 'hank@globex.example', audience: 'agent' })).ok).toBe(true);
  });

  it('R13 R31 OIDC_NONCE_MISMATCH armed with its defaults: the product answers OIDC_NONCE_MISMATCH; starting again signs in', async () => {
    const refused = await withScenario(rig, { code: 'OIDC_NONCE_MISMATCH' }, () => signIn(rig, { account: 'AcmeNonce', loginHint: 'sally@acme.example' }));
    expect(refused.ok).toBe(false);
    expect(refused.code).toBe('OIDC_NONCE_MISMATCH');
    expect(refused.message).toBe(supportMessage(refused.traceId));
    const recorded = await attempt(refused.traceId);
    expect(recorded).toMatchObject({ code: 'OIDC_NONCE_MISMATCH', outcome: 'FAILURE', protocol: 'OIDC' });
    // The fix the catalog gives: the user starts again from the SSO button (scenario gone).
    expect((await signIn(rig, { account: 'AcmeNonce', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R13 R31 OIDC_NONCE_MISMATCH once: only the first sign-in is refused', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'OIDC_NONCE_MISMATCH', person: 'sally@acme.example', once: true });
    expect((await signIn(rig, { account: 'AcmeNonce', loginHint: 'sally@acme.example' })).code).toBe('OIDC_NONCE_MISMATCH');
    expect((await signIn(rig, { account: 'AcmeNonce', loginHint: 'sally@acme.example' })).ok).toBe(true);
  });
});
