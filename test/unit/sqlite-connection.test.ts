// libSQL opens a fresh connection after each interactive transaction; the per-connection
// settings must follow it (a lost busy timeout turned concurrent writes into errors).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client.ts';

describe('SQLite connection settings', () => {
  it('keep busy timeout, synchronous=NORMAL and foreign keys across interactive transactions', async () => {
    const db = await openDb(`file:${join(mkdtempSync(join(tmpdir(), 'sso-sqlite-')), 'x.db')}`);
    const read = async (q: { $queryRawUnsafe: typeof db.$queryRawUnsafe }) => ({
      timeout: JSON.stringify(await q.$queryRawUnsafe('PRAGMA busy_timeout')),
      synchronous: JSON.stringify(await q.$queryRawUnsafe('PRAGMA synchronous')),
      foreignKeys: JSON.stringify(await q.$queryRawUnsafe('PRAGMA foreign_keys')),
    });
    const expected = { timeout: '[{"timeout":5000}]', synchronous: '[{"synchronous":1}]', foreignKeys: '[{"foreign_keys":1}]' };
    expect(await read(db)).toEqual(expected);
    for (let i = 0; i < 3; i++) {
      expect(await db.$transaction(async (tx) => read(tx as never))).toEqual(expected);
      expect(await read(db)).toEqual(expected);
    }
    await db.$disconnect();
  });
});
