// Tenants (accounts). Creating, deleting and entitling tenants is the platform
// operator's job (R16); a tenant admin may only rename its own tenant.
import type { Tenant } from '../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../context.ts';
import { fail, notFound } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { recordAudit } from '../audit/record.ts';
import { visibleTenants } from '../viewer.ts';
import { accountKey, createTenantInput, updateTenantInput } from './input.ts';

function requireOperator(ctx: ServiceContext, what: string) {
  if (ctx.viewer.role !== 'OPERATOR') fail('FORBIDDEN', [], `Only the platform operator can ${what}.`);
}

async function assertAccountNameFree(ctx: ServiceContext, name: string, exceptId?: string) {
  const clash = await ctx.db.tenant.findUnique({ where: { accountKey: accountKey(name) }, select: { id: true } });
  if (clash && clash.id !== exceptId) fail('CONFLICT', ['input', 'accountName'], `The account name "${name}" is already taken.`);
}

export async function findVisibleTenant(ctx: ServiceContext, id: string, field: string[]): Promise<Tenant> {
  const tenant = await ctx.db.tenant.findFirst({ where: visibleTenants(ctx.viewer, { id }) });
  return tenant ?? notFound(field, 'Tenant');
}

export async function createTenant(ctx: ServiceContext, raw: unknown): Promise<Tenant> {
  requireOperator(ctx, 'create tenants');
  const input = parseInput(createTenantInput, raw);
  await assertAccountNameFree(ctx, input.accountName);
  return ctx.db.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({ data: { ...input, accountKey: accountKey(input.accountName) } });
    await recordAudit(tx, ctx.viewer, { tenantId: tenant.id, action: 'tenant.create', targetType: 'Tenant', targetId: tenant.id, after: tenant });
    return tenant;
  });
}

export async function updateTenant(ctx: ServiceContext, id: string, raw: unknown): Promise<Tenant> {
  const input = parseInput(updateTenantInput, raw);
  const before = await findVisibleTenant(ctx, id, ['id']);
  if (input.accountName) await assertAccountNameFree(ctx, input.accountName, id);
  return ctx.db.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({
      where: { id },
      data: { ...input, ...(input.accountName ? { accountKey: accountKey(input.accountName) } : {}) },
    });
    await recordAudit(tx, ctx.viewer, { tenantId: id, action: 'tenant.update', targetType: 'Tenant', targetId: id, before, after: tenant });
    return tenant;
  });
}

export async function deleteTenant(ctx: ServiceContext, id: string): Promise<Tenant> {
  requireOperator(ctx, 'delete tenants');
  const before = await findVisibleTenant(ctx, id, ['id']);
  return ctx.db.$transaction(async (tx) => {
    await tx.tenant.delete({ where: { id } });
    await recordAudit(tx, ctx.viewer, { tenantId: id, action: 'tenant.delete', targetType: 'Tenant', targetId: id, before });
    return before;
  });
}

/**
 * The "Single Sign On" billing flag (R16). Withdrawing the entitlement also switches
 * SSO off, since a tenant may not run a feature it is no longer entitled to.
 */
export async function setSsoEntitlement(ctx: ServiceContext, id: string, entitled: boolean): Promise<Tenant> {
  requireOperator(ctx, 'set the SSO entitlement');
  const before = await findVisibleTenant(ctx, id, ['tenantId']);
  return ctx.db.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({
      where: { id },
      data: { ssoEntitled: entitled, ...(entitled ? {} : { ssoEnabled: false }) },
    });
    await recordAudit(tx, ctx.viewer, { tenantId: id, action: 'tenant.setSsoEntitlement', targetType: 'Tenant', targetId: id, before, after: tenant });
    return tenant;
  });
}
