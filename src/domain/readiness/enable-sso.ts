// R20 / R21: the Single Sign On switch. enableSso refuses while any blocker stands; the
// readiness checks and the switch run in ONE transaction that first takes the tenant's
// write lock (SQLite: the database write lock; PostgreSQL: the tenant row, which every
// blocker-creating change takes in SHARE mode first — see lock.ts), so a concurrent
// change cannot slip a blocker in between check and switch.
import type { Tenant } from '../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../context.ts';
import { UserInputError, fail } from '../errors.ts';
import { isWriteConflict } from '../../db/errors.ts';
import { recordAudit } from '../audit/record.ts';
import { findVisibleTenant } from '../tenants/service.ts';
import { databaseFindings, networkFindings, report, type ReadinessReport } from './index.ts';
import type { NetworkInput } from './context.ts';
import { lockedOut, type LockedOut } from './locked-out.ts';


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

/** Everyone SSO would lock out, by the identifier fields of the tenant's connections (locked-out.ts). */
async function lockedOutOf(db: Parameters<typeof databaseFindings>[0], tenantId: string): Promise<LockedOut> {
  const fields = [...new Set((await db.idpConnection.findMany({ where: { tenantId }, select: { identifierField: true } })).map((c) => c.identifierField))];
  return lockedOut(db, tenantId, fields);
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
        const result: EnableSsoResult = { tenant, report: report(tenant.id, [...(await databaseFindings(tx, tenant)), ...network]), enabled: false, lockedOut: await lockedOutOf(tx, tenant.id) };
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
