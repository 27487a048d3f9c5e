// Bounds what an anonymous sender can add to login history. A failure that continues no
// attempt of ours (forged state, junk posted to the ACS, …) normally gets a row of its
// own; beyond a rate per address — or, for unattributed failures, beyond a global rate —
// it is folded into the latest row of the same account, code and address instead
// (repeatCount + 1, lastSeenAt), so the count is kept and the table does not grow.
// The counters are per process: each instance bounds what it writes.
import type { Db } from '../../db/client.ts';
import type { FailureCode } from '../../../common/failures/catalog.ts';
import type { SignInSettings } from '../deps.ts';

const WINDOW_MS = 60_000;
/** How far back a row may be to take further repeats. */
const FOLD_INTO_MS = 10 * 60_000;
const MAX_TRACKED = 50_000;

/**
 * Events per key over the last minute, sliding (a burst astride a clock minute gets no
 * second allowance). Keeps at most `cap` timestamps a key: beyond the limit only "over"
 * matters, not by how much.
 */
class MinuteCounter {
  private recent = new Map<string, number[]>();

  constructor(private cap: number) {}

  /** Counts one event for key and returns how many it has seen in the last minute (at most cap + 1). */
  hit(key: string, now: number): number {
    let times = this.recent.get(key);
    if (!times) {
      if (this.recent.size >= MAX_TRACKED) this.recent.clear();
      times = [];
      this.recent.set(key, times);
    }
    while (times.length && times[0]! <= now - WINDOW_MS) times.shift();
    times.push(now);
    if (times.length > this.cap + 1) times.shift();
    return times.length;
  }
}

export class FailureCoalescer {
  private perAddress: MinuteCounter;
  private unattributed: MinuteCounter;

  constructor(private settings: Pick<SignInSettings, 'failuresPerMinutePerAddress' | 'unattributedPerMinute'>) {
    this.perAddress = new MinuteCounter(settings.failuresPerMinutePerAddress);
    this.unattributed = new MinuteCounter(settings.unattributedPerMinute);
  }

  /**
   * The trace id of the row this failure was folded into, or null when it deserves a row
   * of its own.
   */
  async fold(db: Db, failure: { tenantId: string | null; code: FailureCode; ip: string | null }, now = Date.now()): Promise<string | null> {
    const overAddress = this.perAddress.hit(`${failure.tenantId ?? '-'}|${failure.ip ?? '-'}`, now) > this.settings.failuresPerMinutePerAddress;
    const overGlobal = failure.tenantId === null && this.unattributed.hit('all', now) > this.settings.unattributedPerMinute;
    if (!overAddress && !overGlobal) return null;
    const since = new Date(now - FOLD_INTO_MS);
    const similar = await db.loginAttempt.findFirst({
      where: { tenantId: failure.tenantId, code: failure.code, ...(overGlobal ? {} : { ip: failure.ip }), createdAt: { gte: since } },
      orderBy: { id: 'desc' },
      select: { id: true, traceId: true },
    });
    if (!similar) return null;
    await db.loginAttempt.update({ where: { id: similar.id }, data: { repeatCount: { increment: 1 }, lastSeenAt: new Date(now) } });
    return similar.traceId;
  }
}
