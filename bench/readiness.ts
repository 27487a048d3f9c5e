// SSO readiness at scale (issue 5): one tenant of 100,000 users and agents (2% without
// email, ~2% sharing an email with someone else, 20% agents, one admin with password
// sign-in), on SQLite and on PostgreSQL (a throwaway database, as bench/index.ts makes them).
// Measured in this process, around the product's own readiness function: the median time of
// the database checks of ssoReadiness (databaseFindings: every check that reads the users;
// the network checks — OIDC discovery, metadata URL — are EXCLUDED: they do not depend on
// the account's size), the peak RSS and heap growth while it runs (sampled every ms), and the
// heap still held after it (after a GC). Baseline, same run, same database: a plain
// SELECT COUNT(*) over the same users. Goal: ≤ 250 ms, no per-user objects held in memory.
// Bounded (well under 90 s). Alone: `tsx bench/readiness.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { deployMigrations } from '../src/db/migrations.ts';
import { dialectOf, openDb, type Db } from '../src/db/client.ts';
import { insertUsers, type UserRow } from '../src/db/bulk-insert.ts';
import { uuidv7 } from '../src/db/ids.ts';
import { databaseFindings } from '../src/domain/readiness/index.ts';
import { median, withPostgres, type BenchRow } from './support.ts';


const USERS = 100_000;
const RUNS = 7;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function seed(db: Db) {
  const tenant = await db.tenant.create({ data: { accountName: 'BenchReady', accountKey: 'benchready', displayName: 'Bench Ready', ssoEntitled: true } });
  await db.idpConnection.create({ data: { tenantId: tenant.id, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', oidcIssuer: 'https://idp.example/okta', oidcClientId: 'c', oidcClientSecretEncrypted: 'sealed' } });
  const now = new Date();
  const rows: UserRow[] = Array.from({ length: USERS }, (_, i) => ({
    id: uuidv7(now.getTime() + i), tenantId: tenant.id, kind: i % 5 === 0 ? 'AGENT' : 'USER', username: `user-${i}`,
    // every 50th has no email; emails wrap at 98,000, so ~2,000 people share theirs with another
    email: i % 50 === 0 ? null : `user-${i % 98_000}@bench.example`, externalId: `ext-${i}`, displayName: null,
    isAdmin: i === 1, passwordSignInAllowed: i === 1 || i % 3 !== 0, createdAt: now,
  }));
  await db.$transaction((tx) => insertUsers(tx, dialectOf(db), rows), { timeout: 120_000 });
  return db.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
}

/** Runs fn while sampling memory every ms; returns its time and the peaks above the GC'd baseline. */
async function measured<T>(fn: () => Promise<T>) {
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  }, 1);
  const started = performance.now();
  let result: T;
  try {
    result = await fn();
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - started;
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);
  gc();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  return { ms, result, rssDelta: (peakRss - base.rss) / MB, heapDelta: (peakHeap - base.heapUsed) / MB, retained: retained / MB };
}

async function benchOne(databaseUrl: string, label: string): Promise<BenchRow[]> {
  deployMigrations(databaseUrl);
  const db = await openDb(databaseUrl);
  try {
    const loadStarted = performance.now();
    const tenant = await seed(db);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // Warm up both (prepared statements, caches), then measure.
    const count = () => db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "User" WHERE "tenantId" = ${tenant.id}`;
    await count();
    const warm = await databaseFindings(db, tenant);
    const codes = warm.map((f) => `${f.code}:${f.affected.count}`).join(' ');
    const rows = await measureRuns(db, tenant, count, label);
    console.log(`  ${label}: ${USERS.toLocaleString('en')} users loaded in ${loadSeconds.toFixed(1)} s; findings: ${codes}`);
    if (dialectOf(db) === 'postgresql') {
      // Right after a bulk load PostgreSQL has no statistics yet (autovacuum analyzes later).
      await db.$executeRawUnsafe('ANALYZE "User"');
      rows.push(...(await measureRuns(db, tenant, count, `${label} after ANALYZE`)).slice(1, 2));
    }
    return rows;
  } finally {
    await db.$disconnect();
  }
}

async function measureRuns(db: Db, tenant: Awaited<ReturnType<typeof seed>>, count: () => Promise<unknown>, label: string): Promise<BenchRow[]> {
  {
    await databaseFindings(db, tenant);
    const baseline: number[] = [];
    const times: number[] = [];
    let rss = 0;
    let heap = 0;
    let retained = 0;
    for (let i = 0; i < RUNS; i++) {
      baseline.push((await measured(count)).ms);
      const run = await measured(() => databaseFindings(db, tenant));
      times.push(run.ms);
      rss = Math.max(rss, run.rssDelta);
      heap = Math.max(heap, run.heapDelta);
      retained = Math.max(retained, run.retained);
    }
    const base = `COUNT(*) ${label}`;
    return [
      { name: base, value: median(baseline), unit: 'ms (median)' },
      { name: `ssoReadiness database checks, ${label}`, value: median(times), unit: 'ms (median)', baseline: base, ratio: median(times) / median(baseline), goal: '≤ 250 ms' },
      { name: `  peak RSS growth during readiness, ${label}`, value: rss, unit: 'MiB' },
      { name: `  peak heap growth during readiness, ${label}`, value: heap, unit: 'MiB' },
      { name: `  heap retained after readiness (GC'd), ${label}`, value: retained, unit: 'MiB', goal: '≈ 0: no per-user objects held' },
    ];
  }
}


export async function benchReadiness(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sso-bench-ready-'));
  const deadline = setTimeout(() => { console.error('bench/readiness.ts: over 90 s, giving up'); process.exit(1); }, 90_000);
  deadline.unref();
  try {
    const rows = await benchOne(`file:${join(dir, 'ready.db')}`, 'SQLite');
    const postgres = await withPostgres((url) => benchOne(url, 'PostgreSQL'), 'sso_bench_ready');
    return postgres ? [...rows, ...postgres] : rows;
  } finally {
    clearTimeout(deadline);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printRows } = await import('./support.ts');
  const started = performance.now();
  printRows('SSO readiness at 100,000 users (issue 5)', await benchReadiness());
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
