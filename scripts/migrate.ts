// Migrations for both databases through Prisma's own migration engine.
//
// Why this route: Prisma 7's CLI needs a native schema engine it downloads at run
// time, which this platform cannot reach. Prisma 6.19's CLI (installed as "prisma6")
// ships the same engine compiled to WASM and drives it through a driver adapter
// (prisma/migrate.config.ts). Everything migration-related goes through this file, so
// the route can be swapped for plain `prisma migrate` where the native engine exists.
//
//   tsx scripts/migrate.ts deploy            apply pending migrations to DATABASE_URL
//   tsx scripts/migrate.ts create NAME       write a new migration for SQLite AND PostgreSQL
//   tsx scripts/migrate.ts check             fail (exit 2) if migrations lag the schema
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot as root, runPrismaMigrateCli } from '../src/db/migrations.ts';

type Db = 'sqlite' | 'postgresql';
const ADMIN_PG_URL = process.env.MIGRATE_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = mkdtempSync(join(tmpdir(), 'sso-migrate-'));

const prisma = (databaseUrl: string, args: string[], capture = false) => runPrismaMigrateCli(databaseUrl, args, { capture });

/** Writes the derived schemas (create), or fails when they are stale (deploy, check). */
function derive(write = false) {
  const args = ['scripts/derive-schemas.ts', ...(write ? [] : ['--check'])];
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), ...args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/**
 * What a database holding every checked-in migration still lacks to match the schema.
 * The engine replays the migrations into a shadow database (see migrate.config.ts):
 * a scratch file for SQLite, a throwaway database for PostgreSQL.
 */
function pendingSql(db: Db): { sql: string; status: number } {
  const url = db === 'sqlite' ? `file:${join(scratch, 'diff.db')}` : ADMIN_PG_URL;
  const diff = prisma(url, ['migrate', 'diff', '--from-migrations', `prisma/migrations/${db}`, '--to-schema-datamodel', `prisma/.migrate/${db}.prisma`, '--script', '--exit-code'], true);
  if (diff.status !== 0 && diff.status !== 2) throw new Error(`migrate diff failed on ${db}:\n${diff.stdout}${diff.stderr}`);
  return { sql: diff.stdout.replace(/^Loaded Prisma config.*\n+/m, ''), status: diff.status };
}

async function main() {
  const [command, name] = process.argv.slice(2);
  try {
    if (command === 'deploy') {
      derive();
      process.exitCode = prisma(process.env.DATABASE_URL || 'file:./data/dev.db', ['migrate', 'deploy']).status;
    } else if (command === 'create') {
      if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: migrate.ts create snake_case_name');
      derive(true);
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      for (const db of ['sqlite', 'postgresql'] as const) {
        const { sql, status } = pendingSql(db);
        if (status === 0) { console.log(`${db}: schema and migrations already agree, nothing written`); continue; }
        const folder = join(root, 'prisma/migrations', db, `${stamp}_${name}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'migration.sql'), sql);
        writeFileSync(join(root, 'prisma/migrations', db, 'migration_lock.toml'), `provider = "${db}"\n`);
        console.log(`${db}: wrote ${folder}`);
      }
    } else if (command === 'check') {
      derive();
      let drift = false;
      for (const db of ['sqlite', 'postgresql'] as const) {
        const { sql, status } = pendingSql(db);
        if (status === 2) { drift = true; console.error(`${db}: migrations lag prisma/schema.prisma; run npm run db:migration -- NAME\n${sql}`); }
        else console.log(`${db}: migrations match the schema (${readdirSync(join(root, 'prisma/migrations', db)).filter((f) => !f.endsWith('.toml')).length} migrations)`);
      }
      process.exitCode = drift ? 2 : 0;
    } else {
      throw new Error('usage: migrate.ts deploy | create NAME | check');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: Error) => { console.error(error.message); process.exitCode = 1; });
