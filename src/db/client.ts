// Opens the database named by DATABASE_URL: an embedded SQLite file (libSQL driver)
// or PostgreSQL (node-postgres). Prisma fixes the provider per generated client, so
// there is one client per database; both are generated from prisma/schema.prisma and
// expose the same API, typed here as the SQLite one.
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient, Prisma } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { isPostgres } from '../config.ts';
import { absoluteSqliteUrl } from './migrations.ts';

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

export type Dialect = 'sqlite' | 'postgresql';
const dialects = new WeakMap<object, Dialect>();

/** Which database a client (or a transaction of it) talks to, for the rare raw statement. */
export function dialectOf(db: Db | Tx): Dialect {
  return dialects.get(db) ?? 'sqlite';
}

export const isPostgresClient = (db: Db | Tx) => dialectOf(db) === 'postgresql';

export interface DbOptions {
  /** Called with each SQL statement the client sends (benchmarks and tests count them). */
  onQuery?: (sql: string, durationMs: number) => void;
}

export async function openDb(databaseUrl: string, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let db: Db;
  if (isPostgres(databaseUrl)) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    db = new PostgresClient({ adapter, log }) as unknown as Db;
  } else if (databaseUrl.startsWith('file:')) {
    const adapter = new PrismaLibSql({ url: absoluteSqliteUrl(databaseUrl) });
    db = new SqliteClient({ adapter, log });
    // WAL lets readers proceed during a write; the busy timeout makes a second writer
    // wait for the lock instead of failing at once. synchronous=NORMAL is the setting
    // SQLite recommends with WAL (no corruption on power loss; the last commits may be
    // lost). A 32 MiB page cache keeps bulk imports off the disk.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
    await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    await db.$executeRawUnsafe('PRAGMA cache_size = -32768');
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  } else {
    throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
  }
  dialects.set(db, isPostgres(databaseUrl) ? 'postgresql' : 'sqlite');
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (db as unknown as { $on(event: 'query', cb: (e: { query: string; duration: number }) => void): void }).$on('query', (e) => onQuery(e.query, e.duration));
  }
  return db;
}
