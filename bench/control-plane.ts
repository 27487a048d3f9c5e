// Issue 2's figures: the typical admin query beside bare graphql-yoga (same run, same
// HTTP stack), SQL statements per request, and the bulk-import rate for 100,000 users.
// Beside them, the ceiling: the same admin response served from memory by yoga alone.
import { print } from 'graphql';
import { AdminOverview, CreateConnection, CreateTenant, ImportUsers } from '../test/graphql/operations.ts';
import { alternatingLoads, median, startServer, type BenchRow, type LoadResult } from './support.ts';

interface Started { port: number; operatorToken: string }

async function gql(url: string, token: string, document: Parameters<typeof print>[0], variables: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(document), variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A baseline server script in its own process, answering `body` (checked once by `check`). */
async function baselineServer(script: string, body: string, check?: (answer: { data?: any; errors?: unknown[] }) => void) {
  const server = await startServer<{ port: number }>(script);
  const url = `http://127.0.0.1:${server.info.port}/graphql`;
  if (check) check(await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json() as { data?: any });
  return { url, body, stop: () => server.stop() };
}

export async function benchControlPlane(options: { databaseUrl?: string; label: string; seconds?: number }): Promise<BenchRow[]> {
  const server = await startServer<Started>('./servers/control-plane.ts', options.databaseUrl ? { BENCH_DATABASE_URL: options.databaseUrl } : {});
  const url = `http://127.0.0.1:${server.info.port}/graphql`;
  const token = server.info.operatorToken;
  const rows: BenchRow[] = [];
  try {
    const tenantId = (await gql(url, token, CreateTenant, { input: { accountName: 'bench', displayName: 'Bench' } })).createTenant.tenant.id;
    for (const provider of ['SALESFORCE', 'OKTA'] as const) await gql(url, token, CreateConnection, { input: { tenantId, name: provider, provider, protocol: 'OIDC' } });

    // 100,000 users and agents, some sharing an email, some with none: one mutation.
    const users = Array.from({ length: 100_000 }, (_, i) => ({
      username: `user-${i}`,
      email: i % 50 === 0 ? null : `user-${i % 99_000}@bench.example`,
      externalId: `ext-${i}`,
      kind: i % 4 === 0 ? 'AGENT' : 'USER',
    }));
    const started = performance.now();
    const imported = await gql(url, token, ImportUsers, { input: { tenantId, users } });
    const seconds = (performance.now() - started) / 1000;
    if (imported.importUsers.importedCount !== 100_000) throw new Error(`import failed: ${JSON.stringify(imported.importUsers.userErrors)}`);
    rows.push({ name: `importUsers 100,000 rows (${options.label}, over HTTP)`, value: Math.round(100_000 / seconds), unit: 'users/s', goal: '≥ 20,000 on SQLite' });

    const overview = JSON.stringify({ query: print(AdminOverview), variables: { accountName: 'bench', first: 100 } });
    const headers = { authorization: `Bearer ${token}` };
    const statementCount = async () => ((await (await fetch(`http://127.0.0.1:${server.info.port}/__bench/sql`)).json()) as { statements: number }).statements;
    // The admin query, bare yoga and the ceiling take turns, round after round: this VM's
    // speed wanders between minutes, and a ratio of two loads run far apart would carry it.
    const bare = await baselineServer('./servers/bare-yoga.ts', JSON.stringify({ query: '{ __typename }' }));
    const ceiling = await baselineServer('./servers/same-shape-yoga.ts', overview, (body) => {
      if (body.errors || body.data?.tenant?.users?.edges?.length !== 100) throw new Error(`same-shape server answered ${JSON.stringify(body).slice(0, 200)}`);
    });
    const targets = { admin: { url, body: overview, headers }, bare, ceiling };
    let results: Record<keyof typeof targets, LoadResult[]>;
    try {
      results = await alternatingLoads(targets, ROUNDS, options.seconds);
    } finally {
      bare.stop();
      ceiling.stop();
    }
    const rate = (name: keyof typeof targets) => median(results[name].map((x) => x.requestsPerSecond));
    const ratios = (name: keyof typeof targets) => results[name].map((x, i) => x.requestsPerSecond / results.bare[i]!.requestsPerSecond);
    const each = (values: number[]) => `rounds: ${values.map((v) => v.toFixed(2)).join(', ')}`;

    // Statements per request, counted by the server over requests sent one at a time (a
    // load's last requests are cut off mid-flight, which would blur the count).
    await new Promise((settle) => setTimeout(settle, 250)); // the load's last requests finish
    const before = await statementCount();
    const COUNTED = 200;
    for (let i = 0; i < COUNTED; i++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: overview });
      if (!response.ok) throw new Error(`admin query answered ${response.status}`);
      await response.arrayBuffer();
    }
    const statementsPerRequest = ((await statementCount()) - before) / COUNTED;

    const adminRate = rate('admin');
    const adminMedian = results.admin.find((x) => x.requestsPerSecond === adminRate)!;
    rows.push({ name: `bare graphql-yoga { __typename }, median of ${ROUNDS} rounds`, value: Math.round(rate('bare')), unit: 'req/s' });
    rows.push({
      name: `admin query: tenant + connections + 100 users (${options.label}); ratio: median of ${ROUNDS} rounds (${each(ratios('admin'))})`,
      value: Math.round(adminRate),
      unit: `req/s (p50 ${adminMedian.p50} ms, p99 ${adminMedian.p99} ms)`,
      baseline: 'bare graphql-yoga',
      ratio: median(ratios('admin')),
      goal: 'ratio ≥ 0.30',
    });
    rows.push({
      name: `  ceiling: the same response from memory (schema.graphql in yoga, graphql-js resolvers, no database, no auth; ${each(ratios('ceiling'))})`,
      value: Math.round(rate('ceiling')),
      unit: 'req/s',
      baseline: 'bare graphql-yoga',
      ratio: median(ratios('ceiling')),
    });
    rows.push({ name: `SQL statements per admin query (${options.label})`, value: statementsPerRequest, unit: 'statements/request', goal: '≤ 3' });
  } finally {
    server.stop();
  }
  return rows;
}
