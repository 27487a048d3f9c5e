// The sandbox's SAML IdPs (samlify) against an SP built with another library
// (@node-saml/node-saml), trusting the IdP certificates read from the sandbox metadata.
import { X509Certificate } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { SAML } from '@node-saml/node-saml';
import { generate } from 'selfsigned';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { autoPostForm } from '../support/saml-form.ts';
import {
  admin, armScenario, certsFromMetadata, decodeSamlResponse, ENTRA, OKTA, SF_ORG, samlBase, samlHeadless, samlSp, testSandbox,
} from './support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });
afterEach(async () => { await admin(sb, 'DELETE', '/admin/scenarios'); });

const arm = (body: Record<string, unknown>) => armScenario(sb, body);

describe('SAML IdP: metadata and sign-in', () => {
  it('R15 R18 publishes metadata with entity ID, SSO URL, its valid signing certificate and its retired, expired one', async () => {
    const xml = await (await fetch(`${samlBase(sb, OKTA)}/metadata`)).text();
    expect(xml).toContain(`entityID="${sb.url}/okta/globex/saml"`);
    expect(xml).toContain(`Location="${sb.url}/okta/globex/saml/sso"`);
    expect(xml).toContain('urn:oasis:names:tc:SAML:2.0:nameid-format:persistent');
    const certs = certsFromMetadata(xml);
    expect(certs).toHaveLength(2);
    const validTo = certs.map((c) => new Date(new X509Certificate(Buffer.from(c, 'base64')).validTo));
    expect(validTo.map((t) => t > new Date())).toEqual([true, false]);
  });

  it('R14 R15 SP-initiated headless sign-in: node-saml accepts the signed response, NameID and attributes', async () => {
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    expect(out.status).toBe(200);
    expect(out.action).toBe(sp.acsUser);
    expect(out.RelayState).toBe('relay-123');
    const xml = decodeSamlResponse(out.SAMLResponse!);
    expect(xml.match(/<ds:Signature[ >]/g)).toHaveLength(2);
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile).toMatchObject({
      issuer: `${sb.url}/okta/globex/saml`,
      nameID: 'hank@globex.example',
      nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      email: 'hank@globex.example',
    });
  });

  it('R15 persistent NameID carries the external ID; custom attribute mapping', async () => {
    const sp = await samlSp(sb, OKTA, { nameIdFormat: 'persistent', attributes: { mail: 'email', externalId: 'externalId', memberOf: 'groups' } });
    const out = await samlHeadless(sp, 'hank@globex.example');
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile).toMatchObject({ nameID: '00u1hank', mail: 'hank@globex.example', externalId: '00u1hank', memberOf: ['Everyone', 'Agents'] });
  });

  it('R15 IdP-initiated sign-in to the agent ACS, accepted without InResponseTo', async () => {
    const sp = await samlSp(sb, OKTA, { idpInitiated: true });
    const res = await fetch(`${samlBase(sb, OKTA)}/idp-initiated?sp=${encodeURIComponent(sp.entityId)}&acs=agent&login_hint=hank@globex.example&RelayState=go`);
    const out = autoPostForm(await res.text());
    expect(out.action).toBe(sp.acsAgent);
    expect(decodeSamlResponse(out.SAMLResponse!)).not.toContain('InResponseTo');
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile?.nameID).toBe('hank@globex.example');
  });

  it('R15 IdP-initiated sign-in posts the RelayState it was given, verbatim, headless and through the login page; none when none was given', async () => {
    const sp = await samlSp(sb, OKTA, { idpInitiated: true });
    const relayState = '/admin/reports?tab=1&x="y"';
    const base = `${samlBase(sb, OKTA)}/idp-initiated?sp=${encodeURIComponent(sp.entityId)}&acs=user`;
    const headless = autoPostForm(await (await fetch(`${base}&login_hint=hank@globex.example&RelayState=${encodeURIComponent(relayState)}`)).text());
    expect(headless.RelayState).toBe(relayState);
    const page = await (await fetch(`${base}&RelayState=${encodeURIComponent(relayState)}`)).text();
    const pending = /name="pending" value="([^"]+)"/.exec(page)![1]!;
    const res = await fetch(`${samlBase(sb, OKTA)}/sso/login`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `pending=${pending}&typed=hank%40globex.example&login=`,
    });
    expect(autoPostForm(await res.text()).RelayState).toBe(relayState);
    expect(autoPostForm(await (await fetch(`${base}&login_hint=hank@globex.example`)).text()).RelayState).toBeUndefined();
  });

  it('R15 human path: the SSO URL without sandbox_auto shows the login page; the form answers with the POST form', async () => {
    const sp = await samlSp(sb, SF_ORG);
    const url = await sp.saml.getAuthorizeUrlAsync('rs', undefined, {});
    const page = await (await fetch(url)).text();
    expect(page).toContain('TEST IdP');
    expect(page).toContain('sally@acme.example');
    const pending = /name="pending" value="([^"]+)"/.exec(page)![1]!;
    const res = await fetch(`${samlBase(sb, SF_ORG)}/sso/login`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `pending=${pending}&typed=sally%40acme.example&login=`,
    });
    const out = autoPostForm(await res.text());
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile?.nameID).toBe('sally@acme.example');
    expect(out.RelayState).toBe('rs');
  });

  it('the demo fixture registers the GlobexContact SP of the control plane', async () => {
    const sps = await admin(sb, 'GET', `/admin/sps?org=${OKTA}`);
    expect(sps.body[0]).toMatchObject({
      entityId: 'http://127.0.0.1:4000/sso/saml/metadata/GlobexContact',
      acsUrls: ['http://127.0.0.1:4000/sso/saml/acs/user', 'http://127.0.0.1:4000/sso/saml/acs/agent'],
    });
  });
});

describe('SAML IdP: AuthnRequests it refuses', () => {
  const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
  const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
  const send = async (xml: string | Buffer) => {
    const raw = typeof xml === 'string' ? deflateRawSync(Buffer.from(xml)) : xml;
    const response = await fetch(`${samlBase(sb, OKTA)}/sso?SAMLRequest=${encodeURIComponent(raw.toString('base64'))}&sandbox_auto=1`, { redirect: 'manual' });
    return { status: response.status, text: await response.text() };
  };
  const request = (attrs: string, children: string) => `<samlp:AuthnRequest xmlns:samlp="${PROTOCOL}" xmlns:saml="${ASSERTION}" Version="2.0" ${attrs}>${children}</samlp:AuthnRequest>`;

  it('answers 400, naming the problem, for input that is not a deflated AuthnRequest with an ID and an Issuer', async () => {
    expect(await send(Buffer.from('not deflated'))).toEqual({ status: 400, text: 'SAMLRequest is not base64 of a deflated AuthnRequest' });
    expect(await send('<samlp:AuthnRequest xmlns:samlp="urn:x"><unclosed></samlp:AuthnRequest>')).toMatchObject({ status: 400, text: expect.stringMatching(/^SAMLRequest refused: not well-formed XML/) });
    expect(await send(`<!DOCTYPE r [<!ENTITY e "x">]>${request('ID="_a"', '<saml:Issuer>&e;</saml:Issuer>')}`)).toMatchObject({ status: 400, text: expect.stringContaining('DTD') });
    const notAnAuthnRequest = { status: 400, text: 'not an AuthnRequest with an ID and an Issuer' };
    expect(await send(request('', '<saml:Issuer>https://sp.example</saml:Issuer>'))).toEqual(notAnAuthnRequest);
    expect(await send(request('ID="_a"', ''))).toEqual(notAnAuthnRequest);
    expect(await send(`<samlp:LogoutRequest xmlns:samlp="${PROTOCOL}" xmlns:saml="${ASSERTION}" ID="_a"><saml:Issuer>https://sp.example</saml:Issuer></samlp:LogoutRequest>`)).toEqual(notAnAuthnRequest);
    // The Issuer must be the AuthnRequest's own child, not one buried deeper.
    expect(await send(request('ID="_a"', `<samlp:Extensions><saml:Issuer>https://sp.example</saml:Issuer></samlp:Extensions>`))).toEqual(notAnAuthnRequest);
  });

  it('reads the ID, Issuer, ACS URL and NameIDPolicy of a well-formed request (an unknown SP is then named)', async () => {
    const xml = request('ID="_req1" AssertionConsumerServiceURL="https://sp.example/acs"', '<saml:Issuer> https://unknown-sp.example </saml:Issuer><samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"/>');
    expect(await send(xml)).toEqual({ status: 400, text: `SP https://unknown-sp.example is not registered at ${OKTA}: register it through the admin API` });
  });
});

describe('SAML scenarios', () => {
  it('R31 SAML_SIGNATURE_INVALID (wrong key): signed by a key not in metadata, node-saml rejects', async () => {
    const s = await arm({ code: 'SAML_SIGNATURE_INVALID', org: OKTA });
    expect(s.expected).toEqual({ oidc: 'OIDC_TOKEN_INVALID', saml: 'SAML_SIGNATURE_INVALID' });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    const keyInfoCert = /<ds:X509Certificate>([^<]+)</.exec(decodeSamlResponse(out.SAMLResponse!))![1]!;
    expect(certsFromMetadata(sp.metadata)).not.toContain(keyInfoCert);
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/signature/i);
  });

  it('R31 SAML_CERTIFICATE_EXPIRED: signed with an expired certificate that the metadata also publishes; the SP rejects', async () => {
    await arm({ code: 'SAML_CERTIFICATE_EXPIRED', org: OKTA });
    const sp = await samlSp(sb, OKTA);
    const published = certsFromMetadata(sp.metadata);
    expect(published).toHaveLength(2);
    const out = await samlHeadless(sp, 'hank@globex.example');
    const keyInfoCert = /<ds:X509Certificate>([^<]+)</.exec(decodeSamlResponse(out.SAMLResponse!))![1]!;
    expect(published).toContain(keyInfoCert);
    expect(new Date(new X509Certificate(Buffer.from(keyInfoCert, 'base64')).validTo) < new Date()).toBe(true);
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/signature/i);
  });

  it('R31 SAML_ASSERTION_UNSIGNED: no signature anywhere, node-saml rejects', async () => {
    await arm({ code: 'SAML_ASSERTION_UNSIGNED', person: 'hank@globex.example' });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    expect(decodeSamlResponse(out.SAMLResponse!)).not.toContain('Signature');
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/signature/i);
  });

  it('R31 SAML_ASSERTION_EXPIRED (clock skew into the past): NotOnOrAfter has passed, node-saml rejects', async () => {
    await arm({ code: 'SAML_ASSERTION_EXPIRED', org: OKTA, skewSeconds: -3600 });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    const notOnOrAfter = /Conditions NotBefore="[^"]+" NotOnOrAfter="([^"]+)"/.exec(decodeSamlResponse(out.SAMLResponse!))![1]!;
    expect(new Date(notOnOrAfter) < new Date()).toBe(true);
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/expired|NotOnOrAfter|subject confirmation/i);
  });

  it('R31 SAML_ASSERTION_EXPIRED (clock skew into the future): NotBefore is ahead, node-saml rejects', async () => {
    await arm({ code: 'SAML_ASSERTION_EXPIRED', org: OKTA, skewSeconds: 3600 });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    const notBefore = /Conditions NotBefore="([^"]+)"/.exec(decodeSamlResponse(out.SAMLResponse!))![1]!;
    expect(new Date(notBefore) > new Date()).toBe(true);
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/not yet valid|NotBefore/i);
  });

  it('R31 SAML_AUDIENCE_MISMATCH: the assertion names another audience, node-saml rejects', async () => {
    await arm({ code: 'SAML_AUDIENCE_MISMATCH', org: OKTA });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    expect(decodeSamlResponse(out.SAMLResponse!)).toContain('<saml:Audience>https://sp.elsewhere.example/not-you</saml:Audience>');
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/audience/i);
  });

  it('R13 R31 SAML_ASSERTION_REPLAYED is refused at arm time while nothing in scope was delivered (422, typed)', async () => {
    const sp = await samlSp(sb, OKTA);
    const refused = await admin(sb, 'POST', '/admin/scenarios', { code: 'SAML_ASSERTION_REPLAYED', client: sp.entityId });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'SCENARIO_NOTHING_TO_REPLAY', failureCode: 'SAML_ASSERTION_REPLAYED', reason: expect.stringMatching(/sign in once/) });
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
  });

  it('R13 R31 SAML_ASSERTION_REPLAYED resends the previous response byte for byte to the same ACS; node-saml refuses it', async () => {
    const sp = await samlSp(sb, OKTA);
    const first = await samlHeadless(sp, 'hank@globex.example', 'first-relay');
    await sp.saml.validatePostResponseAsync({ SAMLResponse: first.SAMLResponse! });
    const armed = await arm({ code: 'SAML_ASSERTION_REPLAYED', client: sp.entityId });
    expect(armed.expected).toEqual({ saml: 'SAML_ASSERTION_REPLAYED' });
    const again = await samlHeadless(sp, 'hank@globex.example', 'second-relay');
    expect(again.SAMLResponse).toBe(first.SAMLResponse);
    expect(again.action).toBe(first.action);
    expect(again.RelayState).toBe('first-relay');
    // The SP consumed that request the first time: a stock SP that tracks InResponseTo refuses the replay.
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: again.SAMLResponse! })).rejects.toThrow(/InResponseTo/);
    const history = await admin(sb, 'GET', `/admin/login-history?org=${OKTA}&application=${encodeURIComponent(`Test SP ${sp.entityId.match(/sp-(\d+)/)![1]}`)}`);
    expect(history.body[0]).toMatchObject({ protocol: 'saml', status: 'Success', scenario: 'SAML_ASSERTION_REPLAYED' });
  });

  it('R31 SAML_ASSERTION_REPLAYED: a person with nothing delivered yet gets a fresh response and the scenario is not spent; their next sign-in replays it', async () => {
    const sp = await samlSp(sb, OKTA);
    await samlHeadless(sp, 'hank@globex.example');
    const armed = await arm({ code: 'SAML_ASSERTION_REPLAYED', client: sp.entityId, once: true });
    const fresh = await samlHeadless(sp, 'admin@globex.example');
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: fresh.SAMLResponse! });
    expect(profile?.nameID).toBe('admin@globex.example');
    expect(decodeSamlResponse(fresh.SAMLResponse!)).not.toContain('sandbox_scenario');
    expect((await admin<{ id: string }[]>(sb, 'GET', '/admin/scenarios')).body.map((s) => s.id)).toEqual([armed.id]);
    const replayed = await samlHeadless(sp, 'admin@globex.example');
    expect(replayed.SAMLResponse).toBe(fresh.SAMLResponse);
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
  });

  it('R13 R31 SAML_ENCRYPTION_UNSUPPORTED: an EncryptedAssertion to a stand-in certificate when the SP registered none; once spent, the next response is plain', async () => {
    const s = await arm({ code: 'SAML_ENCRYPTION_UNSUPPORTED', org: OKTA, once: true });
    expect(s.expected).toEqual({ saml: 'SAML_ENCRYPTION_UNSUPPORTED' });
    const sp = await samlSp(sb, OKTA);
    const xml = decodeSamlResponse((await samlHeadless(sp, 'hank@globex.example')).SAMLResponse!);
    expect(xml).toMatch(/<saml:EncryptedAssertion[ >]/);
    expect(xml).not.toMatch(/<saml:Assertion[ >]/);
    expect(xml).not.toContain('hank@globex.example');
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: (await samlHeadless(sp, 'hank@globex.example')).SAMLResponse! })).resolves.toBeTruthy();
  });

  it('R31 SAML_ENCRYPTION_UNSUPPORTED is honest encryption: an SP that registered its encryption certificate decrypts and validates it (node-saml)', async () => {
    const spKeys = await generate([{ name: 'commonName', value: 'third-party SP encryption' }], { keySize: 2048, algorithm: 'sha256' });
    const entityId = 'https://decrypting-sp.test.example/saml/metadata';
    const acs = 'http://127.0.0.1:9/decrypting/acs';
    expect((await admin(sb, 'POST', '/admin/sps', { org: OKTA, entityId, acsUrls: [acs], encryptionCert: spKeys.cert })).status).toBe(201);
    await arm({ code: 'SAML_ENCRYPTION_UNSUPPORTED', client: entityId });
    const metadata = await (await fetch(`${samlBase(sb, OKTA)}/metadata`)).text();
    const saml = new SAML({
      entryPoint: `${samlBase(sb, OKTA)}/sso`, issuer: entityId, callbackUrl: acs, audience: entityId,
      idpCert: certsFromMetadata(metadata).map((c) => `-----BEGIN CERTIFICATE-----\n${c}\n-----END CERTIFICATE-----`),
      decryptionPvk: spKeys.private, wantAssertionsSigned: true, wantAuthnResponseSigned: true,
    });
    const url = new URL(await saml.getAuthorizeUrlAsync('', undefined, {}));
    url.searchParams.set('login_hint', 'hank@globex.example');
    url.searchParams.set('sandbox_auto', '1');
    const form = autoPostForm(await (await fetch(url)).text());
    expect(decodeSamlResponse(form.SAMLResponse!)).toMatch(/<saml:EncryptedAssertion[ >]/);
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: form.SAMLResponse! });
    expect(profile).toMatchObject({ nameID: 'hank@globex.example', sandbox_scenario: 'SAML_ENCRYPTION_UNSUPPORTED' });
  });

  it('R12 R31 IDP_ACCESS_DENIED: a signed Responder/RequestDenied response, node-saml reports the status', async () => {
    await arm({ code: 'IDP_ACCESS_DENIED', org: OKTA, once: true });
    const sp = await samlSp(sb, OKTA);
    const out = await samlHeadless(sp, 'hank@globex.example');
    await expect(sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! })).rejects.toThrow(/RequestDenied|Responder/);
    const history = await admin(sb, 'GET', `/admin/login-history?org=${OKTA}`);
    expect(history.body[0]).toMatchObject({ protocol: 'saml', status: 'Failed: Access Denied' });
  });

  it('R09 R31 MICROSOFT_NO_EMAIL on the Entra SAML IdP: no email attribute, NameID falls back to the UPN', async () => {
    await arm({ code: 'MICROSOFT_NO_EMAIL', org: ENTRA });
    const sp = await samlSp(sb, ENTRA);
    const out = await samlHeadless(sp, 'megan@contoso.example');
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile).not.toHaveProperty('email');
    expect(profile).toMatchObject({ nameID: 'megan@contoso.example', username: 'megan@contoso.example' });
  });

  it('R07 R31 SALESFORCE_WRONG_ORG on the Salesforce SAML IdP: the org attribute names the other org', async () => {
    await arm({ code: 'SALESFORCE_WRONG_ORG', org: SF_ORG, otherOrg: 'salesforce/00D000000000002BBB' });
    const sp = await samlSp(sb, SF_ORG, { attributes: { email: 'email', organization_id: 'orgId', email_verified: 'emailVerified' } });
    const out = await samlHeadless(sp, 'sally@acme.example');
    const { profile } = await sp.saml.validatePostResponseAsync({ SAMLResponse: out.SAMLResponse! });
    expect(profile).toMatchObject({ organization_id: '00D000000000002BBB', email_verified: 'true' });
  });

  it('R31 IDP_UNAVAILABLE down: the SSO URL answers 5xx, a bare request to it and the metadata too', async () => {
    await arm({ code: 'IDP_UNAVAILABLE', org: OKTA, behaviour: 'down', status: 500 });
    const sp = await samlSp(sb, OKTA);
    expect((await samlHeadless(sp, 'hank@globex.example')).status).toBe(500);
    expect((await fetch(`${samlBase(sb, OKTA)}/sso`)).status).toBe(500);
    expect((await fetch(`${samlBase(sb, OKTA)}/metadata`)).status).toBe(500);
  });

  it('R31 IDP_UNAVAILABLE slow: the SSO URL answers only after the delay', async () => {
    await arm({ code: 'IDP_UNAVAILABLE', org: OKTA, behaviour: 'slow', delayMs: 300 });
    const sp = await samlSp(sb, OKTA);
    const started = performance.now();
    const out = await samlHeadless(sp, 'hank@globex.example');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(out.SAMLResponse).toBeTruthy();
  });
});
