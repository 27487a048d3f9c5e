// ID-token claims → ExternalIdentity, per provider (their claim names differ).
import type { ExternalIdentity, ProviderName } from '../identity.ts';

type Claims = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);

export function identityFromClaims(provider: ProviderName, claims: Claims): ExternalIdentity {
  const base = {
    provider,
    protocol: 'OIDC' as const,
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: str(claims.email)?.toLowerCase(),
    displayName: str(claims.name),
  };
  switch (provider) {
    case 'SALESFORCE':
      // Salesforce: user_id and organization_id, preferred_username is the Salesforce username.
      return { ...base, username: str(claims.preferred_username), emailVerified: bool(claims.email_verified), externalId: str(claims.user_id) ?? base.subject, salesforceOrgId: str(claims.organization_id) };
    case 'MICROSOFT':
    case 'AZURE':
      // Entra ID v2: tid is the directory, oid the user; email only when the directory holds one.
      return { ...base, username: str(claims.preferred_username) ?? str(claims.upn), externalId: str(claims.oid) ?? base.subject, entraTenantId: str(claims.tid)?.toLowerCase() };
    default:
      return { ...base, username: str(claims.preferred_username), emailVerified: bool(claims.email_verified), externalId: base.subject };
  }
}
