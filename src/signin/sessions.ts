// Sessions of the sign-in service: a random token in an httpOnly cookie, its SHA-256 in
// the database (so any instance recognises it and a logout ends it everywhere).
import type { Db } from '../db/client.ts';
import type { Session, Tenant, User } from '../db/generated/sqlite/client.ts';
import type { ExternalIdentity } from './identity.ts';
import { randomToken, sha256 } from './requests.ts';
import { uuidv7 } from '../db/ids.ts';
import { recordAuditBy } from '../domain/audit/record.ts';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export async function createSession(db: Db, data: { tenantId: string; userId: string; connectionId: string; identity: ExternalIdentity }): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const { identity } = data;
  const session = await db.session.create({
    data: {
      id: uuidv7(),
      tokenHash: sha256(token),
      tenantId: data.tenantId,
      userId: data.userId,
      connectionId: data.connectionId,
      provider: identity.provider,
      externalSubject: identity.subject,
      salesforceOrgId: identity.salesforceOrgId ?? null,
      entraTenantId: identity.entraTenantId ?? null,
      identityJson: JSON.stringify(identity),
      expiresAt: new Date(Date.now() + SESSION_TTL_SECONDS * 1000),
    },
  });
  return { token, session };
}

export interface ActiveSession { session: Session; user: User; tenant: Tenant; identity: ExternalIdentity }

export async function activeSession(db: Db, token: string | undefined): Promise<ActiveSession | null> {
  if (!token) return null;
  const session = await db.session.findUnique({ where: { tokenHash: sha256(token) } });
  if (!session || session.revokedAt || session.expiresAt.getTime() < Date.now()) return null;
  const user = await db.user.findUnique({ where: { id: session.userId }, include: { tenant: true } });
  if (!user) return null;
  const { tenant, ...plainUser } = user;
  return { session, user: plainUser, tenant, identity: JSON.parse(session.identityJson) as ExternalIdentity };
}

/** Ends the session of `token`. `signedOut`: the person asked (logout), which the audit log records. */
export async function endSession(db: Db, token: string | undefined, signedOut = false): Promise<void> {
  if (!token) return;
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, tenantId: true, userId: true, revokedAt: true } });
    if (!session || session.revokedAt) return;
    await tx.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    if (signedOut) {
      const user = await tx.user.findUnique({ where: { id: session.userId }, select: { username: true } });
      await recordAuditBy(tx, `user:${user?.username ?? session.userId} (session sign-out)`, { tenantId: session.tenantId, action: 'session.logout', targetType: 'User', targetId: session.userId });
    }
  });
}
