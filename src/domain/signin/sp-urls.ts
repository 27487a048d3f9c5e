// This platform as a SAML service provider / OIDC relying party: the URLs an admin
// registers at the IdP (R17: two, one for user login and one for agent login).
export interface SpUrls {
  entityId: string;
  acsUrls: { user: string; agent: string };
  oidcRedirectUri: string;
  metadataUrl: string;
}

export function spUrls(publicUrl: string, accountName: string): SpUrls {
  const metadataUrl = `${publicUrl}/sso/saml/metadata/${encodeURIComponent(accountName)}`;
  return {
    entityId: metadataUrl,
    acsUrls: { user: `${publicUrl}/sso/saml/acs/user`, agent: `${publicUrl}/sso/saml/acs/agent` },
    oidcRedirectUri: `${publicUrl}/sso/oidc/callback`,
    metadataUrl,
  };
}

/** Only a path on this site: no scheme, no host, no `//`, no backslash tricks (no open redirect). */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value || value.length > 512) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return null;
  try {
    const url = new URL(value, 'http://placeholder.invalid');
    return url.host === 'placeholder.invalid' ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
