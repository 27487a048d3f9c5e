// The sandbox's public URL layout, in one place (the control plane's demo connections
// and fixtures depend on it).
import type { Org, OrgKey, ProviderKind } from './directory/types.ts';

/** OIDC issuer path: Entra's carries /v2.0 like login.microsoftonline.com/{tid}/v2.0. */
export function issuerPath(org: Pick<Org, 'provider' | 'id'>): string {
  return org.provider === 'microsoft' ? `/microsoft/${org.id}/v2.0` : `/${org.provider}/${org.id}`;
}

export const samlPath = (org: Pick<Org, 'provider' | 'id'>) => `/${org.provider}/${org.id}/saml`;

export const loginPagePath = (org: Pick<Org, 'provider' | 'id'>, uid: string) => `/login/oidc/${org.provider}/${org.id}/${uid}`;

/** Which issuer an incoming path belongs to, and the path inside the issuer. */
export function matchIssuer(pathname: string): { key: OrgKey; provider: ProviderKind; id: string; prefix: string; rest: string } | undefined {
  const m = /^\/(?:microsoft\/([^/]+)\/v2\.0|(salesforce|okta|generic)\/([^/]+))(\/.*)?$/.exec(pathname);
  if (!m) return undefined;
  const provider = (m[1] ? 'microsoft' : m[2]) as ProviderKind;
  const id = decodeURIComponent(m[1] ?? m[3]!);
  const rest = m[4] ?? '/';
  // SAML lives beside the OIDC issuer, under /<provider>/<org>/saml.
  if (rest === '/saml' || rest.startsWith('/saml/')) return undefined;
  return { key: `${provider}/${id}`, provider, id, prefix: pathname.slice(0, pathname.length - (m[4]?.length ?? 0)), rest };
}
