// A person's sign-in sessions as an admin sees them: the active ones of a user, and
// revoking them all. Sessions live in the database and every request checks its session
// there (src/signin/sessions.ts), so a revocation holds on the next request on every
// instance. Revoking is audited, in the same transaction.
import type { Session } from '../../db/generated/sqlite/client.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { recordAudit } from '../audit/record.ts';
import { visibleRows } from '../viewer.ts';

const activeWhere = (userId: string, now: Date) => ({ userId, revokedAt: null, expiresAt: { gt: now } });

/** The user's sessions that still let them in, newest first. */
export function activeSessionsOf(db: Db, userId: string): Promise<Session[]> {
  return db.session.findMany({ where: activeWhere(userId, new Date()), orderBy: { createdAt: 'desc' } });
}

/** Ends every active session of a user of the viewer's tenant; returns how many. */
export async function revokeSessions(ctx: ServiceContext, userId: string): Promise<{ userId: string; revokedCount: number }> {
  const user = await ctx.db.user.findFirst({ where: visibleRows(ctx.viewer, { id: userId }), select: { id: true, tenantId: true, username: true } });
  if (!user) return notFound(['input', 'userId'], 'User');
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: activeWhere(user.id, new Date()), data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx.viewer, { tenantId: user.tenantId, action: 'user.revokeSessions', targetType: 'User', targetId: user.id, after: { username: user.username, revokedCount: count } });
    return { userId: user.id, revokedCount: count };
  });
}
