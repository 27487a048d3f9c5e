import { builder } from '../builder.ts';
import { isIdpTokenViewer, visibleRows, visibleTenants, type Viewer } from '../../domain/viewer.ts';
import { accountKey } from '../../domain/tenants/input.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { Tenant } from './tenant.ts';

const ViewerRole = builder.enumType('ViewerRole', {
  description: 'What the credential of the request may do.',
  values: {
    OPERATOR: { description: 'The platform operator (API token): every tenant.' },
    TENANT_ADMIN: { description: 'One tenant: a tenant admin API token, or an IdP access token of a user who is an admin of the account.' },
    TENANT_USER: { description: "An IdP access token of a user who is not an admin: may ask who it is (viewer), nothing of the account's data." },
    TENANT_APPLICATION: { description: 'A client-credentials IdP access token: names an application, no person; may ask who it is (viewer), nothing else.' },
  } as const,
});

const ViewerCredential = builder.enumType('ViewerCredential', {
  description: 'How the request authenticated.',
  values: {
    API_TOKEN: { description: "The platform's own API token (sso_…)." },
    IDP_TOKEN: { description: "An access token (JWT) from the tenant's IdP, accepted through a connection with API access (R15)." },
  } as const,
});

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is asking: the API token, or the person (or application) an IdP access token names.',
  fields: (t) => ({
    role: t.field({ type: ViewerRole, resolve: (v) => v.role }),
    name: t.string({ description: "The API token's name, or the matched user's username (the client id for a client-credentials token).", resolve: (v) => v.name }),
    credential: t.field({ type: ViewerCredential, resolve: (v) => (isIdpTokenViewer(v) ? 'IDP_TOKEN' : 'API_TOKEN') }),
    accountName: t.string({
      nullable: true,
      description: 'The account the credential belongs to; null for the operator.',
      resolve: async (v, _args, ctx) => (v.role === 'OPERATOR' ? null : ((await ctx.db.tenant.findUnique({ where: { id: v.tenantId }, select: { accountName: true } }))?.accountName ?? null)),
    }),
    tenant: t.prismaField({
      type: 'Tenant',
      nullable: true,
      authScopes: { authenticated: true },
      description: "The tenant the credential belongs to; null for the operator. Its data is for admins: FORBIDDEN for TENANT_USER and TENANT_APPLICATION.",
      resolve: (query, v, _args, ctx) => (v.role !== 'OPERATOR' ? ctx.db.tenant.findUnique({ ...query, where: { id: v.tenantId } }) : null),
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      authScopes: { authenticated: true },
      description: 'The platform user an IdP access token was matched to (as at sign-in); null for API tokens and client-credentials tokens. For admins (as tenant).',
      resolve: (query, v, _args, ctx) => (isIdpTokenViewer(v) && v.userId ? ctx.db.user.findFirst({ ...query, where: { id: v.userId, tenantId: v.tenantId } }) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerType,
    description: 'Any credential may ask who it is.',
    authScopes: { identified: true },
    resolve: (_, __, ctx) => ctx.viewer!,
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
