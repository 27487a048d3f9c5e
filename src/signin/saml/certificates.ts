// The connection's signing certificates as verification keys, parsed once per PEM and
// cached (a login storm verifies thousands of responses against the same few keys).
import { createHash, X509Certificate, type KeyObject } from 'node:crypto';

export interface TrustedCertificate {
  key: KeyObject;
  validFrom: Date;
  validTo: Date;
  subject: string;
  /** SHA-256 of the DER, hex, for admin-facing detail. */
  fingerprint: string;
}

const cache = new Map<string, TrustedCertificate | null>();
const MAX_CACHED = 1000;

export const certificateBody = (pemOrBody: string): string =>
  pemOrBody.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

export function fingerprintOf(body: string): string {
  return createHash('sha256').update(Buffer.from(body, 'base64')).digest('hex');
}

/** Parses one configured certificate; null when it is not a usable X.509 certificate. */
export function trustedCertificate(pemOrBody: string): TrustedCertificate | null {
  const body = certificateBody(pemOrBody);
  const hit = cache.get(body);
  if (hit !== undefined) return hit;
  let out: TrustedCertificate | null = null;
  try {
    const x = new X509Certificate(Buffer.from(body, 'base64'));
    out = { key: x.publicKey, validFrom: new Date(x.validFrom), validTo: new Date(x.validTo), subject: x.subject.replace(/\n/g, ', '), fingerprint: fingerprintOf(body) };
  } catch {
    out = null;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(body, out);
  return out;
}

export const isCurrent = (c: TrustedCertificate, now: Date): boolean => c.validFrom <= now && now <= c.validTo;
