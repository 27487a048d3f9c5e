// Issue "operable in production": production-safe defaults, proven on the real entry
// point in a process of its own (`npm start` runs scripts/start.ts, which in production
// hands over to src/main.ts). A start with development settings fails naming every
// problem; a correct start serves no sandbox, no GraphiQL, no open introspection and no
// open /metrics, and logs JSON.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/api.ts';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

interface Started { exitCode: Promise<number | null>; stdout: () => string; stderr: () => string; stop(): Promise<void> }

function start(env: Record<string, string>): Started {
  const child = spawn(TSX, ['scripts/start.ts'], { env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exitCode = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { exitCode, stdout: () => out, stderr: () => err, stop: async () => { child.kill('SIGTERM'); await exitCode; } };
}

async function waitFor(url: string, started: Started): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await fetch(url).then(() => true, () => false)) return;
    const exited = await Promise.race([started.exitCode.then(() => true), new Promise((r) => setTimeout(() => r(false), 100))]);
    if (exited) throw new Error(`exited early: ${started.stderr()}`);
  }
  throw new Error(`never answered: ${started.stderr()}`);
}

const listening = (port: number) => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);

describe('production start (NODE_ENV=production)', () => {
  it('R13 refuses development settings and names every problem at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sso-prod-'));
    const devKey = randomBytes(32).toString('hex');
    const devToken = `sso_op_${randomBytes(24).toString('base64url')}`;
    writeFileSync(join(dataDir, 'secrets.key'), `${devKey}\n`);
    writeFileSync(join(dataDir, 'operator-token'), `${devToken}\n`);
    const run = start({ NODE_ENV: 'production', DATA_DIR: dataDir, SECRETS_KEY: devKey, OPERATOR_TOKEN: devToken, PUBLIC_URL: 'http://sso.example.com', SANDBOX: 'on', PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(await run.exitCode).toBe(1);
    const fatal = JSON.parse(run.stderr().trim().split('\n').at(-1)!) as { level: string; msg: string; problems: string[] };
    expect(fatal).toMatchObject({ level: 'fatal', msg: 'invalid configuration' });
    const named = fatal.problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(['LOG_LEVEL', 'OPERATOR_TOKEN', 'PORT', 'PUBLIC_URL', 'SANDBOX', 'SECRETS_KEY']);
    expect(fatal.problems.find((p) => p.startsWith('PUBLIC_URL'))).toContain('https');
    expect(fatal.problems.find((p) => p.startsWith('SECRETS_KEY'))).toContain('development key');
    expect(fatal.problems.find((p) => p.startsWith('OPERATOR_TOKEN'))).toContain('development token');
    // The refusal names problems, never the secrets themselves.
    expect(run.stderr()).not.toContain(devKey);
    expect(run.stderr()).not.toContain(devToken);
  });

  it('R13 with nothing configured, production asks for the public URL and the secrets key', async () => {
    const run = start({ NODE_ENV: 'production', DATA_DIR: mkdtempSync(join(tmpdir(), 'sso-prod-')) });
    expect(await run.exitCode).toBe(1);
    const fatal = JSON.parse(run.stderr().trim().split('\n').at(-1)!) as { problems: string[] };
    expect(fatal.problems.map((p) => p.split(':')[0]).sort()).toEqual(['PUBLIC_URL', 'SECRETS_KEY']);
  });

  describe('a correct production start', () => {
    let run: Started;
    let url: string;
    let sandboxPort: number;
    const operatorToken = `sso_op_${randomBytes(24).toString('base64url')}`;
    const metricsToken = randomBytes(20).toString('hex');

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sso-prod-'));
      const port = await freePort();
      sandboxPort = await freePort();
      run = start({
        NODE_ENV: 'production', DATA_DIR: dir, DATABASE_URL: `file:${join(dir, 'prod.db')}`, PORT: String(port), SANDBOX_PORT: String(sandboxPort),
        PUBLIC_URL: 'https://sso.example.com', SECRETS_KEY: randomBytes(32).toString('hex'), OPERATOR_TOKEN: operatorToken, METRICS_TOKEN: metricsToken,
      });
      url = `http://127.0.0.1:${port}`;
      await waitFor(`${url}/healthz`, run);
    }, 60_000);
    afterAll(() => run?.stop());

    const introspect = (token?: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) }).then((r) => r.json() as Promise<{ data?: { __schema?: unknown }; errors?: { extensions?: { code?: string } }[] }>);

    it('R13 serves no sandbox IdP', async () => {
      expect(await listening(sandboxPort)).toBe(false);
      expect(run.stdout()).not.toContain('Development operator token');
    });

    it('R13 serves no GraphiQL page', async () => {
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await page.text()).not.toMatch(/graphiql/i);
    });

    it('R13 refuses introspection without an operator token and answers an operator', async () => {
      const anonymous = await introspect();
      expect(anonymous.data?.__schema).toBeUndefined();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      expect((await introspect(operatorToken)).data?.__schema).toEqual({ queryType: { name: 'Query' } });
    });

    it('R13 /metrics needs the metrics token', async () => {
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      const scraped = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('sso_http_requests_total');
    });

    it('R13 logs one JSON object per line', async () => {
      await fetch(`${url}/healthz`);
      await new Promise((r) => setTimeout(r, 100));
      const lines = run.stdout().trim().split('\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(lines.map((l) => JSON.parse(l).msg)).toContain('http.request');
    });
  });
});
