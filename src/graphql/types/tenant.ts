import { builder } from '../builder.ts';
import { visibleTenants, visibleRows } from '../../domain/viewer.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { UserKind } from './enums.ts';

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
    users: t.relatedConnection('users', {
      ...pageOptions,
      cursor: 'id',
      totalCount: true,
      complexity: pageComplexity,
      description: 'Users and agents of the account, oldest first. Filters combine with AND.',
      args: {
        kind: t.arg({ type: UserKind, required: false }),
        email: t.arg.string({ required: false, description: 'Exact match, case-insensitive.' }),
        username: t.arg.string({ required: false }),
        externalId: t.arg.string({ required: false }),
      },
      query: (args) => ({
        where: {
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.email ? { email: args.email.trim().toLowerCase() } : {}),
          ...(args.username ? { username: args.username } : {}),
          ...(args.externalId ? { externalId: args.externalId } : {}),
        },
        orderBy: { id: 'asc' },
      }),
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
