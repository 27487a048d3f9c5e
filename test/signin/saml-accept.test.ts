// SAML SP (issue 4, R15): our AuthnRequest and metadata, and acceptance of real signed
// responses from the sandbox IdP (samlify), SP- and IdP-initiated, to both ACS URLs, with the
// identity each provider states.
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { buildAuthnRequest } from '../../src/signin/saml/authn-request.ts';
import type { SamlIdpSettings, SamlSpSettings } from '../../src/signin/saml/settings.ts';
import { spMetadataXml } from '../../src/signin/saml/sp-metadata.ts';
import { peekInResponseTo, validateSamlResponse } from '../../src/signin/saml/validate/index.ts';
import {
  admin, armScenario, decode, encode, ENTRA, GENERIC, idpInitiated, idpSettings, memoryReplayStore, OKTA, outcome, ownSigner, registerSp, testSandbox,
  SF_ORG, signResponse,
  spInitiated, stripAssertionSignature, stripResponseSignature,
} from './saml-support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });
afterEach(async () => { await admin(sb, 'DELETE', '/admin/scenarios'); });

const validate = (idp: SamlIdpSettings, sp: SamlSpSettings, r: { samlResponse: string; acsUrl: string; requestId: string | null }) =>
  validateSamlResponse({ samlResponse: r.samlResponse, acsUrl: r.acsUrl, idp, sp, expectedRequestId: r.requestId, claimAssertionId: memoryReplayStore().claimAssertionId });

describe('AuthnRequest and SP metadata', () => {
  it('R15 buildAuthnRequest: HTTP-Redirect (deflate + base64), fresh ID, ACS of the audience, HTTP-POST binding, RelayState', () => {
    const idp: SamlIdpSettings = { entityId: 'https://idp.example/e', ssoUrl: 'https://idp.example/sso?tenant=a&x=1', signingCertificates: [], provider: 'GENERIC' };
    const sp: SamlSpSettings = { entityId: 'https://cp.example/sso/saml/metadata/Acme', acsUrls: { user: 'https://cp.example/sso/saml/acs/user', agent: 'https://cp.example/sso/saml/acs/agent' } };
    const a = buildAuthnRequest(idp, sp, 'agent', 'state&1');
    const b = buildAuthnRequest(idp, sp, 'user', 's');
    expect(a.requestId).toMatch(/^_[0-9a-f]{32}$/);
    expect(b.requestId).not.toBe(a.requestId);
    const url = new URL(a.redirectUrl);
    expect(url.origin + url.pathname).toBe('https://idp.example/sso');
    expect(url.searchParams.get('tenant')).toBe('a');
    expect(url.searchParams.get('RelayState')).toBe('state&1');
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest')!, 'base64')).toString('utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const root = doc.documentElement!;
    expect(root.localName).toBe('AuthnRequest');
    expect(root.getAttribute('ID')).toBe(a.requestId);
    expect(root.getAttribute('AssertionConsumerServiceURL')).toBe(sp.acsUrls.agent);
    expect(root.getAttribute('ProtocolBinding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(root.getAttribute('Destination')).toBe(idp.ssoUrl);
    expect(Math.abs(Date.parse(root.getAttribute('IssueInstant')!) - Date.now())).toBeLessThan(5_000);
    expect(xml).toContain(`<saml:Issuer>${sp.entityId}</saml:Issuer>`);
  });

  it('R15 R18 spMetadataXml: both ACS URLs (0 user default, 1 agent), WantAssertionsSigned, well-formed', () => {
    const sp: SamlSpSettings = { entityId: 'https://cp.example/sso/saml/metadata/A&B', acsUrls: { user: 'https://cp.example/acs/user', agent: 'https://cp.example/acs/agent' } };
    const xml = spMetadataXml(sp);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.documentElement!.getAttribute('entityID')).toBe(sp.entityId);
    const acs = Array.from(doc.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:metadata', 'AssertionConsumerService'));
    expect(acs.map((e) => [e.getAttribute('index'), e.getAttribute('Location'), e.hasAttribute('isDefault') ? e.getAttribute('isDefault') : null])).toEqual([
      ['0', sp.acsUrls.user, 'true'], ['1', sp.acsUrls.agent, null],
    ]);
    expect(xml).toContain('WantAssertionsSigned="true"');
  });
});

describe('accepted responses (real sandbox, samlify-signed)', () => {
  it('R15 SP-initiated to the user ACS and to the agent ACS', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    for (const audience of ['user', 'agent'] as const) {
      const r = await spInitiated(idp, sp, audience, 'hank@globex.example', `relay-${audience}`);
      expect(r.acsUrl).toBe(sp.acsUrls[audience]);
      expect(r.relayState).toBe(`relay-${audience}`);
      expect(peekInResponseTo(r.samlResponse)).toBe(r.requestId);
      const out = await validate(idp, sp, r);
      expect(out.inResponseTo).toBe(r.requestId);
      expect(out.assertionId).toMatch(/^_/);
      expect(out.identity).toMatchObject({ provider: 'OKTA', protocol: 'SAML', issuer: idp.entityId, subject: 'hank@globex.example' });
    }
  });

  it('R15 IdP-initiated (no pending request): accepted with expectedRequestId null, to either ACS', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    for (const audience of ['user', 'agent'] as const) {
      const r = await idpInitiated(sb, OKTA, sp, audience, 'hank@globex.example');
      expect(peekInResponseTo(r.samlResponse)).toBeNull();
      const out = await validate(idp, sp, r);
      expect(out.inResponseTo).toBeNull();
      expect(out.identity.subject).toBe('hank@globex.example');
    }
  });

  it('R15 identity from Okta (globex): login, email, Okta user id, display name', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    const out = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'hank@globex.example'));
    expect(out.identity).toEqual({
      provider: 'OKTA', protocol: 'SAML', issuer: idp.entityId, subject: 'hank@globex.example',
      username: 'hank@globex.example', email: 'hank@globex.example', externalId: '00u1hank', displayName: 'Hank Alvarez',
    });
  });

  it('R15 R06 R08 identity from Salesforce: username, email, verification, user id and org id', async () => {
    const idp = await idpSettings(sb, SF_ORG);
    const sp = await registerSp(sb, SF_ORG);
    const out = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'sally@acme.example'));
    expect(out.identity).toEqual({
      provider: 'SALESFORCE', protocol: 'SAML', issuer: idp.entityId, subject: 'sally@acme.example', username: 'sally@acme.example',
      email: 'sally@acme.example', emailVerified: true, externalId: '005000000000002AAA', displayName: 'Sally Okafor', salesforceOrgId: '00D000000000001AAA',
    });
    const uma = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'uma@acme.example'));
    expect(uma.identity.emailVerified).toBe(false);
    await armScenario(sb, { code: 'SALESFORCE_ORG_NOT_LINKED', org: SF_ORG, person: 'sally@acme.example' });
    const other = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'sally@acme.example'));
    expect(other.identity.salesforceOrgId).toBe('00D000000000002BBB');
  });

  it('R15 R09 identity from Microsoft Entra ID: claim URIs, tenant, object id; no email when Entra has none', async () => {
    const idp = await idpSettings(sb, ENTRA);
    const sp = await registerSp(sb, ENTRA);
    const megan = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'megan@contoso.example'));
    expect(megan.identity).toEqual({
      provider: 'MICROSOFT', protocol: 'SAML', issuer: idp.entityId, subject: 'megan@contoso.example', username: 'megan@contoso.example',
      email: 'megan@contoso.example', externalId: 'a1a1a1a1-0000-4000-8000-000000000002', displayName: 'Megan Bowen',
      entraTenantId: '11111111-2222-4333-8444-555555555555',
    });
    const adele = await validate(idp, sp, await spInitiated(idp, sp, 'agent', 'adele@contoso.example'));
    expect(adele.identity.email).toBeUndefined();
    expect(adele.identity.username).toBe('adele@contoso.example');
    await armScenario(sb, { code: 'MICROSOFT_NO_EMAIL', org: ENTRA, person: 'megan@contoso.example' });
    const noEmail = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'megan@contoso.example'));
    expect(noEmail.identity.email).toBeUndefined();
    expect(noEmail.identity.username).toBe('megan@contoso.example');
  });

  it('R15 generic IdP with the sandbox default attributes; a persistent NameID is the external ID', async () => {
    const idp = await idpSettings(sb, GENERIC);
    const sp = await registerSp(sb, GENERIC);
    const tess = await validate(idp, sp, await spInitiated(idp, sp, 'user', 'tess'));
    expect(tess.identity).toMatchObject({ provider: 'GENERIC', subject: 'tess@generic.example', username: 'tess', email: 'tess@generic.example', displayName: 'Tess Nakamura' });
    const persistentSp = await registerSp(sb, OKTA, { nameIdFormat: 'persistent', attributes: { mail: 'email' } });
    const okta = await idpSettings(sb, OKTA);
    const p = await validate(okta, persistentSp, await spInitiated(okta, persistentSp, 'user', 'hank@globex.example'));
    expect(p.identity).toMatchObject({ subject: '00u1hank', externalId: '00u1hank', email: 'hank@globex.example' });
    expect(p.identity.username).toBeUndefined();
  });

  it('R15 signed Assertion alone, or signed Response alone (covering the Assertion), is accepted', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    const r1 = await spInitiated(idp, sp, 'user', 'hank@globex.example');
    const onlyAssertion = { ...r1, samlResponse: encode(stripResponseSignature(decode(r1.samlResponse))) };
    expect((await validate(idp, sp, onlyAssertion)).identity.subject).toBe('hank@globex.example');
    // samlify signs both; a Response-only signature comes from our own signer, trusted by a connection holding its certificate.
    const own = await ownSigner();
    const r2 = await spInitiated(idp, sp, 'user', 'hank@globex.example');
    const responseOnly = signResponse(stripResponseSignature(stripAssertionSignature(decode(r2.samlResponse))), own);
    expect(responseOnly.match(/<ds:Signature[ >]/g)).toHaveLength(1);
    const trustingOwn = { ...idp, signingCertificates: [own.certPem] };
    expect(await outcome({ ...r2, samlResponse: encode(responseOnly), idp: trustingOwn, sp, expectedRequestId: r2.requestId }))
      .toMatchObject({ ok: { identity: { subject: 'hank@globex.example' } } });
    // …and the same message is refused by the real connection, whose certificates did not sign it.
    expect(await outcome({ ...r2, samlResponse: encode(responseOnly), idp, sp, expectedRequestId: r2.requestId }))
      .toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 a clock skew within the allowance is tolerated (IdP 30 s ahead, default 60 s skew)', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    await armScenario(sb, { code: 'SAML_ASSERTION_EXPIRED', org: OKTA, skewSeconds: 30 });
    const r = await spInitiated(idp, sp, 'user', 'hank@globex.example');
    expect(await outcome({ ...r, idp, sp, expectedRequestId: r.requestId })).toHaveProperty('ok');
  });

  it('R15 peekInResponseTo reads without trust and never throws', () => {
    expect(peekInResponseTo('')).toBeNull();
    expect(peekInResponseTo('%%%not base64')).toBeNull();
    expect(peekInResponseTo(encode('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" InResponseTo="_abc"/>'))).toBe('_abc');
    expect(peekInResponseTo(encode('<Response ID="_1"><x InResponseTo="_no"/></Response>'))).toBeNull();
  });
});
