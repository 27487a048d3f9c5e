// Applies the checked-in migrations (prisma/migrations/<database>) with Prisma's own
// migration engine. See scripts/migrate.ts for why this runs the Prisma 6 CLI (its WASM
// schema engine) while the application runs on Prisma 7.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface PrismaRun { status: number; stdout: string; stderr: string }

/** Runs the Prisma 6 CLI against DATABASE_URL=databaseUrl with prisma/migrate.config.ts. */
export function runPrismaMigrateCli(databaseUrl: string, args: string[], options: { capture?: boolean } = {}): PrismaRun {
  const scratch = mkdtempSync(join(tmpdir(), 'sso-prisma-'));
  // Prisma 6's CLI wants a query-engine library present even for commands that never
  // load one; an empty placeholder stops it from trying to download it.
  const placeholder = join(scratch, 'libquery_engine-placeholder.so.node');
  closeSync(openSync(placeholder, 'w'));
  try {
    const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/prisma6/build/index.js'), ...args, '--config', 'prisma/migrate.config.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_QUERY_ENGINE_LIBRARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    return { status: run.status ?? 1, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `file:./x.db` relative to this process's working directory, made absolute; its folder created. */
export function absoluteSqliteUrl(url: string): string {
  if (!url.startsWith('file:') || url === 'file::memory:') return url;
  const path = resolve(url.slice('file:'.length));
  mkdirSync(dirname(path), { recursive: true });
  return `file:${path}`;
}

/** Brings the database up to date; throws with Prisma's own words when it cannot. */
export function deployMigrations(databaseUrl: string): void {
  const run = runPrismaMigrateCli(absoluteSqliteUrl(databaseUrl), ['migrate', 'deploy'], { capture: true });
  if (run.status !== 0) {
    const detail = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /error|P\d{4}/i.test(l)).slice(0, 5).join('\n');
    throw new Error(`Applying migrations failed:\n${detail || 'see `npm run db:migrate` output'}`);
  }
}
