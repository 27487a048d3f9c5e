// Users (admin portal) and agents (softphone client) of one tenant (R19). Usernames
// are unique per tenant; emails and external IDs deliberately are not (duplicates are
// the documented "Multiple users found" failure, detected at sign-in and readiness).
import type { User } from '../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../context.ts';
import { fail, notFound } from '../errors.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { parseInput } from '../validation.ts';
import { recordAudit } from '../audit/record.ts';
import { visibleRows } from '../viewer.ts';
import { findVisibleTenant } from '../tenants/service.ts';
import { createUserInput, updateUserInput } from './input.ts';
import { lockTenantForConfigChange } from '../readiness/lock.ts';

async function findVisibleUser(ctx: ServiceContext, id: string, field: string[]): Promise<User> {
  const user = await ctx.db.user.findFirst({ where: visibleRows(ctx.viewer, { id }) });
  return user ?? notFound(field, 'User');
}

const usernameTaken = (username: string): never => fail('CONFLICT', ['input', 'username'], `The username "${username}" is already taken in this account.`);

export async function createUser(ctx: ServiceContext, tenantId: string, raw: unknown): Promise<User> {
  const input = parseInput(createUserInput, raw);
  await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockTenantForConfigChange(ctx.db, tx, tenantId);
      const user = await tx.user.create({ data: { ...input, tenantId } });
      await recordAudit(tx, ctx.viewer, { tenantId, action: 'user.create', targetType: 'User', targetId: user.id, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) usernameTaken(input.username);
    throw error;
  }
}

export async function updateUser(ctx: ServiceContext, id: string, raw: unknown): Promise<User> {
  const input = parseInput(updateUserInput, raw);
  const before = await findVisibleUser(ctx, id, ['input', 'id']);
  if ((input.kind ?? before.kind) === 'AGENT' && (input.isAdmin ?? before.isAdmin))
    fail('INVALID_INPUT', ['input', 'isAdmin'], 'An agent cannot be an admin.');
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockTenantForConfigChange(ctx.db, tx, before.tenantId);
      const user = await tx.user.update({ where: { id }, data: input });
      await recordAudit(tx, ctx.viewer, { tenantId: before.tenantId, action: 'user.update', targetType: 'User', targetId: id, before, after: user });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.username) usernameTaken(input.username);
    throw error;
  }
}

export async function deleteUser(ctx: ServiceContext, id: string): Promise<User> {
  const before = await findVisibleUser(ctx, id, ['input', 'id']);
  return ctx.db.$transaction(async (tx) => {
    await lockTenantForConfigChange(ctx.db, tx, before.tenantId);
    await tx.user.delete({ where: { id } });
    await recordAudit(tx, ctx.viewer, { tenantId: before.tenantId, action: 'user.delete', targetType: 'User', targetId: id, before });
    return before;
  });
}
