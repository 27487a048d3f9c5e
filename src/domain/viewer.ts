// Who is asking, and the one rule of tenant isolation: a tenant admin's every read and
// write is filtered to its own tenant; only the platform operator sees all tenants.
// Every data access goes through these helpers, so a foreign object is simply absent
// (the same answer as "not found"), never "forbidden".

export type Viewer =
  | { role: 'OPERATOR'; tokenId: string; name: string }
  | { role: 'TENANT_ADMIN'; tokenId: string; name: string; tenantId: string };

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
  return `${viewer.role === 'OPERATOR' ? 'operator' : 'tenant-admin'}:${viewer.name} (token ${viewer.tokenId})`;
}
