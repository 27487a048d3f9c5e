// OIDC userinfo fallback (issue 14): an Entra app registration without the `email`
// optional claim issues ID tokens with no email, while its userinfo endpoint returns one.
// A connection that matches on email then completes the identity from userinfo and the
// person signs in; a person Microsoft holds no email for still gets the seed's
// "Microsoft has no email" failure (R09), and the ID token's own claims are never
// overridden by userinfo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxAdmin, setUpAccount, signIn, startRig, type Rig } from './support.ts';

const ENTRA = '11111111-2222-4333-8444-555555555555';

describe('OIDC userinfo fallback for the identifier claim (R09, R10)', () => {
  let rig: Rig;
  let clientId: string;
  /** The account's latest attempt (a success page shows no trace id). */
  const latest = () => rig.api.db.loginAttempt.findFirstOrThrow({ where: { accountName: 'ContosoLean' }, orderBy: { createdAt: 'desc' } });

  beforeAll(async () => {
    rig = await startRig();
    ({ clientId } = await setUpAccount(rig, {
      accountName: 'ContosoLean', provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA, entraTenantId: ENTRA, entraDomain: 'contoso.example',
      users: [{ username: 'megan', email: 'megan@contoso.example' }, { username: 'adele', email: 'adele@contoso.example' }],
    }));
    // The app registration asks for no optional claims: email reaches the RP by userinfo only.
    await sandboxAdmin(rig, 'PATCH', `/admin/clients/microsoft/${ENTRA}/${clientId}`, { idTokenEmail: false });
  });
  afterAll(() => rig.close());

  it('R10 an ID token without email is completed from userinfo, and the person signs in matched by email', async () => {
    const outcome = await signIn(rig, { account: 'ContosoLean', loginHint: 'megan@contoso.example' });
    expect({ ok: outcome.ok, code: outcome.code }).toEqual({ ok: true, code: null });
    const recorded = await latest();
    expect(recorded).toMatchObject({ outcome: 'SUCCESS', identifierField: 'EMAIL', identifierValue: 'megan@contoso.example' });
    const evidence = JSON.parse(recorded.evidence!) as { userinfo?: { claimsAdded: string[] }; idToken?: { claims?: Record<string, unknown> } };
    expect(evidence.userinfo?.claimsAdded).toContain('email');
  });

  it('R09 a person Microsoft holds no email for still fails as MICROSOFT_NO_EMAIL (userinfo has none either)', async () => {
    const outcome = await signIn(rig, { account: 'ContosoLean', loginHint: 'adele@contoso.example' });
    expect(outcome.ok).toBe(false);
    expect((await latest()).code).toBe('MICROSOFT_NO_EMAIL');
  });

  it('R10 with the email optional claim back, no userinfo call is needed and nothing is added', async () => {
    await sandboxAdmin(rig, 'PATCH', `/admin/clients/microsoft/${ENTRA}/${clientId}`, { idTokenEmail: true });
    const outcome = await signIn(rig, { account: 'ContosoLean', loginHint: 'megan@contoso.example' });
    expect(outcome.ok).toBe(true);
    const evidence = JSON.parse((await latest()).evidence!) as { userinfo?: unknown };
    expect(evidence.userinfo).toBeUndefined();
  });
});
