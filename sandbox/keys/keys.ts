// Signing material per impersonated org: the current key (OIDC JWKS and SAML metadata),
// an expired certificate (SAML_CERTIFICATE_EXPIRED) and a foreign key that no metadata or
// JWKS publishes (rotated / wrong key), and a stand-in SP encryption certificate for
// encrypted assertions to SPs that registered none (nobody holds its key for them). Generated lazily and memoised per process: RSA
// key generation is the slow part of starting a sandbox, and keys need not differ
// between sandbox instances of one test run.
import { createPrivateKey, createHash, X509Certificate, type JsonWebKey, type KeyObject } from 'node:crypto';
import { generate } from 'selfsigned';

export type KeyKind = 'current' | 'expired' | 'foreign' | 'encryption';

export interface SigningMaterial {
  kind: KeyKind;
  kid: string;
  /** Parsed once: signing with a PEM string parses the key again at every signature (about half an RSA signature's cost). */
  privateKey: KeyObject;
  certPem: string;
  /** Base64 DER body of the certificate, as it appears in metadata and KeyInfo. */
  certBody: string;
  privateJwk: JsonWebKey & { kid: string; alg: string; use: string };
  publicJwk: JsonWebKey & { kid: string; alg: string; use: string };
  notAfter: Date;
}

const DAY = 86_400_000;
const cache = new Map<string, Promise<SigningMaterial>>();

function validity(kind: KeyKind): { notBeforeDate: Date; notAfterDate: Date } {
  const now = Date.now();
  if (kind === 'expired') return { notBeforeDate: new Date(now - 730 * DAY), notAfterDate: new Date(now - DAY) };
  return { notBeforeDate: new Date(now - DAY), notAfterDate: new Date(now + 3650 * DAY) };
}

async function create(orgKey: string, kind: KeyKind): Promise<SigningMaterial> {
  const cn = `${orgKey.replace('/', ' ')} ${kind === 'current' ? 'signing' : kind} (sandbox TEST IdP)`;
  const pems = await generate([{ name: 'commonName', value: cn.slice(0, 64) }], { keySize: 2048, algorithm: 'sha256', ...validity(kind) });
  const key = createPrivateKey(pems.private);
  const cert = new X509Certificate(pems.cert);
  const kid = createHash('sha256').update(cert.raw).digest('base64url').slice(0, 16);
  const jwk = key.export({ format: 'jwk' });
  const pub = { kty: jwk.kty, n: jwk.n, e: jwk.e };
  return {
    kind,
    kid,
    privateKey: key,
    certPem: pems.cert,
    certBody: cert.raw.toString('base64'),
    privateJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' },
    publicJwk: { ...pub, kid, alg: 'RS256', use: 'sig' },
    notAfter: new Date(cert.validTo),
  };
}

export function signingMaterial(orgKey: string, kind: KeyKind): Promise<SigningMaterial> {
  const id = `${orgKey}#${kind}`;
  let found = cache.get(id);
  if (!found) {
    found = create(orgKey, kind);
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}

/** A new signing key for the org, never memoised: what a key rotation signs with from then on. */
export function freshSigningMaterial(orgKey: string): Promise<SigningMaterial> {
  return create(orgKey, 'current');
}
