// Pending sign-ins, in the database so any instance can finish what another started.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { isRecordNotFound } from '../db/errors.ts';
import type { SignInRequest } from '../db/generated/sqlite/client.ts';

/** How long a person may spend at the IdP before the sign-in must start again. */
export const SIGN_IN_TTL_MS = 10 * 60_000;

export const randomToken = () => randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type NewSignInRequest = Omit<SignInRequest, 'id' | 'createdAt' | 'expiresAt' | 'consumedAt'>;

export type Consumed = { ok: true; request: SignInRequest } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

/**
 * Marks the request used and returns it — exactly once: the conditional update (unused,
 * unexpired) is the lock, so two racing callbacks (or a replayed one) cannot both
 * succeed. One statement when it succeeds; only a refusal reads the row to say why.
 */
export async function consumeSignInRequest(db: Db, where: { id: string } | { samlRequestId: string }): Promise<Consumed> {
  const unique = 'id' in where ? { id: where.id } : { samlRequestId: where.samlRequestId };
  const now = new Date();
  try {
    const request = await db.signInRequest.update({ where: { ...unique, consumedAt: null, expiresAt: { gte: now } }, data: { consumedAt: now } });
    return { ok: true, request };
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
  }
  const request = await db.signInRequest.findUnique({ where: unique });
  if (!request) return { ok: false, reason: 'unknown' };
  return { ok: false, reason: request.consumedAt ? 'used' : 'expired' };
}

/** Housekeeping: drops requests and replay-cache entries past their expiry. */
export async function purgeExpired(db: Db): Promise<void> {
  const now = new Date();
  await db.signInRequest.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - SIGN_IN_TTL_MS) } } });
  await db.consumedAssertion.deleteMany({ where: { expiresAt: { lt: now } } });
}
