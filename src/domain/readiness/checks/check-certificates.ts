// Signing certificates: expired blocks (every response would be refused), expiring within 30 days warns.
import { X509Certificate } from 'node:crypto';
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

const EXPIRY_WARNING_DAYS = 30;

export async function checkCertificates({ connections, now }: ReadinessInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const c of connections.filter((x) => x.protocol === 'SAML')) {
    for (const pem of JSON.parse(c.samlSigningCertificates) as string[]) {
      const cert = new X509Certificate(pem);
      const notAfter = new Date(cert.validTo);
      const params = { connection: label(c), subject: cert.subject.replace(/\n/g, ', '), notAfter: notAfter.toISOString().slice(0, 10) };
      const affected = { type: 'IdpConnection' as const, count: 1, firstIds: [c.id] };
      if (notAfter <= now) findings.push(finding('CERTIFICATE_EXPIRED', params, affected));
      else if (notAfter.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * 86_400_000) findings.push(finding('CERTIFICATE_EXPIRING', params, affected));
    }
  }
  return findings;
}
