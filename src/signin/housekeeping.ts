// Housekeeping of the sign-in service, safe on any instance and in any number at once:
//  - expired pending sign-ins and replay-cache entries are dropped (requests.ts);
//  - attempts that never came back from the IdP become ABANDONED;
//  - login history is kept for a number of days, at most so many rows per account, and
//    unattributed attempts (operator-only) for a shorter time.
// Attempt ids are UUIDv7, so "older than" is an id comparison on the primary key.
import type { Db } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import { purgeExpired } from './requests.ts';

export interface HistoryLimits {
  retentionDays: number;
  maxPerTenant: number;
  unattributedRetentionDays: number;
}

const DAY_MS = 86_400_000;
/** The smallest id a row created at `time` can have: rows older than it sort before. */
const idAt = (time: number) => uuidv7(time).slice(0, 13);

/** PENDING attempts started more than abandonAfterMs ago are ABANDONED; returns how many. */
export async function abandonStale(db: Db, abandonAfterMs: number, now = Date.now()): Promise<number> {
  const { count } = await db.loginAttempt.updateMany({
    where: { outcome: 'PENDING', createdAt: { lt: new Date(now - abandonAfterMs) } },
    data: { outcome: 'ABANDONED', finishedAt: new Date(now) },
  });
  return count;
}

/** Deletes history past its retention; returns how many rows went. */
export async function trimHistory(db: Db, limits: HistoryLimits, now = Date.now()): Promise<number> {
  let deleted = (await db.loginAttempt.deleteMany({ where: { id: { lt: idAt(now - limits.retentionDays * DAY_MS) } } })).count;
  deleted += (await db.loginAttempt.deleteMany({ where: { tenantId: null, id: { lt: idAt(now - limits.unattributedRetentionDays * DAY_MS) } } })).count;
  // Per account: the row at position maxPerTenant (newest first) and everything older goes.
  for (let cursor: string | undefined; ;) {
    const tenants = await db.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 500, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (!tenants.length) break;
    for (const { id: tenantId } of tenants) {
      const edge = await db.loginAttempt.findFirst({ where: { tenantId }, orderBy: { id: 'desc' }, skip: limits.maxPerTenant, select: { id: true } });
      if (edge) deleted += (await db.loginAttempt.deleteMany({ where: { tenantId, id: { lte: edge.id } } })).count;
    }
    cursor = tenants.at(-1)!.id;
  }
  return deleted;
}

export async function signInHousekeeping(db: Db, options: { abandonAfterMs: number; history: HistoryLimits }): Promise<{ abandoned: number; trimmed: number }> {
  await purgeExpired(db);
  const abandoned = await abandonStale(db, options.abandonAfterMs);
  const trimmed = await trimHistory(db, options.history);
  return { abandoned, trimmed };
}
