import { builder } from '../builder.ts';
import { visibleTenants, visibleRows } from '../../domain/viewer.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { UserKind } from './enums.ts';

function userFilter(tenantId: string, args: { kind?: 'USER' | 'AGENT' | null; email?: string | null; username?: string | null; externalId?: string | null }) {
  return {
    tenantId,
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.email ? { email: args.email.trim().toLowerCase() } : {}),
    ...(args.username ? { username: args.username } : {}),
    ...(args.externalId ? { externalId: args.externalId } : {}),
  };
}

export const Tenant = builder.prismaNode('Tenant', {
  description: 'A customer account. Its accountName is what login URLs carry: /login?account=AccountName.',
  id: { field: 'id' },
  nullable: true, // node(id:) of an invisible object is null, never an error
  // Tenant isolation for node(id:): a foreign tenant is simply not found.
  findUnique: (id, ctx) => visibleTenants(ctx.viewer!, { id }),
  fields: (t) => ({
    accountName: t.exposeString('accountName'),
    displayName: t.exposeString('displayName'),
    ssoEntitled: t.exposeBoolean('ssoEntitled', { description: 'Set by the platform operator only: whether this account may use SSO.' }),
    ssoEnabled: t.exposeBoolean('ssoEnabled', { description: 'Whether sign-in is handed to the external IdP.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    connections: t.relatedConnection('connections', {
      ...pageOptions,
      cursor: 'id',
      totalCount: true,
      complexity: pageComplexity,
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    // Its own query, not a relation include: Prisma applies a nested relation's `take`
    // in memory after reading every related row, which for 100,000 users reads them all.
    users: t.prismaConnection({
      type: 'User',
      cursor: 'id',
      ...pageOptions,
      complexity: pageComplexity,
      description: 'Users and agents of the account, oldest first. Filters combine with AND.',
      args: {
        kind: t.arg({ type: UserKind, required: false }),
        email: t.arg.string({ required: false, description: 'Exact match, case-insensitive.' }),
        username: t.arg.string({ required: false }),
        externalId: t.arg.string({ required: false }),
      },
      resolve: (query, tenant, args, ctx) => ctx.db.user.findMany({ ...query, where: userFilter(tenant.id, args), orderBy: { id: 'asc' } }),
      totalCount: (tenant, args, ctx) => ctx.db.user.count({ where: userFilter(tenant.id, args) }),
    }),
    apiTokens: t.relatedConnection('apiTokens', {
      ...pageOptions,
      cursor: 'id',
      complexity: pageComplexity,
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    auditEvents: t.prismaConnection({
      type: 'AuditEvent',
      cursor: 'id',
      ...pageOptions,
      complexity: pageComplexity,
      description: 'Configuration changes of this account, newest first.',
      resolve: (query, tenant, _args, ctx) =>
        ctx.db.auditEvent.findMany({ ...query, where: visibleRows(ctx.viewer!, { tenantId: tenant.id }), orderBy: { id: 'desc' } }),
    }),
  }),
});
