// Configuration for the Prisma 6 CLI (package alias "prisma6") and its WASM schema
// engine, used only for migrations: Prisma 7's CLI downloads a native schema engine,
// which this platform cannot reach. scripts/migrate.ts is the only caller.
import { defineConfig } from 'prisma6/config';
import { PrismaLibSQL } from 'adapter-libsql6';
import { PrismaPg } from 'adapter-pg6';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

const url = process.env.DATABASE_URL ?? '';
const postgres = /^postgres(ql)?:/.test(url);

// PostgreSQL catalog types (name, char, their arrays, regproc…) that the adapter cannot
// decode; introspection reads them, so hand them over as plain text.
const CATALOG_TEXT_OIDS = new Set([18, 19, 22, 24, 194, 2205, 1002, 1003]);
// The adapter picks a decoder from each column's type OID, so relabel those columns as
// text (OID 25) as their description arrives. Migration tooling only; the app's runtime
// never reads the catalog.
const TEXT_OID = 25;
const QueryProto = (pg as unknown as { Query: { prototype: Record<string, (msg: { fields: { dataTypeID: number }[] }) => void> } }).Query.prototype;
const handleRowDescription = QueryProto.handleRowDescription!;
QueryProto.handleRowDescription = function (msg) {
  for (const field of msg.fields) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return handleRowDescription.call(this, msg);
};

function pgPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString, idleTimeoutMillis: 100, max: 4, allowExitOnIdle: true });
  pool.on('error', () => {}); // idle clients killed by DROP DATABASE … WITH (FORCE)
  return pool;
}

type Connection = { executeRaw(q: { sql: string; args: unknown[] }): Promise<number>; executeScript(sql: string): Promise<void>; dispose(): Promise<void> };

/**
 * The engine replays a migration file through executeRaw; libSQL's execute runs only
 * the first statement of a multi-statement string (silently). Route parameter-free
 * SQL through executeScript, which runs all of it.
 */
function runScriptsWhole<T extends Connection>(connection: T): T {
  const executeRaw = connection.executeRaw.bind(connection);
  connection.executeRaw = async (query) => {
    if (query.args.length === 0 && query.sql.trim().replace(/;\s*$/, '').includes(';')) {
      await connection.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return connection;
}

function sqliteWithScratchShadow(mainUrl: string) {
  const main = new PrismaLibSQL({ url: mainUrl });
  const connect = main.connect.bind(main);
  return Object.assign(main, {
    async connect() { return runScriptsWhole(await connect()); },
    async connectToShadowDb() { return runScriptsWhole(await new PrismaLibSQL({ url: ':memory:' }).connect()); },
  });
}

/**
 * The stock adapter's shadow database is the main database itself, which the engine
 * then cannot drop. Give it a fresh database of its own and drop it afterwards.
 */
function postgresWithThrowawayShadow(mainUrl: string) {
  const main = new PrismaPg(pgPool(mainUrl));
  const shadowName = `sso_shadow_${randomBytes(6).toString('hex')}`;
  const shadowUrl = new URL(mainUrl);
  shadowUrl.pathname = `/${shadowName}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: mainUrl });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  return Object.assign(main, {
    async connectToShadowDb() {
      await admin(`CREATE DATABASE ${shadowName}`);
      const pool = pgPool(shadowUrl.toString());
      const connection = await new PrismaPg(pool).connect();
      const dispose = connection.dispose.bind(connection);
      connection.dispose = async () => {
        await dispose();
        await pool.end();
        await admin(`DROP DATABASE IF EXISTS ${shadowName} WITH (FORCE)`);
      };
      return connection;
    },
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? '.migrate/postgresql.prisma' : '.migrate/sqlite.prisma',
  migrations: { path: postgres ? 'migrations/postgresql' : 'migrations/sqlite' },
  async adapter() {
    if (postgres) return postgresWithThrowawayShadow(url);
    return sqliteWithScratchShadow(url);
  },
});
