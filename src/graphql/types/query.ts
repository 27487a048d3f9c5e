import { builder } from '../builder.ts';
import { visibleRows, visibleTenants } from '../../domain/viewer.ts';
import { accountKey } from '../../domain/tenants/input.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { Tenant } from './tenant.ts';
import { ApiRole } from './enums.ts';

const ViewerType = builder.objectRef<{ role: 'OPERATOR' | 'TENANT_ADMIN'; name: string; tenantId: string | null }>('Viewer').implement({
  description: 'Who the API token belongs to.',
  fields: (t) => ({
    role: t.field({ type: ApiRole, resolve: (v) => v.role }),
    name: t.exposeString('name'),
    tenant: t.prismaField({
      type: 'Tenant',
      nullable: true,
      description: "A tenant admin token's own tenant; null for the operator.",
      resolve: (query, v, _args, ctx) => (v.tenantId ? ctx.db.tenant.findUnique({ ...query, where: { id: v.tenantId } }) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerType,
    authScopes: { authenticated: true },
    resolve: (_, __, ctx) => {
      const v = ctx.viewer!;
      return { role: v.role, name: v.name, tenantId: v.role === 'TENANT_ADMIN' ? v.tenantId : null };
    },
  }),
  tenant: t.prismaField({
    type: Tenant,
    nullable: true,
    description: 'The account with this name (case-insensitive), if this token may see it.',
    authScopes: { authenticated: true },
    args: { accountName: t.arg.string({ required: true }) },
    resolve: (query, _, args, ctx) =>
      ctx.db.tenant.findFirst({ ...query, where: visibleTenants(ctx.viewer!, { accountKey: accountKey(args.accountName.trim()) }) }),
  }),
  tenants: t.prismaConnection({
    type: 'Tenant',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: 'Every account this token may see (all, for the operator), oldest first.',
    authScopes: { authenticated: true },
    resolve: (query, _, __, ctx) => ctx.db.tenant.findMany({ ...query, where: visibleTenants(ctx.viewer!, {}), orderBy: { id: 'asc' } }),
  }),
  auditEvents: t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: 'Configuration changes this token may see, newest first. Includes those of deleted tenants (operator).',
    authScopes: { authenticated: true },
    resolve: (query, _, __, ctx) => ctx.db.auditEvent.findMany({ ...query, where: visibleRows(ctx.viewer!, {}), orderBy: { id: 'desc' } }),
  }),
}));
