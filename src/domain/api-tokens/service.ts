// API tokens. The operator mints tokens for any tenant (or operator tokens); a tenant
// admin mints and revokes tokens of its own tenant only. The token is returned once.
import type { ApiToken } from '../../db/generated/sqlite/client.ts';
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import { fail, notFound } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { recordAudit } from '../audit/record.ts';
import { visibleRows } from '../viewer.ts';
import { findVisibleTenant } from '../tenants/service.ts';
import { newApiToken } from '../../security/api-tokens.ts';

const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(100, 'Name must be at most 100 characters.'),
  role: z.enum(['OPERATOR', 'TENANT_ADMIN']),
});

export async function createApiToken(ctx: ServiceContext, tenantId: string | null, raw: unknown): Promise<{ apiToken: ApiToken; token: string }> {
  const input = parseInput(createApiTokenInput, raw);
  if (input.role === 'OPERATOR') {
    if (ctx.viewer.role !== 'OPERATOR') fail('FORBIDDEN', ['input', 'role'], 'Only the platform operator can create operator tokens.');
    if (tenantId) fail('INVALID_INPUT', ['input', 'tenantId'], 'An operator token belongs to no tenant.');
  } else {
    if (!tenantId) fail('INVALID_INPUT', ['input', 'tenantId'], 'A tenant admin token needs a tenant.');
    await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);
  }
  const minted = newApiToken();
  const apiToken = await ctx.db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { name: input.name, role: input.role, tenantId: tenantId ?? null, tokenHash: minted.hash, prefix: minted.prefix } });
    await recordAudit(tx, ctx.viewer, { tenantId: row.tenantId, action: 'apiToken.create', targetType: 'ApiToken', targetId: row.id, after: row });
    return row;
  });
  return { apiToken, token: minted.token };
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  const before = await ctx.db.apiToken.findFirst({ where: visibleRows(ctx.viewer, { id }) });
  if (!before) return notFound(['input', 'id'], 'API token');
  if (before.revokedAt) return before;
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx.viewer, { tenantId: row.tenantId, action: 'apiToken.revoke', targetType: 'ApiToken', targetId: id, before, after: row });
    return row;
  });
}
