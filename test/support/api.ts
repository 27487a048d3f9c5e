// A real control-plane server for one test file: its own database (cloned from the
// migrated template), real HTTP on a free loopback port, a bootstrap operator token,
// and a recorder for log lines and SQL statements (to count them, never to mock them).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDb, type Db } from '../../src/db/client.ts';
import { createSecretBox } from '../../src/security/secret-box.ts';
import { ensureBootstrapToken } from '../../src/domain/api-tokens/authenticate.ts';
import { createApp } from '../../src/http/app.ts';
import { listen } from '../../src/http/serve.ts';
import { createLogger } from '../../src/observability/log.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { cloneTemplateDatabase } from './database.ts';

interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  db: Db;
  config: Config;
  operatorToken: string;
  logs: string[];
  sql: string[];
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string | null): Promise<GraphQLResponse<R>>;
  /** Like gql, but fails the test on any GraphQL error; returns data. */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string | null): Promise<R>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A port nobody listens on right now (the server then binds it, so PUBLIC_URL is known up front). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startTestApi(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<TestApi> {
  const databaseUrl = options.databaseUrl ?? (await cloneTemplateDatabase());
  const port = await freePort();
  const operatorToken = `sso_test_${randomBytes(18).toString('base64url')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SECRETS_KEY: randomBytes(32).toString('hex'),
    OPERATOR_TOKEN: operatorToken,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'sso-test-')),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  const sql: string[] = [];
  const logs: string[] = [];
  const metrics = createMetrics();
  const db = await openDb(databaseUrl, { onQuery: (statement, ms) => { sql.push(statement); metrics.observeQuery(statement, ms); } });
  await ensureBootstrapToken(db, operatorToken);
  const secrets = createSecretBox(config.secretsKey);
  const server = await listen(createApp({ config, db, secrets, logger: createLogger({ write: (line) => logs.push(line) }), metrics }), '127.0.0.1', port);
  const url = `http://127.0.0.1:${server.port}`;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  async function gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token: string | null = operatorToken): Promise<GraphQLResponse<R>> {
    const response = await post(JSON.stringify({ query: print(document), variables }), token ? { authorization: `Bearer ${token}` } : {});
    const body = (await response.json()) as GraphQLResponse<R>;
    return { ...body, status: response.status };
  }

  return {
    url,
    db,
    config,
    operatorToken,
    logs,
    sql,
    gql,
    async ok(document, variables, token) {
      const result = await gql(document, variables, token);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}\nserver log: ${logs.slice(-3).join("\n")}`);
      return result.data!;
    },
    post,
    async close() {
      await server.close();
      await db.$disconnect();
    },
  };
}
