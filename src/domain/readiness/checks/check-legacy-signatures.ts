// A SAML connection that accepts SHA-1 signatures (the legacy opt-in) is a warning for as
// long as it does: SHA-1 signatures can be forged, and the opt-in exists only for an IdP
// that cannot sign with SHA-256 yet.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

export async function checkLegacySignatures({ connections }: ReadinessInput): Promise<Finding[]> {
  return connections
    .filter((c) => c.protocol === 'SAML' && c.samlAllowSha1Signatures)
    .map((c) => finding('SAML_SHA1_ALLOWED', { connection: label(c) }, { type: 'IdpConnection', count: 1, firstIds: [c.id] }));
}
