// The sandbox scenarios that exercise the SP's security checks end to end: a replayed
// SAML response, an ID token with another sign-in's nonce, an encrypted assertion, and
// the codes the sandbox cannot produce (refused when armed, with the reason). Real HTTP
// through the product's login page, the sandbox IdP and back; outcomes read from the
// page the user sees and the login history the admin sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { FAILURE_CODES, renderMessage } from '../../common/failures/catalog.ts';
import * as op from '../graphql/operations.ts';
import { sandboxAdmin, setUpAccount, signIn, startRig, withScenario, type Rig } from './support.ts';

const SF_ORG = '00D000000000001AAA';
const ENTRA = '11111111-2222-4333-8444-555555555555';
const OTHER_ENTRA = '99999999-8888-4777-8666-555555555555';

describe('sandbox security scenarios end to end (R13, R31)', () => {
  let rig: Rig;
  let contoso: { connectionId: string };
  beforeAll(async () => {
    rig = await startRig();
    await setUpAccount(rig, { accountName: 'AcmeNonce', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, {
      accountName: 'GlobexReplay', provider: 'OKTA', protocol: 'SAML', org: 'globex',
      users: [{ username: 'admin', email: 'admin@globex.example' }, { username: 'hank', email: 'hank@globex.example', kind: 'AGENT' }],
    });
    contoso = await setUpAccount(rig, { accountName: 'ContosoTenant', provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA, entraTenantId: ENTRA, users: [{ username: 'megan@contoso.example', email: 'megan@contoso.example' }] });
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

  it('R13 R31 SAML_ENCRYPTION_UNSUPPORTED armed with its defaults: the IdP encrypts the assertion, the product answers SAML_ENCRYPTION_UNSUPPORTED; encryption off, sign-in works', async () => {
    const refused = await withScenario(rig, { code: 'SAML_ENCRYPTION_UNSUPPORTED' }, () => signIn(rig, { account: 'GlobexReplay', loginHint: 'admin@globex.example' }));
    expect(refused.code).toBe('SAML_ENCRYPTION_UNSUPPORTED');
    expect(refused.message).toBe(renderMessage('SAML_ENCRYPTION_UNSUPPORTED', { traceId: refused.traceId! }));
    expect(await attempt(refused.traceId)).toMatchObject({ code: 'SAML_ENCRYPTION_UNSUPPORTED', outcome: 'FAILURE', protocol: 'SAML' });
    expect((await signIn(rig, { account: 'GlobexReplay', loginHint: 'admin@globex.example' })).ok).toBe(true);
  });

  it('R05 R31 MICROSOFT_WRONG_TENANT armed with its defaults: the person comes from another Entra tenant; linking that tenant (the fix) signs them in', async () => {
    const armed = await sandboxAdmin<{ id: string }>(rig, 'POST', '/admin/scenarios', { code: 'MICROSOFT_WRONG_TENANT', org: `microsoft/${ENTRA}` });
    try {
      const refused = await signIn(rig, { account: 'ContosoTenant', loginHint: 'megan@contoso.example' });
      expect(refused.code).toBe('MICROSOFT_WRONG_TENANT');
      expect(refused.message).toBe(renderMessage('MICROSOFT_WRONG_TENANT', { traceId: refused.traceId! }));
      const fixed = await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', contoso.connectionId), entraTenantId: OTHER_ENTRA } });
      expect(fixed.updateIdpConnection.userErrors).toEqual([]);
      expect((await signIn(rig, { account: 'ContosoTenant', loginHint: 'megan@contoso.example' })).ok).toBe(true);
    } finally {
      await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armed.id}`);
      await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', contoso.connectionId), entraTenantId: ENTRA } });
    }
  });

  it('R31 every catalog code is either armable or refused with a typed reason (admin API: 422 SCENARIO_NOT_PRODUCIBLE), never armed to produce another code', async () => {
    const armable = (await sandboxAdmin<{ code: string }[]>(rig, 'GET', '/admin/scenarios/catalog')).map((c) => c.code);
    const unproducible = await sandboxAdmin<{ code: string; kind: string; reason: string }[]>(rig, 'GET', '/admin/scenarios/unproducible');
    expect([...armable, ...unproducible.map((u) => u.code)].sort()).toEqual([...FAILURE_CODES].sort());
    expect(armable).toEqual(expect.arrayContaining(['SAML_ASSERTION_REPLAYED', 'OIDC_NONCE_MISMATCH', 'SAML_ENCRYPTION_UNSUPPORTED']));
    for (const u of unproducible) {
      const res = await arm({ code: u.code });
      expect(res.status, u.code).toBe(422);
      expect(await res.json()).toEqual({ error: `cannot arm ${u.code}: ${u.kind}: ${u.reason}`, code: 'SCENARIO_NOT_PRODUCIBLE', failureCode: u.code, reason: `${u.kind}: ${u.reason}` });
    }
    expect(await sandboxAdmin(rig, 'GET', '/admin/scenarios')).toEqual([]);
  });

  it('R31 arming refuses an unknown code (400) and a provider-specific code at another provider\'s org (422), with the reason', async () => {
    const unknown = await arm({ code: 'NO_SUCH_FAILURE' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_FAILURE_CODE', failureCode: 'NO_SUCH_FAILURE', reason: expect.stringContaining('failure catalog') });
    const elsewhere = await arm({ code: 'MICROSOFT_WRONG_TENANT', org: `salesforce/${SF_ORG}` });
    expect(elsewhere.status).toBe(422);
    expect(await elsewhere.json()).toMatchObject({ code: 'SCENARIO_NOT_PRODUCIBLE', failureCode: 'MICROSOFT_WRONG_TENANT', reason: expect.stringContaining('arm it at a microsoft/') });
    expect(await sandboxAdmin(rig, 'GET', '/admin/scenarios')).toEqual([]);
  });
});
