// Shared by the benchmarks: child-process servers, autocannon runs, result rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The row this one is compared with, measured in the same run. */
  baseline?: string;
  ratio?: number;
  goal?: string;
}

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** Starts a TS server script in its own process; resolves with its first JSON line. */
export async function startServer<T>(script: string, env: Record<string, string> = {}): Promise<{ info: T; child: ChildProcess; stop(): void }> {
  const child = spawn(process.execPath, [tsx, fileURLToPath(new URL(script, import.meta.url))], { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<T>((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line) as T));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { info, child, stop: () => child.kill('SIGTERM') };
}

export interface LoadResult { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number }

/** A fixed-duration load from this process: `connections` requests in flight at once. */
export async function load(options: { url: string; body: string; headers?: Record<string, string>; connections?: number; seconds?: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    body: options.body,
    headers: { 'content-type': 'application/json', ...options.headers },
    connections: options.connections ?? 10,
    duration: options.seconds ?? 8,
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

type LoadTarget = Parameters<typeof load>[0];

/**
 * Loads the targets in turn, round after round, after a 2 s warm-up of each: this VM's
 * speed wanders between minutes, and a ratio of two loads run far apart would carry it.
 * Any transport error or non-2xx answer fails the bench.
 */
export async function alternatingLoads<K extends string>(targets: Record<K, LoadTarget>, rounds: number, seconds = 8): Promise<Record<K, LoadResult[]>> {
  const entries = Object.entries(targets) as [K, LoadTarget][];
  const results = Object.fromEntries(entries.map(([name]) => [name, [] as LoadResult[]])) as Record<K, LoadResult[]>;
  for (const [, target] of entries) await load({ ...target, seconds: 2 });
  for (let r = 0; r < rounds; r++) {
    for (const [name, target] of entries) {
      const result = await load({ ...target, seconds });
      if (result.errors || result.non2xx) throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
      results[name].push(result);
    }
  }
  return results;
}

/** A cookie jar for one client's requests to one host (a browser's, for headless flows). */
export function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    /** Takes the Set-Cookie lines of a response. */
    take(setCookie: readonly string[] | undefined) {
      for (const line of setCookie ?? []) {
        const pair = line.split(';')[0]!;
        const i = pair.indexOf('=');
        cookies.set(pair.slice(0, i), pair.slice(i + 1));
      }
    },
  };
}

/** The middle value (the upper middle of an even count): how every benchmark summarises its rounds. */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface HttpAnswer { status: number; headers: IncomingHttpHeaders; body: string }

// Idle sockets close at 4 s, before the servers' 5 s keep-alive timeout: reusing one the server has just
// closed would fail a login with ECONNRESET (seen between rounds, when a stack waits its turn).
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });

/**
 * One plain-HTTP request over keep-alive connections, redirects not followed: a headless
 * browser for load generators. node:http costs the load generator about half the CPU of
 * fetch per request, and the load generator shares the cores with the servers it measures.
 */
export function httpRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const req = request(url, { method: init.method ?? 'GET', agent: keepAlive, headers: { ...init.headers, ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function printRows(title: string, rows: BenchRow[]) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(r.value < 10 ? 2 : 1);
    const ratio = r.ratio === undefined ? '' : `  ratio ${r.ratio.toFixed(2)} vs ${r.baseline}`;
    console.log(`  ${r.name.padEnd(width)}  ${value.padStart(10)} ${r.unit}${ratio}${r.goal ? `  (goal ${r.goal})` : ''}`);
  }
}

/** Runs `run` against a throwaway PostgreSQL database (dropped after); undefined when none is reachable. */
export async function withPostgres<T>(run: (url: string) => Promise<T>, prefix = 'sso_bench'): Promise<T | undefined> {
  const admin = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch {
    console.log('  (PostgreSQL not reachable: its rows are skipped)');
    return undefined;
  }
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}
