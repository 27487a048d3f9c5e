// The connection's configuration as an attempt used it, safe to hand to support: no
// secret (only whether one is set), certificates as fingerprint, subject and validity
// instead of their bodies. Computed once per connection version.
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import { trustedCertificate } from '../saml/certificates.ts';

const cache = new Map<string, string>();
const MAX_CACHED = 1_000;

export function connectionSnapshot(c: IdpConnection): string {
  const key = `${c.id}@${c.updatedAt.getTime()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let pems: string[] = [];
  try {
    const parsed: unknown = JSON.parse(c.samlSigningCertificates);
    if (Array.isArray(parsed)) pems = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    // An unreadable column shows as no certificates.
  }
  const snapshot = JSON.stringify({
    id: c.id,
    name: c.name,
    provider: c.provider,
    protocol: c.protocol,
    identifierField: c.identifierField,
    salesforceOrgId: c.salesforceOrgId,
    entraTenantId: c.entraTenantId,
    entraDomain: c.entraDomain,
    oidc: c.protocol === 'OIDC' ? { issuer: c.oidcIssuer, clientId: c.oidcClientId, clientSecretSet: Boolean(c.oidcClientSecretEncrypted), scopes: c.oidcScopes } : null,
    saml: c.protocol === 'SAML'
      ? {
          entityId: c.samlEntityId,
          ssoUrl: c.samlSsoUrl,
          metadataUrl: c.samlMetadataUrl,
          signingCertificates: pems.map((pem) => {
            const cert = trustedCertificate(pem);
            return cert ? { sha256: cert.fingerprint, subject: cert.subject, notBefore: cert.validFrom.toISOString(), notAfter: cert.validTo.toISOString() } : { unreadable: true };
          }),
        }
      : null,
    updatedAt: c.updatedAt.toISOString(),
  });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, snapshot);
  return snapshot;
}
