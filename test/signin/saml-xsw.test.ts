// SAML SP (issue 4, R13): hostile reshaping of genuine signed responses — XML signature
// wrapping (XSW) in several families, signatures pointing at other elements, DTD/XXE,
// comment-split NameIDs read whole, encrypted assertions refused clearly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import type { SamlIdpSettings, SamlSpSettings } from '../../src/signin/saml/settings.ts';
import { decode, encode, idOf, idpSettings, OKTA, outcome, registerSp, testSandbox, spInitiated, splitResponse, stripAssertionSignature, stripResponseSignature, type ObtainedResponse } from './saml-support.ts';

let sb: SandboxHandle;
let idp: SamlIdpSettings;
let sp: SamlSpSettings;
beforeAll(async () => {
  sb = await testSandbox();
  idp = await idpSettings(sb, OKTA);
  sp = await registerSp(sb, OKTA);
});
afterAll(async () => { await sb?.close(); });

const HANK = 'hank@globex.example';
const fresh = () => spInitiated(idp, sp, 'user', HANK);
const run = (r: ObtainedResponse, xml: string) => outcome({ ...r, samlResponse: encode(xml), idp, sp, expectedRequestId: r.requestId });

/** The attacker's assertion: the genuine one with NameID and email swapped for the admin's. */
const evil = (assertion: string, id?: string) => {
  let out = assertion.replaceAll(HANK, 'admin@globex.example');
  if (id) out = out.replace(/\sID="[^"]+"/, ` ID="${id}"`);
  return out;
};
const SIG = /<ds:Signature[\s>][\s\S]*?<\/ds:Signature>/;

describe('XML signature wrapping', () => {
  it('R13 XSW: the signed assertion hidden in Extensions, an unsigned forged assertion in its place', async () => {
    const r = await fresh();
    const { head, assertion, tail } = splitResponse(decode(r.samlResponse));
    const xml = head.replace('<samlp:Status>', `<samlp:Extensions>${assertion}</samlp:Extensions><samlp:Status>`) + evil(assertion, '_evil').replace(SIG, '') + tail;
    const out = await run(r, xml);
    expect(out).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
    expect(out.failure!.detail).toMatch(/signature wrapping/);
  });

  it('R13 XSW: a forged assertion with the SAME ID, the genuine one inside its Advice', async () => {
    const r = await fresh();
    const { head, assertion, tail } = splitResponse(stripResponseSignature(decode(r.samlResponse)));
    const forged = evil(assertion).replace(SIG, '').replace('</saml:Assertion>', `<saml:Advice>${assertion}</saml:Advice></saml:Assertion>`);
    const out = await run(r, head + forged + tail);
    expect(out).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 XSW: the genuine assertion inside the forged one\'s ds:Signature/ds:Object (signature kept)', async () => {
    const r = await fresh();
    const { head, assertion, tail } = splitResponse(stripResponseSignature(decode(r.samlResponse)));
    const sig = SIG.exec(assertion)![0];
    const wrappedSig = sig.replace('</ds:Signature>', `<ds:Object>${assertion.replace(SIG, '')}</ds:Object></ds:Signature>`);
    const forged = evil(assertion, '_evil').replace(SIG, wrappedSig);
    expect(await run(r, head + forged + tail)).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 XSW: a signature that references another element (the Response\'s signature moved onto a forged assertion)', async () => {
    const r = await fresh();
    const original = decode(r.samlResponse);
    const responseSig = SIG.exec(splitResponse(original).head)![0];
    const { head, assertion, tail } = splitResponse(stripAssertionSignature(stripResponseSignature(original)));
    const forged = evil(assertion).replace(/(<saml:Issuer>[^<]*<\/saml:Issuer>)/, `$1${responseSig}`);
    const out = await run(r, head + forged + tail);
    expect(out).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
    expect(out.failure!.detail).toMatch(/references/);
  });

  it('R13 XSW: the genuine signed Response nested inside a forged Response', async () => {
    const r = await fresh();
    const original = decode(r.samlResponse);
    const { head, assertion, tail } = splitResponse(stripResponseSignature(original));
    const forged = head.replace(/\sID="[^"]+"/, ' ID="_outer"') + evil(assertion, '_evil').replace(SIG, '')
      + `<samlp:Extensions>${original}</samlp:Extensions>` + tail;
    expect(await run(r, forged)).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 two assertions side by side (both genuine, from two sign-ins) are refused', async () => {
    const r1 = await fresh();
    const r2 = await fresh();
    const { head, assertion, tail } = splitResponse(decode(r1.samlResponse));
    const other = splitResponse(decode(r2.samlResponse)).assertion;
    expect(idOf(other)).not.toBe(idOf(assertion));
    expect(await run(r1, head + assertion + other + tail)).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });
});

describe('parser attacks and odd shapes', () => {
  it('R13 DTD / XXE: an external entity and an entity expansion bomb are refused before parsing', async () => {
    const r = await fresh();
    const xml = decode(r.samlResponse);
    const xxe = `<?xml version="1.0"?><!DOCTYPE samlp:Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${xml.replace('>Hank Alvarez<', '>&xxe;<')}`;
    const bomb = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${xml.replace('>Hank Alvarez<', '>&c;<')}`;
    for (const attack of [xxe, bomb]) {
      const out = await run(r, attack);
      expect(out).toMatchObject({ failure: { code: 'SAML_RESPONSE_MALFORMED' } });
      expect(out.failure!.detail).toMatch(/DTD/);
      expect(out.failure!.detail).not.toContain('root:');
    }
  });

  it('R13 a comment splitting the NameID does not truncate it: the whole signed value is read', async () => {
    const r = await fresh();
    const xml = decode(r.samlResponse).replace(/(<saml:NameID[^>]*>)hank@globex\.example/, '$1hank@globex<!--x-->.example');
    expect(xml).toContain('hank@globex<!--x-->.example');
    const out = await run(r, xml);
    expect(out).toMatchObject({ ok: { identity: { subject: 'hank@globex.example', email: 'hank@globex.example' } } });
  });

  it('R13 an encrypted assertion is refused, saying it is not supported', async () => {
    const r = await fresh();
    const { head, tail } = splitResponse(stripResponseSignature(decode(r.samlResponse)));
    const encrypted = '<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"><xenc:CipherData><xenc:CipherValue>AAAA</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></saml:EncryptedAssertion>';
    const out = await run(r, head + encrypted + tail);
    expect(out).toMatchObject({ failure: { code: 'SAML_ENCRYPTION_UNSUPPORTED' } });
    expect(out.failure!.detail).toMatch(/encrypted assertions are not supported/);
  });

  it('R13 a broken Response signature is not ignored because the Assertion signature holds', async () => {
    const r = await fresh();
    const xml = decode(r.samlResponse).replace(/IssueInstant="([^"]+)"/, (_m, v: string) => `IssueInstant="${v.replace(/\.\d+Z$/, '.999Z')}"`);
    expect(await run(r, xml)).toMatchObject({ failure: { code: 'SAML_SIGNATURE_INVALID' } });
  });

  it('R13 an unsigned response (both signatures stripped) is SAML_ASSERTION_UNSIGNED', async () => {
    const r = await fresh();
    expect(await run(r, stripAssertionSignature(stripResponseSignature(decode(r.samlResponse))))).toMatchObject({ failure: { code: 'SAML_ASSERTION_UNSIGNED' } });
  });
});
