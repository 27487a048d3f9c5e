// SAML SP (issue 4, R13, R12): every rejection of a real sandbox response, each with its
// catalog code: IdP-side scenarios (wrong key, unsigned, expired certificate, clock skew,
// wrong audience, access denied) and SP-side misuse (replay, re-targeting, wrong ACS,
// InResponseTo, tampering).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { SignInError } from '../../src/signin/sign-in-error.ts';
import { validateSamlResponse } from '../../src/signin/saml/validate/index.ts';
import {
  admin, armScenario, decode, encode, idpInitiated, idpSettings, memoryReplayStore, OKTA, outcome, registerSp, testSandbox, SF_ORG, spInitiated,
} from './saml-support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });
afterEach(async () => { await admin(sb, 'DELETE', '/admin/scenarios'); });

const HANK = 'hank@globex.example';

async function okta() {
  const idp = await idpSettings(sb, OKTA);
  const sp = await registerSp(sb, OKTA);
  return { idp, sp };
}

describe('rejected by IdP-side scenarios (sandbox armed by catalog code)', () => {
  it('R13 SAML_SIGNATURE_INVALID: signed by a key that is not the connection\'s (wrong-key scenario)', async () => {
    const { idp, sp } = await okta();
    await armScenario(sb, { code: 'SAML_SIGNATURE_INVALID', org: OKTA });
    const r = await spInitiated(idp, sp, 'user', HANK);
    const out = await outcome({ ...r, idp, sp, expectedRequestId: r.requestId });
    expect(out).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
    expect(out.failure!.detail).toContain('not on the connection');
  });

  it('R13 SAML_ASSERTION_UNSIGNED: neither Response nor Assertion signed (unsigned scenario)', async () => {
    const { idp, sp } = await okta();
    await armScenario(sb, { code: 'SAML_ASSERTION_UNSIGNED', org: OKTA });
    const r = await spInitiated(idp, sp, 'user', HANK);
    expect(decode(r.samlResponse)).not.toContain('Signature');
    expect(await outcome({ ...r, idp, sp, expectedRequestId: r.requestId })).toMatchObject({ failure: { code: 'SAML_ASSERTION_UNSIGNED' } });
  });

  it('R13 SAML_CERTIFICATE_EXPIRED: signed by an expired certificate the connection holds (expired-cert scenario)', async () => {
    await armScenario(sb, { code: 'SAML_CERTIFICATE_EXPIRED', org: OKTA });
    const { idp, sp } = await okta(); // metadata now publishes the current AND the expired certificate
    expect(idp.signingCertificates).toHaveLength(2);
    const r = await spInitiated(idp, sp, 'user', HANK);
    const out = await outcome({ ...r, idp, sp, expectedRequestId: r.requestId });
    expect(out).toMatchObject({ failure: { code: 'SAML_CERTIFICATE_EXPIRED' } });
    expect(out.failure!.detail).toMatch(/outside its validity/);
    // A connection that kept only the current certificate sees a signature it cannot verify.
    const r2 = await spInitiated(idp, sp, 'user', HANK);
    expect(await outcome({ ...r2, idp: { ...idp, signingCertificates: [idp.signingCertificates[0]!] }, sp, expectedRequestId: r2.requestId }))
      .toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 SAML_ASSERTION_EXPIRED: IdP clock an hour behind (expired) and an hour ahead (not yet valid); the skew is bounded', async () => {
    const { idp, sp } = await okta();
    for (const skewSeconds of [-3600, 3600, -400, 120]) {
      await armScenario(sb, { code: 'SAML_ASSERTION_EXPIRED', org: OKTA, skewSeconds, once: true });
      const r = await spInitiated(idp, sp, 'user', HANK);
      const out = await outcome({ ...r, idp, sp, expectedRequestId: r.requestId, clockSkewSeconds: skewSeconds === 3600 ? 86_400 : undefined });
      expect(out, `skew ${skewSeconds}`).toMatchObject({ failure: { code: 'SAML_ASSERTION_EXPIRED' } });
    }
    // the 5-minute validity of a fresh response ends: refused 6 minutes later
    const r = await spInitiated(idp, sp, 'user', HANK);
    expect(await outcome({ ...r, idp, sp, expectedRequestId: r.requestId, now: new Date(Date.now() + 6 * 60_000) }))
      .toMatchObject({ failure: { code: 'SAML_ASSERTION_EXPIRED' } });
  });

  it('R13 SAML_AUDIENCE_MISMATCH: the assertion names another audience (wrong-audience scenario)', async () => {
    const { idp, sp } = await okta();
    await armScenario(sb, { code: 'SAML_AUDIENCE_MISMATCH', org: OKTA, audience: 'https://someone-else.example/sp' });
    const r = await spInitiated(idp, sp, 'user', HANK);
    const out = await outcome({ ...r, idp, sp, expectedRequestId: r.requestId });
    expect(out).toMatchObject({ failure: { code: 'SAML_AUDIENCE_MISMATCH' } });
    expect(out.failure!.detail).toContain('someone-else.example');
  });

  it('R12 IDP_ACCESS_DENIED: status Responder/RequestDenied (access-denied scenario)', async () => {
    const { idp, sp } = await okta();
    await armScenario(sb, { code: 'IDP_ACCESS_DENIED', org: OKTA });
    const r = await spInitiated(idp, sp, 'user', HANK);
    const out = await outcome({ ...r, idp, sp, expectedRequestId: r.requestId });
    expect(out).toMatchObject({ failure: { code: 'IDP_ACCESS_DENIED' } });
    expect(out.failure!.detail).toContain('RequestDenied');
  });
});

describe('rejected misuse of genuine responses', () => {
  it('R13 SAML_ASSERTION_REPLAYED: the same response posted twice', async () => {
    const { idp, sp } = await okta();
    const store = memoryReplayStore();
    const r = await spInitiated(idp, sp, 'user', HANK);
    const input = { ...r, idp, sp, expectedRequestId: r.requestId, claimAssertionId: store.claimAssertionId };
    const first = await validateSamlResponse(input);
    expect(store.used.get(first.assertionId)!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    await expect(validateSamlResponse(input)).rejects.toMatchObject({ failure: { code: 'SAML_ASSERTION_REPLAYED' } });
    // an IdP-initiated response replayed the same way
    const i = await idpInitiated(sb, OKTA, sp, 'user', HANK);
    await validateSamlResponse({ ...i, idp, sp, expectedRequestId: null, claimAssertionId: store.claimAssertionId });
    await expect(validateSamlResponse({ ...i, idp, sp, expectedRequestId: null, claimAssertionId: store.claimAssertionId }))
      .rejects.toBeInstanceOf(SignInError);
  });

  it('R13 a refused response does not use up its assertion ID', async () => {
    const { idp, sp } = await okta();
    const store = memoryReplayStore();
    const r = await spInitiated(idp, sp, 'user', HANK);
    await expect(validateSamlResponse({ ...r, idp, sp, expectedRequestId: '_other', claimAssertionId: store.claimAssertionId })).rejects.toBeInstanceOf(SignInError);
    expect(store.used.size).toBe(0);
  });

  it('R13 SAML_AUDIENCE_MISMATCH: a response issued for another SP (tenant) of the same IdP, re-targeted at this one', async () => {
    const idp = await idpSettings(sb, OKTA);
    const victim = await registerSp(sb, OKTA);
    const attacker = await registerSp(sb, OKTA); // same ACS URLs (shared by all tenants), another entity ID
    const r = await spInitiated(idp, attacker, 'user', HANK);
    expect(await outcome({ ...r, idp, sp: victim, expectedRequestId: r.requestId })).toMatchObject({ failure: { code: 'SAML_AUDIENCE_MISMATCH' } });
  });

  it('R13 SAML_RECIPIENT_MISMATCH: posted to the other ACS URL, to another host, or to a URL that is not ours', async () => {
    const { idp, sp } = await okta();
    const r = await spInitiated(idp, sp, 'user', HANK);
    const toAgent = await outcome({ ...r, acsUrl: sp.acsUrls.agent, idp, sp, expectedRequestId: r.requestId });
    expect(toAgent).toMatchObject({ failure: { code: 'SAML_RECIPIENT_MISMATCH' } });
    expect(toAgent.failure!.detail).toContain('Destination');
    // the same SP deployed on another host receives a response addressed to the first one
    const elsewhere = { entityId: sp.entityId, acsUrls: { user: 'https://other.example/sso/saml/acs/user', agent: 'https://other.example/sso/saml/acs/agent' } };
    expect(await outcome({ ...r, acsUrl: elsewhere.acsUrls.user, idp, sp: elsewhere, expectedRequestId: r.requestId }))
      .toMatchObject({ failure: { code: 'SAML_RECIPIENT_MISMATCH' } });
    expect(await outcome({ ...r, acsUrl: 'http://127.0.0.1:4000/somewhere/else', idp, sp, expectedRequestId: r.requestId }))
      .toMatchObject({ failure: { code: 'SAML_RECIPIENT_MISMATCH' } });
  });

  it('R13 SAML_IN_RESPONSE_TO_MISMATCH: another request\'s response; an IdP-initiated response while a request is pending; a solicited one where none is', async () => {
    const { idp, sp } = await okta();
    const r1 = await spInitiated(idp, sp, 'user', HANK);
    const r2 = await spInitiated(idp, sp, 'user', HANK);
    expect(await outcome({ ...r1, idp, sp, expectedRequestId: r2.requestId })).toMatchObject({ failure: { code: 'SAML_IN_RESPONSE_TO_MISMATCH' } });
    const unsolicited = await idpInitiated(sb, OKTA, sp, 'user', HANK);
    const pending = await outcome({ ...unsolicited, idp, sp, expectedRequestId: r1.requestId });
    expect(pending).toMatchObject({ failure: { code: 'SAML_IN_RESPONSE_TO_MISMATCH' } });
    expect(pending.failure!.detail).toContain('unsolicited');
    expect(await outcome({ ...r1, idp, sp, expectedRequestId: null })).toMatchObject({ failure: { code: 'SAML_IN_RESPONSE_TO_MISMATCH' } });
  });

  it('R13 SAML_SIGNATURE_INVALID: a tampered attribute, NameID, Destination or InResponseTo', async () => {
    const { idp, sp } = await okta();
    const tamper: [string, (xml: string) => string][] = [
      ['attribute', (x) => x.replace('>Hank Alvarez<', '>Mallory<')],
      ['email attribute', (x) => x.replace(/(<saml:Attribute Name="email"[^>]*><saml:AttributeValue[^>]*>)[^<]+/, '$1admin@globex.example')],
      ['NameID', (x) => x.replace(/(<saml:NameID[^>]*>)[^<]+/, '$1admin@globex.example')],
      ['Destination', (x) => x.replace(/Destination="[^"]+"/, 'Destination="http://127.0.0.1:4000/sso/saml/acs/agent"')],
      ['Response InResponseTo', (x) => x.replace(/(<samlp:Response[^>]*InResponseTo=")[^"]+/, '$1_forged')],
    ];
    for (const [what, change] of tamper) {
      const r = await spInitiated(idp, sp, 'user', HANK);
      const xml = decode(r.samlResponse);
      const changed = change(xml);
      expect(changed, what).not.toBe(xml);
      const out = await outcome({ ...r, samlResponse: encode(changed), idp, sp, expectedRequestId: r.requestId });
      expect(out, what).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
    }
  });

  it('R13 the connection\'s issuer must match; a connection without usable certificates refuses everything', async () => {
    const { idp, sp } = await okta();
    const r = await spInitiated(idp, sp, 'user', HANK);
    const wrongIssuer = await outcome({ ...r, idp: { ...idp, entityId: `${sb.url}/${SF_ORG}/saml` }, sp, expectedRequestId: r.requestId });
    expect(wrongIssuer).toMatchObject({ failure: { code: 'SAML_ISSUER_MISMATCH' } });
    expect(wrongIssuer.failure!.detail).toContain('Issuer');
    expect(await outcome({ ...r, idp: { ...idp, signingCertificates: ['not a certificate'] }, sp, expectedRequestId: r.requestId }))
      .toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 garbage in: empty, not base64, not XML, not a Response: a SignInError, never a bare Error', async () => {
    const { idp, sp } = await okta();
    for (const samlResponse of ['', '!!!!', encode('hello'), encode('<a/>'), encode('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"/>'), 'A'.repeat(400_000)]) {
      const out = await outcome({ samlResponse, acsUrl: sp.acsUrls.user, idp, sp, expectedRequestId: null });
      expect(out, samlResponse.slice(0, 30)).toMatchObject({ failure: { code: 'SAML_RESPONSE_MALFORMED' } });
    }
  });
});
