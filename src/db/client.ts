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

/**
 * Per-connection SQLite settings. The busy timeout makes a second writer wait for the
 * lock instead of failing at once; synchronous=NORMAL is what SQLite recommends with WAL
 * (no corruption on power loss; the last commits may be lost); foreign keys enforce the
 * schema's cascades; a 32 MiB page cache keeps bulk imports off the disk.
 */
const SQLITE_PRAGMAS = 'PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;';

type LibSqlConnection = Awaited<ReturnType<PrismaLibSql['connect']>>;

/**
 * libSQL hands its connection to each interactive transaction and opens a NEW one for
 * what follows — without any PRAGMA set before (measured: busy_timeout 0 and
 * synchronous FULL after the first transaction). So the settings are applied again to
 * whichever connection is current after every transaction start, before it is used.
 */
function withConnectionPragmas(factory: PrismaLibSql): PrismaLibSql {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: LibSqlConnection = await connect();
    let fresh = true;
    const ensure = async () => {
      if (!fresh) return;
      fresh = false;
      await executeScript(SQLITE_PRAGMAS);
    };
    const executeScript = adapter.executeScript.bind(adapter);
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = async (query) => (await ensure(), queryRaw(query));
    adapter.executeRaw = async (query) => (await ensure(), executeRaw(query));
    adapter.startTransaction = async (isolationLevel) => {
      await ensure(); // the connection the transaction takes has the settings…
      fresh = true; // …and the one opened after it will get them before first use.
      return startTransaction(isolationLevel);
    };
    return adapter;
  };
  return factory;
}

export async function openDb(databaseUrl: string, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let db: Db;
  if (isPostgres(databaseUrl)) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    db = new PostgresClient({ adapter, log }) as unknown as Db;
  } else if (databaseUrl.startsWith('file:')) {
    const adapter = withConnectionPragmas(new PrismaLibSql({ url: absoluteSqliteUrl(databaseUrl) }));
    db = new SqliteClient({ adapter, log });
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL'); // persistent: stored in the file
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
