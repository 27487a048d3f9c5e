// R20: someone must still get in if the IdP breaks — an admin with password sign-in, or
// an admin who has passed a test SSO sign-in through a connection as it is now.
import { finding, type Finding } from '../findings.ts';
import type { ReadinessInput } from '../context.ts';

export async function checkBreakGlass({ db, tenant, connections }: ReadinessInput): Promise<Finding[]> {
  const withPassword = await db.user.count({ where: { tenantId: tenant.id, kind: 'USER', isAdmin: true, passwordSignInAllowed: true }, take: 1 });
  if (withPassword > 0) return [];
  for (const c of connections) {
    const tested = await db.connectionTest.findMany({ where: { connectionId: c.id, outcome: 'SUCCESS', connectionUpdatedAt: c.updatedAt, matchedUserId: { not: null } }, select: { matchedUserId: true }, take: 50 });
    const ids = tested.map((t) => t.matchedUserId!);
    if (ids.length && (await db.user.count({ where: { id: { in: ids }, isAdmin: true } })) > 0) return [];
  }
  return [finding('NO_BREAK_GLASS', {}, { type: 'Tenant', count: 1, firstIds: [tenant.id] })];
}
