// Sandbox IdP throughput: full headless OIDC flows/s through the sandbox (authorization
// with login_hint + sandbox_auto=1, then the code exchange, driven by openid-client),
// beside a bare oidc-provider + openid-client pair measured in the same run (its
// canonical headless interaction: authorize, interaction finished at once, resume,
// exchange), and SAML responses generated/s. Both IdPs run in child processes; loopback
// only; the whole run stays well under a minute.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import * as oidc from 'openid-client';
import Provider from 'oidc-provider';
import { cookieJar, type BenchRow } from './support.ts';


const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REDIRECT = 'http://127.0.0.1:9/cb';
const WARMUP_MS = 1_000;
const MEASURE_MS = 6_000;
const CONCURRENCY = 10;

/** Runs `op` from `concurrency` loops for `ms`; operations per second. */
async function rate(op: () => Promise<unknown>, ms: number, concurrency = CONCURRENCY): Promise<number> {
  const start = performance.now();
  const end = start + ms;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      await op();
      done += 1;
    }
  }));
  return done / ((performance.now() - start) / 1000);
}

function child(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ proc: ChildProcess; url: string }> {
  // stderr dropped: the bare provider warns about its development keys and store.
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = ready.exec(buf);
      if (m) resolve({ proc, url: m[1]! });
    });
    proc.once('exit', (code) => reject(new Error(`child exited ${code}: ${buf}`)));
  });
}

const stop = (proc: ChildProcess) => new Promise<void>((resolve) => {
  if (proc.exitCode !== null) return resolve();
  proc.once('exit', () => resolve());
  proc.kill('SIGTERM');
});

async function authorizationUrl(config: oidc.Configuration, extra: Record<string, string>) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT, scope: 'openid email', state, code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', ...extra,
  });
  return { url, verifier, state };
}

async function sandboxFlow(config: oidc.Configuration) {
  const a = await authorizationUrl(config, { login_hint: 'sally@acme.example', sandbox_auto: '1' });
  const res = await fetch(a.url, { redirect: 'manual' });
  await oidc.authorizationCodeGrant(config, new URL(res.headers.get('location')!), { pkceCodeVerifier: a.verifier, expectedState: a.state });
}

async function bareFlow(config: oidc.Configuration, base: string) {
  const a = await authorizationUrl(config, {});
  const jar = cookieJar();
  let location = a.url.href;
  // authorize -> interaction -> resume -> redirect_uri
  for (let i = 0; i < 3; i += 1) {
    const res = await fetch(new URL(location, base), { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res.headers.getSetCookie());
    await res.arrayBuffer();
    location = res.headers.get('location')!;
  }
  await oidc.authorizationCodeGrant(config, new URL(location), { pkceCodeVerifier: a.verifier, expectedState: a.state });
}

/** Child mode: a bare oidc-provider whose interaction finishes login + consent at once. */
async function serveBare(): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'bench', client_secret: 'bench-secret-0123456789', redirect_uris: [REDIRECT], token_endpoint_auth_method: 'client_secret_post' }],
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: `${id}@bench.example` }) }),
    claims: { openid: ['sub'], email: ['email'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['bench-cookie-key'] },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: 'bench-user', clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: 'bench-user' }, consent: { grantId } }, { mergeWithLastSubmission: false });
    })().catch(() => { res.statusCode = 500; res.end(); });
  });
  process.stdout.write(`BARE READY ${issuer}\n`);
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

async function samlGenerationRate(): Promise<number> {
  const { Directory } = await import('../sandbox/directory/directory.ts');
  const { loadFixtures } = await import('../sandbox/fixtures/load.ts');
  const { signingMaterial } = await import('../sandbox/keys/keys.ts');
  const { presentPerson } = await import('../sandbox/scenarios/claims.ts');
  const { loginResponse } = await import('../sandbox/saml/response.ts');
  const directory = new Directory(loadFixtures(undefined, 'http://127.0.0.1:4000'));
  const sp = directory.listSps('okta/globex')[0]!;
  const person = directory.findPerson('okta/globex', 'hank@globex.example')!;
  const [current, expired, foreign] = await Promise.all((['current', 'expired', 'foreign'] as const).map((k) => signingMaterial('okta/globex', k)));
  const input = {
    idpEntityId: 'http://127.0.0.1:4100/okta/globex/saml', ssoUrl: 'http://127.0.0.1:4100/okta/globex/saml/sso', sp, acs: sp.acsUrls[0]!,
    inResponseTo: '_bench', presented: presentPerson(directory, person, {}), fx: { applied: [] }, keys: { current: current!, expired: expired!, foreign: foreign! },
  };
  await rate(() => loginResponse(input), 500, 1);
  return rate(() => loginResponse(input), 4_000, 1);
}

export async function benchSandbox(): Promise<BenchRow[]> {
  const [sandbox, bare] = await Promise.all([
    child(['sandbox/main.ts'], { SANDBOX_PORT: '0' }, /SANDBOX IdP at (http:\/\/\S+)/),
    child([fileURLToPath(import.meta.url), '--serve-bare'], {}, /BARE READY (http:\/\/\S+)/),
  ]);
  try {
    const org = 'salesforce/00D000000000001AAA';
    await fetch(`${sandbox.url}/admin/clients`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org, clientId: 'bench', clientSecret: 'bench-secret-0123456789', redirectUris: [REDIRECT], name: 'Bench' }),
    });
    const insecure = { execute: [oidc.allowInsecureRequests] };
    const sbConfig = await oidc.discovery(new URL(`${sandbox.url}/${org}`), 'bench', 'bench-secret-0123456789', undefined, insecure);
    const bareConfig = await oidc.discovery(new URL(bare.url), 'bench', 'bench-secret-0123456789', undefined, insecure);

    await rate(() => sandboxFlow(sbConfig), WARMUP_MS);
    await rate(() => bareFlow(bareConfig, bare.url), WARMUP_MS);
    const sandboxRate = await rate(() => sandboxFlow(sbConfig), MEASURE_MS);
    const bareRate = await rate(() => bareFlow(bareConfig, bare.url), MEASURE_MS);
    const samlRate = await samlGenerationRate();
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      {
        name: `sandbox: full headless OIDC flows (authorize+code exchange, concurrency ${CONCURRENCY})`, value: round(sandboxRate), unit: 'flows/s',
        baseline: `bare oidc-provider + openid-client, headless interaction: ${round(bareRate)} flows/s`, ratio: Math.round((sandboxRate / bareRate) * 100) / 100,
      },
      { name: 'bare oidc-provider + openid-client (same run)', value: round(bareRate), unit: 'flows/s' },
      { name: 'sandbox: SAML responses generated (signed response + assertion, one thread)', value: round(samlRate), unit: 'responses/s' },
    ];
  } finally {
    await Promise.all([stop(sandbox.proc), stop(bare.proc)]);
  }
}

if (process.argv.includes('--serve-bare')) {
  await serveBare();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchSandbox();
  for (const r of rows) process.stdout.write(`${r.name}: ${r.value} ${r.unit}${r.ratio !== undefined ? ` (ratio ${r.ratio} vs ${r.baseline})` : ''}\n`);
}
