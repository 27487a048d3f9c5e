// The embedded SQLite database runs on one connection: its settings must hold inside and
// after interactive transactions, a statement sent while a transaction is open must
// neither see that transaction's uncommitted rows nor be rolled back with it, and
// compiled statements are shared without sharing their arguments.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/db/client.ts';
import { deployMigrations } from '../../src/db/migrations.ts';

const pragma = async (q: Pick<Db, '$queryRawUnsafe'>, name: string) =>
  Number(Object.values((await q.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0]);

let db: Db | undefined;
afterEach(async () => {
  await db?.$disconnect();
  db = undefined;
});

const freshUrl = () => `file:${join(mkdtempSync(join(tmpdir(), 'sso-sqlite-')), 'x.db')}`;

describe('SQLite connection', () => {
  it('keeps busy timeout, WAL, synchronous=NORMAL and foreign keys inside and after interactive transactions', async () => {
    db = await openDb(freshUrl());
    const read = async (q: Pick<Db, '$queryRawUnsafe'>) => ({
      timeout: await pragma(q, 'busy_timeout'),
      synchronous: await pragma(q, 'synchronous'),
      foreignKeys: await pragma(q, 'foreign_keys'),
    });
    const expected = { timeout: 5000, synchronous: 1, foreignKeys: 1 };
    expect(await read(db)).toEqual(expected);
    expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    for (let i = 0; i < 3; i++) {
      expect(await db.$transaction(async (tx) => read(tx))).toEqual(expected);
      expect(await read(db)).toEqual(expected);
    }
  });

  it('runs a statement sent during an open transaction after it, not inside it', async () => {
    const url = freshUrl();
    deployMigrations(url);
    db = await openDb(url);
    const client = db;
    let outside: Promise<unknown> | undefined;
    let seenOutside: number | undefined;
    const failure = client.$transaction(async (tx) => {
      await tx.tenant.create({ data: { accountName: 'RolledBack', accountKey: 'rolledback', displayName: 'Rolled back' } });
      // Another request, meanwhile: a read and a write outside the transaction.
      outside = Promise.all([
        client.tenant.count().then((n) => (seenOutside = n)),
        client.tenant.create({ data: { accountName: 'Kept', accountKey: 'kept', displayName: 'Kept' } }),
      ]);
      await new Promise((r) => setTimeout(r, 20));
      expect(seenOutside).toBeUndefined(); // still waiting for the transaction to end
      throw new Error('roll back');
    });
    await expect(failure).rejects.toThrow('roll back');
    await outside;
    expect(seenOutside).toBe(0); // the uncommitted row was never visible outside
    expect((await client.tenant.findMany({ select: { accountName: true } })).map((t) => t.accountName)).toEqual(['Kept']);
  });

  it('reuses compiled statements with each call\'s own arguments, past the cache size', async () => {
    const url = freshUrl();
    deployMigrations(url);
    db = await openDb(url);
    const client = db;
    for (const name of ['Alpha', 'Beta']) await client.tenant.create({ data: { accountName: name, accountKey: name.toLowerCase(), displayName: name } });
    const byKey = (key: string) => client.tenant.findUnique({ where: { accountKey: key }, select: { accountName: true } });
    expect(await byKey('alpha')).toEqual({ accountName: 'Alpha' });
    expect(await byKey('beta')).toEqual({ accountName: 'Beta' });
    expect(await client.$transaction(async (tx) => tx.tenant.findUnique({ where: { accountKey: 'alpha' }, select: { accountName: true } }))).toEqual({ accountName: 'Alpha' });
    // 300 distinct statement shapes (IN lists of every length) push the first ones out.
    for (let n = 1; n <= 300; n++) {
      const keys = Array.from({ length: n }, (_, i) => (i === n - 1 ? 'beta' : `missing-${i}`));
      expect(await client.tenant.count({ where: { accountKey: { in: keys } } })).toBe(1);
    }
    expect(await byKey('beta')).toEqual({ accountName: 'Beta' });
    expect(await byKey('gamma')).toBeNull();
  });

  it('queues a transaction behind a long one (longer than Prisma\'s default 2 s wait) instead of failing it', async () => {
    const url = freshUrl();
    deployMigrations(url);
    db = await openDb(url);
    const client = db;
    let releaseLong!: () => void;
    const longRunning = client.$transaction(async (tx) => {
      await tx.tenant.create({ data: { accountName: 'First', accountKey: 'first', displayName: 'First' } });
      await new Promise<void>((resolve) => (releaseLong = resolve));
    }, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    const queued = client.$transaction(async (tx) => tx.tenant.create({ data: { accountName: 'Second', accountKey: 'second', displayName: 'Second' } }));
    setTimeout(() => releaseLong(), 2_500);
    await Promise.all([longRunning, queued]);
    expect((await client.tenant.findMany({ orderBy: { createdAt: 'asc' }, select: { accountName: true } })).map((t) => t.accountName)).toEqual(['First', 'Second']);
  });
});
