// The embedded SQLite database: Prisma's better-sqlite3 driver adapter on one connection.
//
// better-sqlite3 runs each statement synchronously on a single connection. Prisma's
// adapter serialises interactive transactions, but a statement sent outside a transaction
// while one is open would run on the same connection — inside that transaction, seeing
// its uncommitted rows and rolled back with it. So statements outside a transaction wait
// here until the open one has committed or rolled back (SQLite has one writer anyway).
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';

type Connection = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>;
type Transaction = Awaited<ReturnType<Connection['startTransaction']>>;

/**
 * Connection settings: synchronous=NORMAL is what SQLite recommends with WAL (no
 * corruption on power loss; the last commits may be lost); foreign keys enforce the
 * schema's cascades; a 32 MiB page cache keeps bulk imports off the disk. WAL itself is
 * stored in the file. The busy timeout (another process holding the write lock) is
 * better-sqlite3's `timeout` option.
 */
const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;';
const BUSY_TIMEOUT_MS = 5000;

/**
 * One transaction at a time; statements outside it wait for it to end. The check that no
 * transaction is open and the start of the statement (or of the transaction) happen in
 * the same tick: better-sqlite3 runs a statement synchronously when the adapter is
 * called, so nothing can begin in between.
 */
class TransactionGate {
  #open: Promise<void> | null = null;

  /** Runs `statement` once no transaction is open. */
  async outside<T>(statement: () => Promise<T>): Promise<T> {
    while (this.#open) await this.#open;
    return statement();
  }

  /** Waits until no transaction is open and opens one; the returned function ends it (idempotent). */
  async enter(): Promise<() => void> {
    while (this.#open) await this.#open;
    let release!: () => void;
    const open = new Promise<void>((resolve) => {
      release = () => {
        if (this.#open === open) this.#open = null;
        resolve();
      };
    });
    this.#open = open;
    return release;
  }
}

function gated(connection: Connection): Connection {
  const gate = new TransactionGate();
  const queryRaw = connection.queryRaw.bind(connection);
  const executeRaw = connection.executeRaw.bind(connection);
  const executeScript = connection.executeScript.bind(connection);
  const startTransaction = connection.startTransaction.bind(connection);
  connection.queryRaw = (query) => gate.outside(() => queryRaw(query));
  connection.executeRaw = (query) => gate.outside(() => executeRaw(query));
  connection.executeScript = (script) => gate.outside(() => executeScript(script));
  connection.startTransaction = async (isolationLevel) => {
    const release = await gate.enter();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = async () => {
      try { await commit(); } finally { release(); }
    };
    tx.rollback = async () => {
      try { await rollback(); } finally { release(); }
    };
    return tx;
  };
  return connection;
}

const STATEMENT_CACHE_SIZE = 200;

/**
 * Prisma's adapter prepares every statement afresh (`prepare(sql).bind(args)`, then
 * `run()`, or `columns()` and `raw().all()`); compiling the SQL was a tenth of a sign-in's
 * CPU. Prisma's SQL has a few hundred shapes, so the compiled statements are kept (least
 * recently used first out), and `prepare` hands back a view of the shared statement that
 * passes the arguments given to `bind` at every call (better-sqlite3 binds a statement
 * only once). The view has exactly what the adapter uses; anything else fails loudly.
 */
function cachePreparedStatements(client: BetterSqlite3.Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const cached = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-insert: Map order is recency order
    } else {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  interface View {
    reader: boolean;
    bind(args: unknown[]): View;
    run(): BetterSqlite3.RunResult;
    columns(): BetterSqlite3.ColumnDefinition[];
    raw(): { all(): unknown[] };
  }
  const view = (statement: BetterSqlite3.Statement, args: unknown[]): View => ({
    reader: statement.reader,
    bind: (bound) => view(statement, bound),
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  client.prepare = ((sql: string) => view(cached(sql), [])) as unknown as typeof client.prepare;
}

/** A driver adapter for the SQLite file at `path`, with the settings above applied. */
export function sqliteAdapter(path: string): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3({ url: path, timeout: BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const connection = await connect();
    cachePreparedStatements((connection as unknown as { client: BetterSqlite3.Database }).client);
    await connection.executeScript(PRAGMAS);
    return gated(connection);
  };
  return factory;
}
