// SHA-1 signatures (issue 14): refused by default with their own catalog code, whose
// message names the algorithm; a per-connection opt-in for a legacy IdP lets them verify
// and shows as a readiness warning for as long as it is on. The sandbox signs with
// RSA-SHA1 (and SHA-1 digests) when SAML_SIGNATURE_SHA1 is armed.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../common/failures/catalog.ts';
import * as op from '../graphql/operations.ts';
import { sandboxAdmin, setUpAccount, signIn, startRig, type Rig } from './support.ts';

describe('SHA-1 signed SAML responses (R13)', () => {
  let rig: Rig;
  let connectionId: string;
  let tenantId: string;
  const setSha1 = async (allow: boolean) => {
    const updated = await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', connectionId), saml: { allowSha1Signatures: allow } } });
    expect(updated.updateIdpConnection.userErrors).toEqual([]);
  };
  const warnings = async () => (await rig.api.ok(op.SsoReadiness, { tenantId })).ssoReadiness!.findings.map((f) => f.code);

  beforeAll(async () => {
    rig = await startRig();
    ({ connectionId, tenantId } = await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] }));
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SAML_SIGNATURE_SHA1', org: 'okta/globex' });
  });
  afterAll(() => rig.close());
  afterEach(() => setSha1(false));

  it('R13 a response signed with RSA-SHA1 is refused as SAML_SIGNATURE_SHA1, the message naming the algorithm', async () => {
    const outcome = await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' });
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe('SAML_SIGNATURE_SHA1');
    expect(outcome.message).toBe(renderMessage('SAML_SIGNATURE_SHA1', { algorithm: 'rsa-sha1', traceId: outcome.traceId! }));
    expect(await warnings()).not.toContain('SAML_SHA1_ALLOWED');
  });

  it('R13 with the legacy opt-in on the connection, the same IdP signs the person in, and readiness warns while it is on', async () => {
    await setSha1(true);
    expect(await warnings()).toContain('SAML_SHA1_ALLOWED');
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
    await setSha1(false);
    expect(await warnings()).not.toContain('SAML_SHA1_ALLOWED');
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).code).toBe('SAML_SIGNATURE_SHA1');
  });

  it('R13 the opt-in changes nothing for an IdP that signs with SHA-256', async () => {
    await sandboxAdmin(rig, 'DELETE', '/admin/scenarios');
    await setSha1(true);
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
  });
});
