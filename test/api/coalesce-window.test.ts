// The anonymous-failure limit is per sliding minute: a burst astride a clock minute gets
// no second allowance (issue "operable in production": rows cannot grow without bound).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/db/client.ts';
import { FailureCoalescer } from '../../src/signin/attempt/coalesce.ts';
import { cloneTemplateDatabase } from '../support/database.ts';

describe('failure coalescing window', () => {
  let db: Db;
  beforeAll(async () => { db = await openDb(await cloneTemplateDatabase()); });
  afterAll(() => db.$disconnect());

  it('R13 three failures a minute per address: the fourth, one second after a clock minute turns, is folded', async () => {
    const coalescer = new FailureCoalescer({ failuresPerMinutePerAddress: 3, unattributedPerMinute: 1000 });
    const failure = { tenantId: null, code: 'SAML_RESPONSE_MALFORMED' as const, ip: '203.0.113.9' };
    const minute = Math.ceil(Date.now() / 60_000) * 60_000;
    const at = [minute - 3_000, minute - 2_000, minute - 1_000, minute + 1_000];
    const folded: (string | null)[] = [];
    for (const [i, now] of at.entries()) {
      folded.push(await coalescer.fold(db, failure, now));
      if (folded[i] === null) await db.loginAttempt.create({ data: { traceId: `coalesce-${minute}-${i}`, kind: 'SIGN_IN', outcome: 'FAILURE', code: failure.code, ip: failure.ip, audience: 'USER', createdAt: new Date(now), lastSeenAt: new Date(now) } as never });
    }
    expect(folded.slice(0, 3)).toEqual([null, null, null]);
    expect(folded[3]).toBe(`coalesce-${minute}-2`);
    // A minute after the first, the address has its allowance back.
    expect(await coalescer.fold(db, failure, minute + 58_000)).toBeNull();
  });
});
