// Once per test project: a migrated template database. Each test file then clones it
// (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL), so every file
// starts from the real migrations without paying for them again.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { deployMigrations, projectRoot } from '../../src/db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export const postgresAdminUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const database = project.config.env?.TEST_DATABASE ?? 'sqlite';
  const run = randomBytes(4).toString('hex');
  if (database === 'postgresql') {
    const name = `sso_test_tpl_${run}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(postgresAdminUrl());
    url.pathname = `/${name}`;
    deployMigrations(url.toString());
    project.provide('templateDatabase', url.toString());
    return async () => {
      // Drop the template and every clone made from it in this run.
      const client = new pg.Client({ connectionString: postgresAdminUrl() });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`sso_test_%${run}%`]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      await client.end();
    };
  }
  const dir = join(projectRoot, 'data/test', run);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'template.db');
  deployMigrations(`file:${file}`);
  project.provide('templateDatabase', `file:${file}`);
  return () => rmSync(dir, { recursive: true, force: true });
}
