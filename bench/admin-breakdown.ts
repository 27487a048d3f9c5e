// Where one admin query's time goes (issue 2): the whole request in-process (the app's
// fetch handler, no sockets) beside its parts — the users page through Prisma, the same
// rows through Prisma's raw query and straight from better-sqlite3 — and a bare
// graphql-yoga request, all on one SQLite file with 1,000 users, measured in this run.
// CPU microseconds per operation, median of 5 rounds (this VM's speed wanders).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { print } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/client.ts';
import { deployMigrations } from '../src/db/migrations.ts';
import { createApp } from '../src/http/app.ts';
import { silentLogger } from '../src/observability/log.ts';
import { ensureBootstrapToken } from '../src/domain/api-tokens/authenticate.ts';
import { createSecretBox } from '../src/security/secret-box.ts';
import { AdminOverview, CreateConnection, CreateTenant, ImportUsers } from '../test/graphql/operations.ts';
import { median, type BenchRow } from './support.ts';

const ROUNDS = 5;

async function cpuMicros(op: () => Promise<unknown>, count: number): Promise<number> {
  for (let i = 0; i < Math.min(200, count); i++) await op(); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.cpuUsage();
    for (let i = 0; i < count; i++) await op();
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / count);
  }
  return median(rounds);
}

export async function benchAdminBreakdown(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sso-breakdown-'));
  const file = join(dir, 'bench.db');
  const databaseUrl = `file:${file}`;
  deployMigrations(databaseUrl);
  const db = await openDb(databaseUrl);
  const raw = new Database(file, { readonly: true });
  try {
    const token = `sso_bench_${randomBytes(16).toString('base64url')}`;
    await ensureBootstrapToken(db, token);
    const config = loadConfig({ DATABASE_URL: databaseUrl, SECRETS_KEY: randomBytes(32).toString('hex'), OPERATOR_TOKEN: token, DATA_DIR: dir, NODE_ENV: 'production', PUBLIC_URL: 'https://sso.bench.invalid' });
    const app = createApp({ config, db, secrets: createSecretBox(config.secretsKey), logger: silentLogger });
    const post = async (body: string, authorization?: string) => {
      const response = await app.fetch(new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body }));
      const text = await response.text();
      if (!response.ok || text.includes('"errors"')) throw new Error(`admin request failed: ${text.slice(0, 200)}`);
      return JSON.parse(text) as { data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const gql = (document: Parameters<typeof print>[0], variables: unknown) => post(JSON.stringify({ query: print(document), variables }), `Bearer ${token}`);

    const tenantGid = (await gql(CreateTenant, { input: { accountName: 'bench', displayName: 'Bench' } })).data.createTenant.tenant.id;
    for (const provider of ['SALESFORCE', 'OKTA']) await gql(CreateConnection, { input: { tenantId: tenantGid, name: provider, provider, protocol: 'OIDC' } });
    const users = Array.from({ length: 1_000 }, (_, i) => ({ username: `user-${i}`, email: `user-${i}@bench.example`, externalId: `ext-${i}`, kind: 'USER' }));
    await gql(ImportUsers, { input: { tenantId: tenantGid, users } });
    const tenantId = (await db.tenant.findUniqueOrThrow({ where: { accountKey: 'bench' } })).id;

    const adminBody = JSON.stringify({ query: print(AdminOverview), variables: { accountName: 'bench', first: 100 } });
    const page = { where: { tenantId }, orderBy: { id: 'asc' as const }, take: 101 };
    const rawSql = 'SELECT * FROM User WHERE tenantId = ? ORDER BY id LIMIT 101';
    const direct = raw.prepare(rawSql).raw(true);
    const bare = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, graphiql: false, landingPage: false });

    const whole = await cpuMicros(() => post(adminBody, `Bearer ${token}`), 1_000);
    const bareYoga = await cpuMicros(async () => (await bare.fetch(new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }))).text(), 3_000);
    const rows = [
      { name: 'admin query in-process (tenant + connections + 100 users)', value: whole },
      { name: 'bare graphql-yoga { __typename } in-process', value: bareYoga },
      { name: '  tenant by account name, Prisma findUnique', value: await cpuMicros(() => db.tenant.findUnique({ where: { accountKey: 'bench' } }), 3_000) },
      { name: '  connections page, Prisma findMany', value: await cpuMicros(() => db.idpConnection.findMany({ where: { tenantId }, orderBy: { id: 'asc' }, take: 11 }), 3_000) },
      { name: '  users page (101 rows), Prisma findMany', value: await cpuMicros(() => db.user.findMany(page), 2_000) },
      { name: '  users page (101 rows), Prisma $queryRaw', value: await cpuMicros(() => db.$queryRawUnsafe(rawSql, tenantId), 2_000) },
      { name: '  users page (101 rows), better-sqlite3 directly', value: await cpuMicros(async () => direct.all(tenantId), 5_000) },
    ];
    return rows.map((r) => ({ ...r, value: Math.round(r.value), unit: 'µs CPU (median)', ...(r.value === whole ? {} : { baseline: 'admin query in-process', ratio: r.value / whole }) }));
  } finally {
    raw.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}
