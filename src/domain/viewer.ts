// Who is asking, and the one rule of tenant isolation: a tenant admin's every read and
// write is filtered to its own tenant; only the platform operator sees all tenants.
// Every data access goes through these helpers, so a foreign object is simply absent
// (the same answer as "not found"), never "forbidden".

export type Viewer =
  | { role: 'OPERATOR'; tokenId: string; name: string }
  | { role: 'TENANT_ADMIN'; tokenId: string; name: string; tenantId: string }
  | IdpTokenViewer;

/**
 * A request authenticated by the tenant IdP's access token (R15), in that tenant only:
 * a person matched to a platform user acts with that user's role (an admin user as
 * TENANT_ADMIN, anyone else as TENANT_USER); a client-credentials token names no person
 * and acts as TENANT_APPLICATION. Only TENANT_ADMIN reaches tenant data (builder.ts).
 */
export interface IdpTokenViewer {
  via: 'IDP_TOKEN';
  role: 'TENANT_ADMIN' | 'TENANT_USER' | 'TENANT_APPLICATION';
  name: string;
  tenantId: string;
  connectionId: string;
  /** The matched platform user; null for a client-credentials token. */
  userId: string | null;
  /** The token's `sub` (for a client-credentials token, the client id). */
  subject: string;
}

export const isIdpTokenViewer = (viewer: Viewer): viewer is IdpTokenViewer => 'via' in viewer;

/** May read and change its tenant's configuration (the `authenticated` scope): operators and tenant admins. */
export const isAdministrator = (viewer: Viewer | null): boolean => viewer?.role === 'OPERATOR' || viewer?.role === 'TENANT_ADMIN';

// The scope is always AND-ed to the caller's filter, never spread into it: a spread
// would let one `id`/`tenantId` key silently replace the other.

/** `where` for Tenant rows: the caller's filter, narrowed to what this viewer may see. */
export function visibleTenants<W extends object>(viewer: Viewer, where: W): W & { AND: object[] } {
  return { ...where, AND: viewer.role === 'OPERATOR' ? [] : [{ id: viewer.tenantId }] };
}

/** `where` for rows that belong to a tenant (connections, users, tokens, audit events). */
export function visibleRows<W extends object>(viewer: Viewer, where: W): W & { AND: object[] } {
  return { ...where, AND: viewer.role === 'OPERATOR' ? [] : [{ tenantId: viewer.tenantId }] };
}

/** How the actor is written in the audit log. */
export function actorLabel(viewer: Viewer): string {
  if (isIdpTokenViewer(viewer)) return `idp-user:${viewer.name} (user ${viewer.userId ?? 'none'}, IdP token of connection ${viewer.connectionId})`;
  return `${viewer.role === 'OPERATOR' ? 'operator' : 'tenant-admin'}:${viewer.name} (token ${viewer.tokenId})`;
}

/** Who a support-bundle download link is made for: the API token, or the matched user of an IdP token. */
export const credentialOf = (viewer: Viewer): string => (isIdpTokenViewer(viewer) ? `user:${viewer.userId}` : viewer.tokenId);
