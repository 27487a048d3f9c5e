// Login history: one row per attempt, with exactly what the user was shown and, for
// the admin, the precise cause.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { LoginAttempt } from '../db/generated/sqlite/client.ts';

export type AttemptRecord = Omit<LoginAttempt, 'id' | 'createdAt' | 'traceId'>;

export const newTraceId = () => randomUUID();

export async function recordAttempt(db: Db, traceId: string, attempt: Partial<AttemptRecord> & Pick<AttemptRecord, 'outcome'>): Promise<void> {
  await db.loginAttempt.create({ data: { ...attempt, traceId } });
}
