// Rule: the assertion is vouched for by the connection's certificates, never by one inside
// the message. Accepted: the Assertion signed, or the whole Response signed (which covers the
// Assertion), or both. Every signature present must verify: a broken one is never ignored
// because another one holds. None at all → SAML_ASSERTION_UNSIGNED; verifies only with a
// certificate outside its validity → SAML_CERTIFICATE_EXPIRED; SHA-1 without the
// connection's legacy opt-in → SAML_SIGNATURE_SHA1; anything else → SAML_SIGNATURE_INVALID.
import { failSignIn } from '../../sign-in-error.ts';
import { trustedCertificate, type TrustedCertificate } from '../certificates.ts';
import { NS, type SamlIdpSettings } from '../settings.ts';
import { childElements } from '../../../../common/xml/dom.ts';
import { verifyEnvelopedSignature } from '../xml/xmldsig.ts';
import type { ParsedResponse } from './context.ts';

export function checkSignature(parsed: ParsedResponse, assertion: Element, idp: SamlIdpSettings, now: Date): { responseSigned: boolean; assertionSigned: boolean } {
  const responseSigs = childElements(parsed.response, NS.dsig, 'Signature');
  const assertionSigs = childElements(assertion, NS.dsig, 'Signature');
  if (responseSigs.length > 1 || assertionSigs.length > 1) return failSignIn('SAML_SIGNATURE_INVALID', 'more than one signature on the Response or the Assertion');
  if (responseSigs.length === 0 && assertionSigs.length === 0) {
    return failSignIn('SAML_ASSERTION_UNSIGNED', 'neither the Response nor the Assertion is signed');
  }
  const trusted = idp.signingCertificates.map(trustedCertificate).filter((c): c is TrustedCertificate => c !== null);
  if (trusted.length === 0) return failSignIn('SAML_SIGNATURE_INVALID', "the connection has no usable signing certificate: import the IdP's metadata");
  for (const [target, signature] of [[parsed.response, responseSigs[0]], [assertion, assertionSigs[0]]] as const) {
    if (!signature) continue;
    const outcome = verifyEnvelopedSignature(target, signature, trusted, now, { allowSha1: idp.allowSha1 });
    if (!outcome.ok && outcome.reason === 'weak-algorithm') return failSignIn('SAML_SIGNATURE_SHA1', outcome.detail, { algorithm: outcome.algorithm.split('#').pop()! });
    if (!outcome.ok) return failSignIn(outcome.reason === 'certificate-expired' ? 'SAML_CERTIFICATE_EXPIRED' : 'SAML_SIGNATURE_INVALID', outcome.detail);
  }
  return { responseSigned: responseSigs.length === 1, assertionSigned: assertionSigs.length === 1 };
}
