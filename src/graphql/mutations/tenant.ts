import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { Tenant } from '../types/tenant.ts';
import { attempt, payloadType } from './payload.ts';
import { createTenant, deleteTenant, setSsoEntitlement, updateTenant } from '../../domain/tenants/service.ts';

const TenantPayload = (name: string, description = 'The tenant; null when userErrors is not empty.') => payloadType(name, 'tenant', Tenant, description);

const CreateTenantInput = builder.inputType('CreateTenantInput', {
  fields: (t) => ({
    accountName: t.string({ required: true, description: 'URL-safe; login URLs carry it: /login?account=AccountName.' }),
    displayName: t.string({ required: true }),
  }),
});
builder.mutationField('createTenant', (t) =>
  t.field({
    type: TenantPayload('CreateTenant'),
    description: 'Platform operator only.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateTenantInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => createTenant(serviceContext(ctx), input)),
  }),
);

const UpdateTenantInput = builder.inputType('UpdateTenantInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    accountName: t.string({ required: false }),
    displayName: t.string({ required: false }),
  }),
});
builder.mutationField('updateTenant', (t) =>
  t.field({
    type: TenantPayload('UpdateTenant'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateTenantInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(() => updateTenant(serviceContext(ctx), localId(String(input.id), 'Tenant', ['input', 'id']), { accountName: input.accountName ?? undefined, displayName: input.displayName ?? undefined })),
  }),
);

const DeleteTenantInput = builder.inputType('DeleteTenantInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
builder.mutationField('deleteTenant', (t) =>
  t.field({
    type: TenantPayload('DeleteTenant', 'The tenant as it was before deletion.'),
    description: 'Platform operator only. Deletes the tenant with its connections, users and tokens; its audit events remain.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteTenantInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => deleteTenant(serviceContext(ctx), localId(String(input.id), 'Tenant', ['input', 'id']))),
  }),
);

const SetSsoEntitlementInput = builder.inputType('SetSsoEntitlementInput', {
  fields: (t) => ({
    tenantId: t.id({ required: true }),
    entitled: t.boolean({ required: true }),
  }),
});
builder.mutationField('setSsoEntitlement', (t) =>
  t.field({
    type: TenantPayload('SetSsoEntitlement'),
    description: 'Platform operator only: the "Single Sign On" flag. Withdrawing it also switches SSO off.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SetSsoEntitlementInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(() => setSsoEntitlement(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']), input.entitled)),
  }),
);
