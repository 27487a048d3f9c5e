// More of the end-to-end rig (support.ts stays as it is): real Chromium through
// playwright-core, and control-plane / sandbox servers in their own Node processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---- Chromium ---------------------------------------------------------------------

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];
const CHROMIUM_MISSING = `Chromium is not installed at ${CHROMIUM_PATH}: the browser test needs Debian's chromium. `
  + 'Install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH); '
  + '`npx playwright install` cannot download browsers on this network.';

/** A fresh Chromium with a new, empty profile; throws (never skips) when Chromium is absent. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sso-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 900, height: 700 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- servers in child processes ------------------------------------------------------

export interface ChildServer {
  url: string;
  info: Record<string, unknown>;
  proc: ChildProcess;
  /** stderr of the child, for failure messages. */
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point under tsx in its own Node process and waits until a
 * stdout line matches `ready` (its first capture group is the URL) or is JSON with `url`.
 */
function startChild(script: string, env: Record<string, string>, ready?: RegExp, timeoutMs = 60_000, cwd = ROOT): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-20_000); });
  const stop = () => new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    proc.once('exit', () => { clearTimeout(timer); resolve(); });
    proc.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { void stop(); reject(new Error(`${script} did not start within ${timeoutMs} ms:\n${err}`)); }, timeoutMs);
    const lines = createInterface({ input: proc.stdout! });
    lines.on('line', (line) => {
      let url: string | undefined;
      let info: Record<string, unknown> = {};
      const m = ready?.exec(line);
      if (m) url = m[1];
      else if (!ready && line.startsWith('{')) {
        try {
          info = JSON.parse(line) as Record<string, unknown>;
          url = typeof info.url === 'string' ? info.url : undefined;
        } catch { /* not the ready line */ }
      }
      if (url) {
        clearTimeout(timer);
        resolve({ url, info, proc, output: () => err, stop });
      }
    });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${script} exited with ${code} before it was ready:\n${err}`)); });
  });
}

/** The product's control plane (test/e2e/fixtures/control-plane.ts) in its own process. */
/** `tree`: another checkout of the product (benchmarks compare commits in one run). */
export function startControlPlaneProcess(env: { DATABASE_URL: string; SECRETS_KEY: string; OPERATOR_TOKEN: string; PUBLIC_URL?: string; PORT?: string; MIGRATE?: 'on'; LOG?: 'off'; NODE_ENV?: string; DATA_DIR?: string; LOG_FILE?: string; OBSERVABILITY?: 'off' }, tree = ROOT): Promise<ChildServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sso-cp-'));
  return startChild('test/e2e/fixtures/control-plane.ts', { NODE_ENV: 'test', SANDBOX: 'off', SEED_DEMO: 'off', MIGRATE_ON_START: 'off', DATA_DIR: dataDir, PORT: '0', ...env } as Record<string, string>, undefined, 60_000, tree);
}

/** The sandbox IdP (sandbox/main.ts) in its own process; PUBLIC_URL fills its fixtures' {controlPlaneUrl}. */
export function startSandboxProcess(env: { PUBLIC_URL?: string } = {}, tree = ROOT): Promise<ChildServer> {
  return startChild('sandbox/main.ts', { SANDBOX_PORT: '0', ...env } as Record<string, string>, /SANDBOX IdP at (http:\/\/\S+)/, 60_000, tree);
}

// ---- small helpers ------------------------------------------------------------------

/** Minimal GraphQL over fetch (scripts and child-process servers have no TestApi). */
export async function graphql<T = Record<string, unknown>>(apiUrl: string, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
