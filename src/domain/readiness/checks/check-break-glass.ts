// R20: someone must still get in if the IdP breaks — an admin with password sign-in, or
// an admin who has passed a test SSO sign-in through a connection as it is now.
import { finding, type Finding } from '../findings.ts';
import type { ReadinessInput } from '../context.ts';

export async function checkBreakGlass({ db, tenant, connections }: ReadinessInput): Promise<Finding[]> {
  const withPassword = await db.user.count({ where: { tenantId: tenant.id, kind: 'USER', isAdmin: true, passwordSignInAllowed: true }, take: 1 });
  if (withPassword > 0) return [];
  // Admins are few; ask directly whether any of them passed a test on a current connection.
  const admins = (await db.user.findMany({ where: { tenantId: tenant.id, kind: 'USER', isAdmin: true }, select: { id: true }, take: 1_000 })).map((u) => u.id);
  for (const c of admins.length ? connections : []) {
    const passed = await db.connectionTest.findFirst({ where: { connectionId: c.id, outcome: 'SUCCESS', connectionUpdatedAt: c.updatedAt, matchedUserId: { in: admins } }, select: { id: true } });
    if (passed) return [];
  }
  return [finding('NO_BREAK_GLASS', {}, { type: 'Tenant', count: 1, firstIds: [tenant.id] })];
}
