// Replay cache: an assertion id is accepted once, across every instance (the primary key
// of ConsumedAssertion is the lock), and remembered until the assertion could no longer
// be accepted anyway.
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { sha256 } from '../requests.ts';

export async function claimAssertion(db: Db, issuer: string, assertionId: string, notOnOrAfter: Date): Promise<boolean> {
  try {
    await db.consumedAssertion.create({ data: { id: sha256(`${issuer}\n${assertionId}`), expiresAt: notOnOrAfter } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
