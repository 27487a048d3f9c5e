// What a SAML response said, for login history and the support bundle: issuer, status,
// destination, subject, conditions, audiences, attributes, and which elements carried a
// signature with which algorithm — read by direct-child walks of the one parse. Never the
// signature values, certificate bodies (a fingerprint instead) or the raw XML.
// `verified` says whether validation accepted it; until then it is what the sender claims.
import { attr, childElements, onlyChild, textOf } from '../../../common/xml/dom.ts';
import { certificateBody, fingerprintOf } from '../saml/certificates.ts';
import { NS } from '../saml/settings.ts';

const MAX_VALUE = 256;
const MAX_ATTRIBUTES = 64;

const one = (parent: Element, ns: string, name: string): Element | undefined => {
  const el = onlyChild(parent, ns, name);
  return el === 'many' ? childElements(parent, ns, name)[0] : el;
};
const text = (el: Element | undefined) => (el ? textOf(el).trim().slice(0, MAX_VALUE) : undefined);

function signatureOf(el: Element) {
  const sig = one(el, NS.dsig, 'Signature');
  if (!sig) return null;
  const info = one(sig, NS.dsig, 'SignedInfo');
  const reference = info && one(info, NS.dsig, 'Reference');
  const cert = childElements(sig, NS.dsig, 'KeyInfo').flatMap((k) => childElements(k, NS.dsig, 'X509Data')).flatMap((d) => childElements(d, NS.dsig, 'X509Certificate'))[0];
  return {
    algorithm: (info && attr(one(info, NS.dsig, 'SignatureMethod') ?? info, 'Algorithm')) ?? null,
    canonicalization: (info && attr(one(info, NS.dsig, 'CanonicalizationMethod') ?? info, 'Algorithm')) ?? null,
    reference: (reference && attr(reference, 'URI')) ?? null,
    keyInfoCertificateSha256: cert ? fingerprintOf(certificateBody(textOf(cert))) : null,
  };
}

function assertionOf(a: Element) {
  const subject = one(a, NS.assertion, 'Subject');
  const nameId = subject && one(subject, NS.assertion, 'NameID');
  const conditions = one(a, NS.assertion, 'Conditions');
  const authn = one(a, NS.assertion, 'AuthnStatement');
  const attributes: Record<string, string[]> = {};
  for (const statement of childElements(a, NS.assertion, 'AttributeStatement')) {
    for (const at of childElements(statement, NS.assertion, 'Attribute').slice(0, MAX_ATTRIBUTES)) {
      const name = attr(at, 'Name');
      if (name) attributes[name] = childElements(at, NS.assertion, 'AttributeValue').slice(0, 16).map((v) => textOf(v).trim().slice(0, MAX_VALUE));
    }
  }
  return {
    id: attr(a, 'ID') ?? null,
    issuer: text(one(a, NS.assertion, 'Issuer')) ?? null,
    issueInstant: attr(a, 'IssueInstant') ?? null,
    subject: nameId ? { nameId: text(nameId), format: attr(nameId, 'Format') ?? null } : subject && one(subject, NS.assertion, 'EncryptedID') ? { encrypted: true } : null,
    confirmations: (subject ? childElements(subject, NS.assertion, 'SubjectConfirmation') : []).map((sc) => {
      const data = one(sc, NS.assertion, 'SubjectConfirmationData');
      return { method: attr(sc, 'Method') ?? null, recipient: (data && attr(data, 'Recipient')) ?? null, notOnOrAfter: (data && attr(data, 'NotOnOrAfter')) ?? null, inResponseTo: (data && attr(data, 'InResponseTo')) ?? null };
    }),
    conditions: conditions
      ? {
          notBefore: attr(conditions, 'NotBefore') ?? null,
          notOnOrAfter: attr(conditions, 'NotOnOrAfter') ?? null,
          audiences: childElements(conditions, NS.assertion, 'AudienceRestriction').flatMap((r) => childElements(r, NS.assertion, 'Audience').map((x) => textOf(x).trim().slice(0, MAX_VALUE))),
        }
      : null,
    authn: authn ? { authnInstant: attr(authn, 'AuthnInstant') ?? null, sessionNotOnOrAfter: attr(authn, 'SessionNotOnOrAfter') ?? null } : null,
    attributes,
    signature: signatureOf(a),
  };
}

export function samlEvidence(doc: Document, verified = false): Record<string, unknown> {
  const r = doc.documentElement;
  const status = one(r, NS.protocol, 'Status');
  const code = status && one(status, NS.protocol, 'StatusCode');
  const sub = code && one(code, NS.protocol, 'StatusCode');
  return {
    protocol: 'SAML',
    verified,
    response: {
      element: r.localName,
      id: attr(r, 'ID') ?? null,
      issuer: text(one(r, NS.assertion, 'Issuer')) ?? null,
      destination: attr(r, 'Destination') ?? null,
      inResponseTo: attr(r, 'InResponseTo') ?? null,
      issueInstant: attr(r, 'IssueInstant') ?? null,
      status: code ? { code: attr(code, 'Value') ?? null, subcode: (sub && attr(sub, 'Value')) ?? null, message: text(status && one(status, NS.protocol, 'StatusMessage')) ?? null } : null,
      signature: signatureOf(r),
    },
    assertions: childElements(r, NS.assertion, 'Assertion').slice(0, 4).map(assertionOf),
    encryptedAssertions: childElements(r, NS.assertion, 'EncryptedAssertion').length,
  };
}

/** For a SAMLResponse that could not be read at all: what arrived, never its content. */
export const unreadableSamlEvidence = (samlResponse: string, problem: string): Record<string, unknown> => ({
  protocol: 'SAML',
  verified: false,
  received: { characters: samlResponse.length },
  problem,
});
