// Signatures as real IdPs make them (issue 14), checked differentially: every shape below
// is signed by xml-crypto (an independent XML-DSig implementation) and verified both by
// xml-crypto and by the product's verifier (src/signin/saml/xml/xmldsig.ts); the two must
// agree that it verifies, and every one-character change inside the signed element must
// be refused by both. Shapes: Response-signed, Assertion-signed and both; exclusive C14N
// with and without an InclusiveNamespaces PrefixList; inclusive C14N; a `ds:` prefix or
// an unprefixed default dsig namespace (.NET / WIF-style signers); the dsig namespace
// declared on the root; the SAML protocol namespace as the default namespace.
import { describe, expect, it } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { parseXml } from '../../common/xml/dom.ts';
import { trustedCertificate } from '../../src/signin/saml/certificates.ts';
import { verifyEnvelopedSignature } from '../../src/signin/saml/xml/xmldsig.ts';
import type { SigningMaterial } from '../../sandbox/keys/keys.ts';
import { ownSigner } from './saml-support.ts';

const DSIG = 'http://www.w3.org/2000/09/xmldsig#';
const C14N = { exclusive: 'http://www.w3.org/2001/10/xml-exc-c14n#', inclusive: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315' } as const;
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

interface Shape {
  name: string;
  /** Which elements carry a signature; when both, the Assertion is signed first (as IdPs do). */
  signs: ('Assertion' | 'Response')[];
  c14n: keyof typeof C14N;
  prefixList?: string[];
  /** '' = unprefixed, default-namespace Signature. */
  dsPrefix: 'ds' | '';
  /** xmlns:ds declared on the Response root (and so in scope of every Signature). */
  dsOnRoot?: boolean;
  /** The protocol namespace unprefixed on the Response (samlp as the default namespace). */
  defaultProtocolNs?: boolean;
}

const SHAPES: Shape[] = [
  { name: 'Okta: Response and Assertion signed, exclusive C14N, ds prefix', signs: ['Assertion', 'Response'], c14n: 'exclusive', dsPrefix: 'ds' },
  { name: 'Google Workspace: Response signed only, exclusive C14N, ds prefix', signs: ['Response'], c14n: 'exclusive', dsPrefix: 'ds' },
  { name: 'OneLogin: Assertion signed, exclusive C14N with an InclusiveNamespaces PrefixList (xs)', signs: ['Assertion'], c14n: 'exclusive', prefixList: ['xs'], dsPrefix: 'ds' },
  { name: 'AD FS / Entra (.NET): Assertion signed, exclusive C14N, unprefixed dsig default namespace', signs: ['Assertion'], c14n: 'exclusive', dsPrefix: '' },
  { name: 'WIF-style: Assertion signed, inclusive C14N, unprefixed dsig default namespace', signs: ['Assertion'], c14n: 'inclusive', dsPrefix: '' },
  { name: 'inclusive C14N, Response signed, unprefixed dsig and unprefixed protocol namespace', signs: ['Response'], c14n: 'inclusive', dsPrefix: '', defaultProtocolNs: true },
  { name: 'Shibboleth: Assertion signed, exclusive C14N, dsig declared on the root', signs: ['Assertion'], c14n: 'exclusive', dsPrefix: 'ds', dsOnRoot: true },
  { name: 'SimpleSAMLphp: Response and Assertion signed, inclusive C14N, ds prefix', signs: ['Assertion', 'Response'], c14n: 'inclusive', dsPrefix: 'ds' },
  { name: 'inclusive C14N, Assertion signed, dsig declared on the root', signs: ['Assertion'], c14n: 'inclusive', dsPrefix: 'ds', dsOnRoot: true },
];

function unsignedResponse(shape: Shape): string {
  const now = new Date();
  const later = new Date(now.getTime() + 300_000).toISOString();
  const p = shape.defaultProtocolNs ? '' : 'samlp:';
  const protocolNs = shape.defaultProtocolNs ? 'xmlns="urn:oasis:names:tc:SAML:2.0:protocol"' : 'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"';
  const ds = shape.dsOnRoot ? ` xmlns:ds="${DSIG}"` : '';
  return `<${p}Response ${protocolNs} xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"${ds} ID="_resp1" Version="2.0" IssueInstant="${now.toISOString()}" Destination="https://sp.example/acs">`
    + `<saml:Issuer>https://idp.example/</saml:Issuer>`
    + `<${p}Status><${p}StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></${p}Status>`
    + `<saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="_assert1" Version="2.0" IssueInstant="${now.toISOString()}">`
    + `<saml:Issuer>https://idp.example/</saml:Issuer>`
    + `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">sally@acme.example</saml:NameID></saml:Subject>`
    + `<saml:Conditions NotBefore="${now.toISOString()}" NotOnOrAfter="${later}"><saml:AudienceRestriction><saml:Audience>https://sp.example/</saml:Audience></saml:AudienceRestriction></saml:Conditions>`
    + `<saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue xsi:type="xs:string">sally@acme.example</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`
    + `</saml:Assertion></${p}Response>`;
}

const xpathOf = (element: 'Assertion' | 'Response') => (element === 'Response' ? "/*[local-name(.)='Response']" : "//*[local-name(.)='Assertion']");
const issuerOf = (element: 'Assertion' | 'Response') => `${xpathOf(element)}/*[local-name(.)='Issuer']`;

function sign(xml: string, element: 'Assertion' | 'Response', shape: Shape, key: SigningMaterial): string {
  const c14n = C14N[shape.c14n];
  const signer = new SignedXml({ privateKey: key.privateKey, publicCert: key.certPem, signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', canonicalizationAlgorithm: c14n, inclusiveNamespacesPrefixList: shape.prefixList });
  signer.addReference({ xpath: xpathOf(element), transforms: [ENVELOPED, c14n], digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256', inclusiveNamespacesPrefixList: shape.prefixList });
  signer.computeSignature(xml, { prefix: shape.dsPrefix || undefined, location: { reference: issuerOf(element), action: 'after' } });
  return signer.getSignedXml();
}

function signatureOf(doc: Document, element: 'Assertion' | 'Response'): { target: Element; signature: Element } {
  const target = (element === 'Response' ? doc.documentElement : doc.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Assertion').item(0))!;
  const signature = Array.from(target.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'Signature' && (n as Element).namespaceURI === DSIG)!;
  return { target, signature };
}

/** The product's verdict on every signature of `xml`. */
function ours(xml: string, shape: Shape, certPem: string): boolean {
  const doc = parseXml(xml);
  const trusted = [trustedCertificate(certPem)!];
  return shape.signs.every((element) => {
    const { target, signature } = signatureOf(doc, element);
    return Boolean(signature) && verifyEnvelopedSignature(target, signature, trusted, new Date()).ok;
  });
}

/**
 * xml-crypto's verdict on every signature of `xml`. Each is judged in the document without
 * the other signature: xml-crypto's inclusive C14N takes the namespaces in scope of the
 * document's FIRST SignedInfo for every signature, so with two signatures it misjudges the
 * inner one. The Assertion's is judged without the Response's Signature, which lies outside
 * the Assertion (a sibling, no ancestor): nothing the Assertion's signature covers changes.
 */
function theirs(xml: string, shape: Shape, certPem: string): boolean {
  return shape.signs.every((element) => {
    const doc = parseXml(xml);
    if (element === 'Assertion' && shape.signs.includes('Response')) {
      const outer = signatureOf(doc, 'Response');
      outer.target.removeChild(outer.signature);
    }
    const { signature } = signatureOf(doc, element);
    if (!signature) return false;
    const verifier = new SignedXml({ publicCert: certPem });
    verifier.loadSignature(signature);
    try {
      return verifier.checkSignature(doc.toString());
    } catch {
      return false;
    }
  });
}

/** One-character changes inside the signed element: each text node and attribute value, changed in one place. */
function tamperings(xml: string, element: 'Assertion' | 'Response'): string[] {
  const start = element === 'Response' ? 0 : xml.search(/<saml:Assertion[\s>]/);
  const end = element === 'Response' ? xml.length : xml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length;
  const out: string[] = [];
  // Text between tags and attribute values, outside the Signature (changing the signature itself is a different test).
  const region = xml.slice(start, end);
  const signature = /<(ds:)?Signature[\s>][\s\S]*?<\/(ds:)?Signature>/.exec(region);
  // Namespace declarations are left alone: exclusive C14N leaves out one no element or
  // attribute name uses (xmlns:xs behind xsi:type="xs:string"), by design of that algorithm.
  const spots = [...region.matchAll(/>([^<]+)</g), ...region.matchAll(/ (?!xmlns)[\w:]+="([^"]+)"/g)]
    .map((m) => start + m.index! + m[0].indexOf(m[1]!) + Math.floor(m[1]!.length / 2))
    .filter((at) => !signature || at < start + signature.index || at >= start + signature.index + signature[0].length);
  for (const at of spots) {
    const c = xml[at]!;
    out.push(xml.slice(0, at) + (c === 'x' ? 'y' : 'x') + xml.slice(at + 1));
  }
  return out;
}

describe('XML signatures in the shapes real IdPs make, against xml-crypto (issue 14, R13)', async () => {
  const key = await ownSigner();
  for (const shape of SHAPES) {
    it(`R13 ${shape.name}: verifies exactly when xml-crypto verifies it, and every one-character tampering is refused`, () => {
      let xml = unsignedResponse(shape);
      for (const element of shape.signs) xml = sign(xml, element, shape, key);
      expect(theirs(xml, shape, key.certPem), 'xml-crypto verifies its own signature').toBe(true);
      expect(ours(xml, shape, key.certPem), 'the product verifies it').toBe(true);
      const innermost = shape.signs[0]!;
      const changed = tamperings(xml, innermost);
      expect(changed.length).toBeGreaterThan(10);
      for (const tampered of changed) {
        let parsable = true;
        try { parseXml(tampered); } catch { parsable = false; }
        if (!parsable) continue;
        expect({ ours: ours(tampered, shape, key.certPem), theirs: theirs(tampered, shape, key.certPem) }).toEqual({ ours: false, theirs: false });
      }
    });
  }
});
