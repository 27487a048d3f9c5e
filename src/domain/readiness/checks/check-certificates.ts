// Signing certificates: expired blocks when no current one remains (every response would
// be refused), expiring within 30 days warns. An expired certificate beside a current one
// (an IdP that still lists its retired certificate) blocks nothing: responses signed with
// the current one verify, and one signed with the expired one is refused and diagnosed as
// SAML_CERTIFICATE_EXPIRED at sign-in.
import { X509Certificate } from 'node:crypto';
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

const EXPIRY_WARNING_DAYS = 30;

export async function checkCertificates({ connections, now }: ReadinessInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const c of connections.filter((x) => x.protocol === 'SAML')) {
    const certs = (JSON.parse(c.samlSigningCertificates) as string[]).map((pem) => new X509Certificate(pem));
    const anyCurrent = certs.some((cert) => new Date(cert.validFrom) <= now && now < new Date(cert.validTo));
    for (const cert of certs) {
      const notAfter = new Date(cert.validTo);
      const params = { connection: label(c), subject: cert.subject.replace(/\n/g, ', '), notAfter: notAfter.toISOString().slice(0, 10) };
      const affected = { type: 'IdpConnection' as const, count: 1, firstIds: [c.id] };
      const expired = notAfter <= now;
      if (expired && !anyCurrent) findings.push(finding('CERTIFICATE_EXPIRED', params, affected));
      else if (!expired && notAfter.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * 86_400_000) findings.push(finding('CERTIFICATE_EXPIRING', params, affected));
    }
  }
  return findings;
}
