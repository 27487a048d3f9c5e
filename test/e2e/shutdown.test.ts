// `npm start` (and the production entry, `npm run serve`) stops cleanly, as a developer
// or a process manager stops it: SIGTERM to the npm process, and Ctrl-C (SIGINT to the
// whole process group). The real chain runs (npm → node with the tsx loader; for
// `npm start` with the sandbox IdP and the demo data), in its own process group. Afterwards both
// ports refuse connections, npm exits 0 (the child shut down on purpose; npm re-raises a
// signal only when its child died of one) and no process of the group is left. A
// request in flight when the signal arrives still gets its answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/api.ts';
import { ROOT } from './support-extra.ts';

const WAIT_MS = 60_000; // generous: a bound on hanging, not a performance claim

interface Started {
  npm: ChildProcess;
  port: number;
  sandboxPort: number;
  token: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Started[] = [];
const dirs: string[] = [];

afterEach(() => {
  // Whatever a failed test left: kill the group, remove the data folder.
  for (const started of running.splice(0)) {
    try { process.kill(-started.npm.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => Promise<boolean> | boolean, output = () => ''): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}\n${output()}`);
    await sleep(100);
  }
}

const answers = async (url: string) => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

/** Whether a TCP connection to the port is accepted right now. */
const accepts = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});

/** Live processes whose process group is `pgid` (zombies are dead already). */
function groupMembers(pgid: number): string[] {
  const members: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try { stat = readFileSync(`/proc/${entry}/stat`, 'utf8'); } catch { continue; }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') {
      let cmdline = '';
      try { cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim(); } catch { /* gone meanwhile */ }
      members.push(`${entry} ${cmdline}`);
    }
  }
  return members;
}

async function twoFreePorts(): Promise<[number, number]> {
  const port = await freePort();
  let sandboxPort = await freePort();
  while (sandboxPort === port) sandboxPort = await freePort();
  return [port, sandboxPort];
}

/** `npm start` (development: with the sandbox) or `npm run serve` (the production entry, control plane alone). */
async function startNpm(script: 'start' | 'serve' = 'start'): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'sso-shutdown-'));
  dirs.push(dir);
  const [port, sandboxPort] = await twoFreePorts();
  // A developer's terminal: none of the test runner's settings for the product.
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'DATABASE_URL', 'OPERATOR_TOKEN', 'SECRETS_KEY', 'SANDBOX', 'SEED_DEMO', 'PUBLIC_URL', 'HOST']) delete env[name];
  Object.assign(env, { DATA_DIR: dir, DATABASE_URL: `file:${join(dir, 'dev.db')}`, PORT: String(port), SANDBOX_PORT: String(sandboxPort) });
  const production = script === 'serve';
  if (production) Object.assign(env, { NODE_ENV: 'production', PUBLIC_URL: 'https://sso.example.com', SECRETS_KEY: randomBytes(32).toString('hex'), OPERATOR_TOKEN: `sso_op_${randomBytes(24).toString('base64url')}` });
  const npm = spawn('npm', script === 'start' ? ['start'] : ['run', 'serve'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (d: Buffer) => { out = (out + d.toString()).slice(-20_000); };
  npm.stdout!.on('data', keep);
  npm.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.once('exit', (code, signal) => resolve({ code, signal })));
  const started = { npm, port, sandboxPort, token: '', output: () => out, exited };
  running.push(started);
  await until(production ? 'the control plane answers' : 'the control plane and the sandbox answer', async () => {
    if (npm.exitCode !== null || npm.signalCode !== null) throw new Error(`npm ${script} exited early:\n${out}`);
    return (await answers(`http://127.0.0.1:${port}/healthz`)) && (production || (await answers(`http://127.0.0.1:${sandboxPort}/healthz`)));
  }, () => out);
  started.token = production ? env.OPERATOR_TOKEN! : readFileSync(join(dir, 'operator-token'), 'utf8').trim();
  return started;
}

/** Waits for the end of the shutdown and checks that it was clean. */
async function expectCleanExit(started: Started) {
  const pgid = started.npm.pid!;
  const timeout = sleep(WAIT_MS).then(() => 'timeout' as const);
  const result = await Promise.race([started.exited, timeout]);
  expect(result, `npm did not exit:\n${started.output()}`).not.toBe('timeout');
  expect(result, started.output()).toEqual({ code: 0, signal: null });
  await until('no process of the group is left', () => groupMembers(pgid).length === 0, () => groupMembers(pgid).join('\n'));
  expect(await accepts(started.port)).toBe(false);
  expect(await accepts(started.sandboxPort)).toBe(false);
  running.splice(running.indexOf(started), 1);
}

/**
 * A GraphQL request that is in flight for as long as the test wants: the headers go first
 * (with Expect: 100-continue, so the server's "100 Continue" says it has taken the
 * request on), the body only when `finish` is called.
 */
async function requestInFlight(port: number, token: string) {
  const body = JSON.stringify({ query: '{ tenants(first: 10) { edges { node { accountName } } } }' });
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d: Buffer) => { received += d.toString(); });
  let closed = false;
  socket.once('close', () => { closed = true; });
  socket.once('error', () => { /* seen as the close, with whatever was received */ });
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject); });
  socket.write([
    'POST /graphql HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', `Authorization: Bearer ${token}`,
    `Content-Length: ${Buffer.byteLength(body)}`, 'Expect: 100-continue', '', '',
  ].join('\r\n'));
  await until('the server takes the request on (100 Continue)', () => received.includes('100 Continue') || closed, () => received);
  return {
    /**
     * Sends the body; resolves with all that was received once the server has closed the
     * connection (it must: after the answer the connection is idle and nothing may wait on it).
     */
    async finish(): Promise<string> {
      socket.write(body);
      await until('the server closes the connection', () => closed, () => received);
      return received;
    },
  };
}

describe('npm start shuts down cleanly', { timeout: 180_000 }, () => {
  it('on SIGTERM to the npm process: an in-flight request is answered, then everything stops, exit 0', async () => {
    const started = await startNpm();
    const inFlight = await requestInFlight(started.port, started.token);
    process.kill(started.npm.pid!, 'SIGTERM');
    // Shutdown has begun once no new connection is accepted; the request is still open.
    await until('the API port stops accepting', async () => !(await accepts(started.port)), started.output);
    const response = await inFlight.finish();
    expect(response).toMatch(/HTTP\/1\.1 200 OK/);
    expect(response).toContain('"accountName":"AcmeSupport"');
    await expectCleanExit(started);
  });

  it('on Ctrl-C (SIGINT to the process group): everything stops, exit 0', async () => {
    const started = await startNpm();
    process.kill(-started.npm.pid!, 'SIGINT');
    await expectCleanExit(started);
  });
});

describe('the production entry (npm run serve) shuts down cleanly', { timeout: 180_000 }, () => {
  it('on SIGTERM to the npm process: an in-flight request is answered, then it stops, exit 0', async () => {
    const started = await startNpm('serve');
    const inFlight = await requestInFlight(started.port, started.token);
    process.kill(started.npm.pid!, 'SIGTERM');
    await until('the API port stops accepting', async () => !(await accepts(started.port)), started.output);
    const response = await inFlight.finish();
    expect(response).toMatch(/HTTP\/1\.1 200 OK/);
    expect(response).toContain('"tenants":{"edges":[]}'); // no demo data in production
    await expectCleanExit(started);
  });

  it('on Ctrl-C (SIGINT to the process group): it stops, exit 0', async () => {
    const started = await startNpm('serve');
    process.kill(-started.npm.pid!, 'SIGINT');
    await expectCleanExit(started);
  });
});
