// The control plane as the benchmarks see it: a real server in its own process, on a
// fresh database (SQLite file, or BENCH_DATABASE_URL), migrations applied. Prints one
// JSON line {port, operatorToken} when ready; counts SQL statements on GET /__bench/sql
// (benchmarks only; never part of the product's app). BENCH_LOOPBACK_IDP lets it reach
// an IdP on this machine (the sandbox: IdP-token benchmarks fetch its JWKS).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../../src/config.ts';
import { openDb } from '../../src/db/client.ts';
import { deployMigrations } from '../../src/db/migrations.ts';
import { createSecretBox } from '../../src/security/secret-box.ts';
import { ensureBootstrapToken } from '../../src/domain/api-tokens/authenticate.ts';
import { createApp } from '../../src/http/app.ts';
import { silentLogger } from '../../src/observability/log.ts';

const dir = mkdtempSync(join(tmpdir(), 'sso-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${join(dir, 'bench.db')}`;
const operatorToken = `sso_bench_${randomBytes(16).toString('base64url')}`;
deployMigrations(databaseUrl);
let statements = 0;
const db = await openDb(databaseUrl, {
  onQuery: (sql, ms) => {
    statements++;
    if (process.env.BENCH_LOG_SQL) process.stderr.write(`${ms} ms  ${sql.slice(-120)}\n`);
  },
});
await ensureBootstrapToken(db, operatorToken);
const config = loadConfig({ DATABASE_URL: databaseUrl, SECRETS_KEY: randomBytes(32).toString('hex'), OPERATOR_TOKEN: operatorToken, DATA_DIR: dir, NODE_ENV: 'production', PUBLIC_URL: 'https://sso.bench.invalid', GRAPHQL_MAX_BODY_BYTES: String(64 * 1024 * 1024), ...(process.env.BENCH_LOOPBACK_IDP ? { METADATA_ALLOW_PRIVATE_NETWORKS: 'on' } : {}) });
const app = new Hono();
app.get('/__bench/sql', (c) => { const u = process.cpuUsage(); return c.json({ statements, cpuMs: (u.user + u.system) / 1000 }); });
app.route('/', createApp({ config, db, secrets: createSecretBox(config.secretsKey), logger: silentLogger }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, operatorToken })}\n`);
});
