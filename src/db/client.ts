// Opens the database named by DATABASE_URL: an embedded SQLite file (better-sqlite3)
// or PostgreSQL (node-postgres). Prisma fixes the provider per generated client, so
// there is one client per database; both are generated from prisma/schema.prisma and
// expose the same API, typed here as the SQLite one.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient, Prisma } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.ts';
import { isPostgres } from '../config.ts';
import { absoluteSqliteUrl } from './migrations.ts';
import { sqliteAdapter } from './sqlite-adapter.ts';

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

/** How long a transaction on the SQLite file may wait for the one before it to end. */
const SQLITE_TRANSACTION_MAX_WAIT_MS = 60_000;

export async function openDb(databaseUrl: string, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let db: Db;
  if (isPostgres(databaseUrl)) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    db = new PostgresClient({ adapter, log }) as unknown as Db;
  } else if (databaseUrl.startsWith('file:')) {
    // One connection: transactions queue (sqlite-adapter.ts). A change made while a large
    // import commits waits its turn instead of giving up after Prisma's default 2 s.
    db = new SqliteClient({ adapter: sqliteAdapter(absoluteSqliteUrl(databaseUrl)), log, transactionOptions: { maxWait: SQLITE_TRANSACTION_MAX_WAIT_MS } });
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
