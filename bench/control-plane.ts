// Issue 2's figures: the typical admin query beside bare graphql-yoga (same run, same
// HTTP stack), SQL statements per request, and the bulk-import rate for 100,000 users.
// Beside them, the ceiling: the same admin response served from memory by yoga alone.
import { print } from 'graphql';
import { AdminOverview, CreateConnection, CreateTenant, ImportUsers } from '../test/graphql/operations.ts';
import { load, startServer, type BenchRow } from './support.ts';

interface Started { port: number; operatorToken: string }

async function gql(url: string, token: string, document: Parameters<typeof print>[0], variables: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(document), variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Requests/s of `body` against a baseline server script (own process), after a warm-up; `check` sees one answer first. */
async function measureServer(script: string, body: string, seconds = 8, check?: (answer: { data?: any; errors?: unknown[] }) => void) {
  const server = await startServer<{ port: number }>(script);
  try {
    const url = `http://127.0.0.1:${server.info.port}/graphql`;
    if (check) check(await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json() as { data?: any });
    await load({ url, body, seconds: 2 });
    const result = await load({ url, body, seconds });
    if (result.errors || result.non2xx) throw new Error(`${script}: ${result.errors} errors, ${result.non2xx} non-2xx`);
    return result;
  } finally {
    server.stop();
  }
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
    await load({ url, body: overview, headers, seconds: 2 }); // warm-up
    const admin = await load({ url, body: overview, headers, seconds: options.seconds ?? 8 });
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
    if (admin.errors || admin.non2xx) throw new Error(`admin query load had ${admin.errors} errors, ${admin.non2xx} non-2xx`);

    const baseline = await measureServer('./servers/bare-yoga.ts', JSON.stringify({ query: '{ __typename }' }), options.seconds);
    const ceiling = await measureServer('./servers/same-shape-yoga.ts', overview, options.seconds, (body) => {
      if (body.errors || body.data?.tenant?.users?.edges?.length !== 100) throw new Error(`same-shape server answered ${JSON.stringify(body).slice(0, 200)}`);
    });
    rows.push({ name: 'bare graphql-yoga { __typename }', value: Math.round(baseline.requestsPerSecond), unit: 'req/s' });
    rows.push({
      name: `admin query: tenant + connections + 100 users (${options.label})`,
      value: Math.round(admin.requestsPerSecond),
      unit: `req/s (p50 ${admin.p50} ms, p99 ${admin.p99} ms)`,
      baseline: 'bare graphql-yoga',
      ratio: admin.requestsPerSecond / baseline.requestsPerSecond,
      goal: 'ratio ≥ 0.30',
    });
    rows.push({
      name: '  ceiling: the same response from memory (schema.graphql in yoga, graphql-js resolvers, no database, no auth)',
      value: Math.round(ceiling.requestsPerSecond),
      unit: 'req/s',
      baseline: 'bare graphql-yoga',
      ratio: ceiling.requestsPerSecond / baseline.requestsPerSecond,
    });
    rows.push({ name: `SQL statements per admin query (${options.label})`, value: statementsPerRequest, unit: 'statements/request', goal: '≤ 3' });
  } finally {
    server.stop();
  }
  return rows;
}
