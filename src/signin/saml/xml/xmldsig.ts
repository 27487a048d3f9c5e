// Verifies ONE enveloped XML signature over ONE element we already chose (the Response root
// or its single Assertion), with keys we already trust (the connection's certificates).
// Deliberately narrow, so that nothing in the message decides what is verified or with what:
//   - the Signature is a direct child of the element it signs, with exactly one Reference
//     whose URI is "#" + that element's ID (a signature pointing anywhere else is refused);
//   - transforms: enveloped-signature, then exclusive (or inclusive) C14N without comments:
//     no XPath/XSLT transforms, no "WithComments";
//   - RSA (or ECDSA) with SHA-256/384/512; SHA-1 (signature or digest) is refused as
//     'weak-algorithm' unless the connection opted in for a legacy IdP;
//   - KeyInfo is never used to verify (only to describe an unknown signer to the admin).
// Canonicalization is xml-crypto's (6.x); the DOM is the single parse the checks read.
import { createHash, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import { C14nCanonicalization, ExclusiveCanonicalization } from 'xml-crypto';
import { certificateBody, fingerprintOf, isCurrent, type TrustedCertificate } from '../certificates.ts';
import { NS } from '../settings.ts';
import { attr, childElements, isElement, onlyChild, textOf } from '../../../../common/xml/dom.ts';

const C14N = {
  exclusive: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  inclusive: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
} as const;
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

const SIGNATURE_METHODS: Record<string, { hash: string; key: 'rsa' | 'ec' }> = {
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': { hash: 'sha256', key: 'rsa' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': { hash: 'sha384', key: 'rsa' },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': { hash: 'sha512', key: 'rsa' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': { hash: 'sha256', key: 'ec' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': { hash: 'sha384', key: 'ec' },
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': { hash: 'sha512', key: 'ec' },
};
/** SHA-1, accepted only under the connection's legacy opt-in. */
const SHA1_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
const SHA1_DIGEST = 'http://www.w3.org/2000/09/xmldsig#sha1';
const LEGACY_SIGNATURE_METHODS: Record<string, { hash: string; key: 'rsa' | 'ec' }> = { [SHA1_SIGNATURE]: { hash: 'sha1', key: 'rsa' } };
const LEGACY_DIGEST_METHODS: Record<string, string> = { [SHA1_DIGEST]: 'sha1' };

const DIGEST_METHODS: Record<string, string> = {
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512',
};

export type SignatureOutcome =
  | { ok: true; certificate: TrustedCertificate }
  | { ok: false; reason: 'invalid' | 'certificate-expired'; detail: string }
  | { ok: false; reason: 'weak-algorithm'; detail: string; algorithm: string };

const weak = (algorithm: string, what: string): SignatureOutcome =>
  ({ ok: false, reason: 'weak-algorithm', algorithm, detail: `the ${what} algorithm ${algorithm} is SHA-1, which is refused (the connection has not opted in for a legacy IdP)` });

const fail = (detail: string): SignatureOutcome => ({ ok: false, reason: 'invalid', detail });

/**
 * Namespace declarations in scope at `el` from its ancestors (for C14N of a subtree), less
 * those `el` renders itself: its own declarations and its own namespace, which C14N emits
 * on `el` anyway. Handing that one over too declared it twice: an unprefixed SignedInfo
 * under an inherited default dsig namespace (.NET / WIF signers) then never verified.
 */
function ancestorNamespaces(el: Element): { prefix: string; namespaceURI: string }[] {
  const own = new Set<string>([el.prefix ?? '']);
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) own.add(a.name.slice(6));
  }
  const seen = new Set<string>(own);
  const out: { prefix: string; namespaceURI: string }[] = [];
  for (let p = el.parentNode; isElement(p); p = p.parentNode) {
    for (let i = 0; i < p.attributes.length; i++) {
      const a = p.attributes.item(i)!;
      if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) continue;
      const prefix = a.name === 'xmlns' ? '' : a.name.slice(6);
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      if (a.value !== '') out.push({ prefix, namespaceURI: a.value });
    }
  }
  return out;
}

// xml-crypto's exclusive C14N reads the DOM without changing it, unless given an
// InclusiveNamespaces prefix list (it then declares those prefixes on the node); its inclusive
// C14N is used rarely. Only in those cases is the subtree copied first: a deep copy costs
// more than the canonicalization itself.
function c14n(node: Element, algorithm: string, prefixList: string[]): string {
  const options = { ancestorNamespaces: ancestorNamespaces(node), inclusiveNamespacesPrefixList: prefixList, defaultNsForPrefix: {} };
  if (algorithm === C14N.exclusive && prefixList.length === 0) return new ExclusiveCanonicalization().process(node as never, options as never);
  const clone = node.cloneNode(true) as Element;
  return algorithm === C14N.exclusive
    ? new ExclusiveCanonicalization().process(clone as never, options as never)
    : new C14nCanonicalization().process(clone as never, options as never);
}

/** C14N of `target` without its enveloped Signature child (taken out for the duration, then put back). */
function canonicalizeEnveloped(target: Element, signature: Element, algorithm: string, prefixList: string[]): string {
  const next = signature.nextSibling;
  target.removeChild(signature);
  try {
    return c14n(target, algorithm, prefixList);
  } finally {
    target.insertBefore(signature, next);
  }
}

const prefixListOf = (method: Element): string[] => {
  const inc = childElements(method).find((e) => e.localName === 'InclusiveNamespaces');
  return inc ? (attr(inc, 'PrefixList') ?? '').split(/\s+/).filter(Boolean) : [];
};

const b64 = (s: string): Buffer | undefined => {
  const clean = s.replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 === 0 && clean.length > 0 ? Buffer.from(clean, 'base64') : undefined;
};

function keyFits(key: KeyObject, kind: 'rsa' | 'ec'): boolean {
  const t = key.asymmetricKeyType;
  return kind === 'rsa' ? t === 'rsa' || t === 'rsa-pss' : t === 'ec';
}

/** Who signed, as the message claims (KeyInfo), for the admin: never trusted. */
function claimedSigner(signature: Element, trusted: TrustedCertificate[]): string {
  const keyInfo = onlyChild(signature, NS.dsig, 'KeyInfo');
  if (!keyInfo || keyInfo === 'many') return 'the message names no certificate';
  const data = onlyChild(keyInfo, NS.dsig, 'X509Data');
  const cert = data && data !== 'many' ? onlyChild(data, NS.dsig, 'X509Certificate') : undefined;
  if (!cert || cert === 'many') return 'the message names no certificate';
  const fp = fingerprintOf(certificateBody(textOf(cert)));
  return trusted.some((t) => t.fingerprint === fp)
    ? `the message names a certificate of the connection (SHA-256 ${fp.slice(0, 16)}…), yet the signature does not verify: content altered`
    : `the message names a certificate that is not on the connection (SHA-256 ${fp.slice(0, 16)}…): the IdP may have rotated its key`;
}

/**
 * Verifies `signature` (a direct child of `target`) over `target`. Tries the certificates
 * valid at `now` first; a signature that only an out-of-validity certificate verifies is
 * reported as 'certificate-expired'.
 */
export function verifyEnvelopedSignature(target: Element, signature: Element, trusted: TrustedCertificate[], now: Date, options: { allowSha1?: boolean } = {}): SignatureOutcome {
  if (signature.parentNode !== target) return fail('the signature is not a direct child of the element it should sign');
  const targetId = attr(target, 'ID');
  if (!targetId) return fail(`the signed ${target.localName} has no ID`);

  const signedInfos = childElements(signature, NS.dsig, 'SignedInfo');
  if (signedInfos.length !== 1) return fail(`the signature has ${signedInfos.length} SignedInfo elements`);
  const signedInfo = signedInfos[0]!;
  const c14nMethod = onlyChild(signedInfo, NS.dsig, 'CanonicalizationMethod');
  const sigMethod = onlyChild(signedInfo, NS.dsig, 'SignatureMethod');
  if (!c14nMethod || c14nMethod === 'many' || !sigMethod || sigMethod === 'many') return fail('SignedInfo lacks a single CanonicalizationMethod / SignatureMethod');
  const c14nAlg = attr(c14nMethod, 'Algorithm') ?? '';
  if (c14nAlg !== C14N.exclusive && c14nAlg !== C14N.inclusive) return fail(`canonicalization ${c14nAlg} is not accepted`);
  const sigAlg = attr(sigMethod, 'Algorithm') ?? '';
  if (LEGACY_SIGNATURE_METHODS[sigAlg] && !options.allowSha1) return weak(sigAlg, 'signature');
  const method = SIGNATURE_METHODS[sigAlg] ?? (options.allowSha1 ? LEGACY_SIGNATURE_METHODS[sigAlg] : undefined);
  if (!method) return fail(`signature algorithm ${attr(sigMethod, 'Algorithm') ?? '(none)'} is not accepted (RSA/ECDSA with SHA-256 or stronger only)`);

  const references = childElements(signedInfo, NS.dsig, 'Reference');
  if (references.length !== 1) return fail(`the signature has ${references.length} References (exactly one expected)`);
  const reference = references[0]!;
  const uri = attr(reference, 'URI');
  if (uri !== `#${targetId}`) return fail(`the signature references "${(uri ?? '').slice(0, 80)}", not the ${target.localName} it belongs to (#${targetId.slice(0, 80)})`);

  const transformsEl = onlyChild(reference, NS.dsig, 'Transforms');
  if (transformsEl === 'many') return fail('the Reference has several Transforms elements');
  const transforms = transformsEl ? childElements(transformsEl, NS.dsig, 'Transform') : [];
  const algs = transforms.map((t) => attr(t, 'Algorithm') ?? '');
  if (algs[0] !== ENVELOPED || algs.length > 2 || (algs.length === 2 && algs[1] !== C14N.exclusive && algs[1] !== C14N.inclusive)) {
    return fail(`transforms [${algs.join(', ').slice(0, 200)}] are not accepted (enveloped-signature then C14N only)`);
  }
  const refC14n = algs[1] ?? C14N.inclusive;
  const refPrefixes = transforms[1] ? prefixListOf(transforms[1]) : [];

  const digestMethod = onlyChild(reference, NS.dsig, 'DigestMethod');
  const digestValueEl = onlyChild(reference, NS.dsig, 'DigestValue');
  if (!digestMethod || digestMethod === 'many' || !digestValueEl || digestValueEl === 'many') return fail('the Reference lacks a single DigestMethod / DigestValue');
  const digestUri = attr(digestMethod, 'Algorithm') ?? '';
  if (LEGACY_DIGEST_METHODS[digestUri] && !options.allowSha1) return weak(digestUri, 'digest');
  const digestAlg = DIGEST_METHODS[digestUri] ?? (options.allowSha1 ? LEGACY_DIGEST_METHODS[digestUri] : undefined);
  if (!digestAlg) return fail(`digest algorithm ${attr(digestMethod, 'Algorithm') ?? '(none)'} is not accepted (SHA-256 or stronger only)`);
  const expectedDigest = b64(textOf(digestValueEl));
  const sigValueEl = onlyChild(signature, NS.dsig, 'SignatureValue');
  const sigValue = sigValueEl && sigValueEl !== 'many' ? b64(textOf(sigValueEl)) : undefined;
  if (!expectedDigest || !sigValue) return fail('DigestValue or SignatureValue is missing or not base64');

  let signedInfoC14n: string;
  let digest: Buffer;
  try {
    digest = createHash(digestAlg).update(canonicalizeEnveloped(target, signature, refC14n, refPrefixes), 'utf8').digest();
    signedInfoC14n = c14n(signedInfo, c14nAlg, prefixListOf(c14nMethod));
  } catch (error) {
    return fail(`canonicalization failed (${String((error as Error).message).slice(0, 120)})`);
  }

  // The SignedInfo signature first: a digest mismatch under a valid signature means altered content.
  const data = Buffer.from(signedInfoC14n, 'utf8');
  const check = (c: TrustedCertificate) => keyFits(c.key, method.key)
    && verify(method.hash, data, method.key === 'ec' ? { key: c.key, dsaEncoding: 'ieee-p1363' } : c.key, sigValue);
  const current = trusted.filter((c) => isCurrent(c, now));
  const signer = current.find(check);
  const outdated = signer ? undefined : trusted.filter((c) => !isCurrent(c, now)).find(check);
  if (!signer && !outdated) return fail(`the ${target.localName} signature verifies with none of the connection's ${trusted.length} certificate(s); ${claimedSigner(signature, trusted)}`);
  if (digest.length !== expectedDigest.length || !timingSafeEqual(digest, expectedDigest)) {
    return fail(`the ${target.localName} content does not match its signed digest: altered after signing`);
  }
  if (!signer) {
    const c = outdated!;
    return {
      ok: false, reason: 'certificate-expired',
      detail: `the ${target.localName} is signed by the connection's certificate "${c.subject}" (SHA-256 ${c.fingerprint.slice(0, 16)}…), valid ${c.validFrom.toISOString()} to ${c.validTo.toISOString()}, outside its validity at ${now.toISOString()}`,
    };
  }
  return { ok: true, certificate: signer };
}
