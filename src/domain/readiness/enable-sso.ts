// R20 / R21: the Single Sign On switch. enableSso refuses while any blocker stands; the
// readiness checks and the switch run in ONE transaction that first takes the tenant's
// write lock (SQLite: the database write lock; PostgreSQL: the tenant row, which every
// blocker-creating change takes in SHARE mode first — see lock.ts), so a concurrent
// change cannot slip a blocker in between check and switch.
import { Prisma } from '../../db/client.ts';
import type { Tenant } from '../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../context.ts';
import { UserInputError, fail } from '../errors.ts';
import { isWriteConflict } from '../../db/errors.ts';
import { recordAudit } from '../audit/record.ts';
import { findVisibleTenant } from '../tenants/service.ts';
import { databaseFindings, networkFindings, report, type ReadinessReport } from './index.ts';
import { IDENTIFIER_COLUMN, type NetworkInput } from './context.ts';

export interface LockedOut {
  count: number;
  sampleUserIds: string[];
}

export interface EnableSsoResult {
  tenant: Tenant;
  report: ReadinessReport;
  enabled: boolean;
  lockedOut: LockedOut;
}

export class NotReadyError extends UserInputError {
  constructor(readonly result: EnableSsoResult) {
    const blockers = result.report.findings.filter((f) => f.severity === 'BLOCKER');
    super([{ code: 'NOT_READY', field: ['input', 'tenantId'], message: `SSO stays off: ${blockers.length} blocker${blockers.length === 1 ? '' : 's'} (${blockers.map((b) => b.code).join(', ')}).` }]);
  }
}

/** People SSO would lock out: no value (or a shared value) in the identifier field, and no password sign-in. */
async function lockedOut(db: Parameters<typeof databaseFindings>[0], tenantId: string): Promise<LockedOut> {
  const fields = [...new Set((await db.idpConnection.findMany({ where: { tenantId }, select: { identifierField: true } })).map((c) => c.identifierField))];
  if (fields.length === 0) {
    const where = { tenantId, passwordSignInAllowed: false };
    return { count: await db.user.count({ where }), sampleUserIds: (await db.user.findMany({ where, select: { id: true }, take: 20, orderBy: { id: 'asc' } })).map((u) => u.id) };
  }
  // Locked out when no connection's identifier field can single them out.
  const conditions = fields.map((f) => {
    const column = Prisma.raw(`"${IDENTIFIER_COLUMN[f]}"`);
    return Prisma.sql`(u.${column} IS NULL OR u.${column} IN (SELECT ${column} FROM "User" WHERE "tenantId" = ${tenantId} AND ${column} IS NOT NULL GROUP BY ${column} HAVING COUNT(*) > 1))`;
  });
  const where = Prisma.sql`u."tenantId" = ${tenantId} AND u."passwordSignInAllowed" = ${false} AND ${Prisma.join(conditions, ' AND ')}`;
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "User" u WHERE ${where}`;
  const sample = await db.$queryRaw<{ id: string }[]>`SELECT u."id" FROM "User" u WHERE ${where} ORDER BY u."id" LIMIT 20`;
  return { count: Number(row?.n ?? 0), sampleUserIds: sample.map((r) => r.id) };
}

export async function assessReadiness(ctx: ServiceContext, tenantId: string, fetchText: NetworkInput['fetchText']): Promise<ReadinessReport> {
  const tenant = await findVisibleTenant(ctx, tenantId, ['tenantId']);
  const network = await networkFindings(ctx.db, tenant, fetchText);
  return report(tenant.id, [...(await databaseFindings(ctx.db, tenant)), ...network]);
}

export async function enableSso(ctx: ServiceContext, tenantId: string, options: { dryRun: boolean; fetchText: NetworkInput['fetchText'] }): Promise<EnableSsoResult> {
  const before = await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);
  const network = await networkFindings(ctx.db, before, options.fetchText);
  try {
    return await ctx.db.$transaction(
      async (tx) => {
        // Take the lock first: from here on the picture the checks see cannot change under us.
        const tenant = await tx.tenant.update({ where: { id: before.id }, data: { updatedAt: before.updatedAt } });
        const result: EnableSsoResult = { tenant, report: report(tenant.id, [...(await databaseFindings(tx, tenant)), ...network]), enabled: false, lockedOut: await lockedOut(tx, tenant.id) };
        if (options.dryRun) return result;
        if (!result.report.ready) throw new NotReadyError(result);
        if (tenant.ssoEnabled) return { ...result, enabled: true };
        const enabled = await tx.tenant.update({ where: { id: tenant.id }, data: { ssoEnabled: true } });
        await recordAudit(tx, ctx.viewer, { tenantId: tenant.id, action: 'tenant.enableSso', targetType: 'Tenant', targetId: tenant.id, before: tenant, after: { ...enabled, warnings: result.report.findings.map((f) => f.code) } });
        return { ...result, tenant: enabled, enabled: true };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    if (isWriteConflict(error)) {
      fail('CONFLICT', ['input', 'tenantId'], 'The configuration changed while SSO was being enabled. Review the readiness report and try again.');
    }
    throw error;
  }
}

/** R21: the same switch, off. Always allowed. */
export async function disableSso(ctx: ServiceContext, tenantId: string): Promise<Tenant> {
  const before = await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);
  return ctx.db.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({ where: { id: before.id }, data: { ssoEnabled: false } });
    await recordAudit(tx, ctx.viewer, { tenantId: tenant.id, action: 'tenant.disableSso', targetType: 'Tenant', targetId: tenant.id, before, after: tenant });
    return tenant;
  });
}
