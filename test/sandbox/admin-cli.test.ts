// The admin API, the CLI over it (in a child process, as `npm run sandbox -- …` runs it),
// the server entry point and the loopback guard.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../sandbox/cli/cli.ts';
import { isLoopbackHost } from '../../common/net/address-policy.ts';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.ts';
import { admin, relyingParty, SF_ORG, tokensFor, testSandbox } from './support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The current Node (24) with tsx's loader, whatever node is first on PATH.
const tsxArgs = (...args: string[]) => ['--import', 'tsx', ...args];
const run = promisify(execFile);

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });

describe('loopback guard and health', () => {
  it('refuses to bind a non-loopback host unless allowed', async () => {
    await expect(startSandbox({ host: '0.0.0.0', port: 0, log: () => {} })).rejects.toThrow(/refusing to bind .* non-loopback/);
    await expect(startSandbox({ host: '192.0.2.10', port: 0, log: () => {} })).rejects.toThrow(/non-loopback/);
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LocalHost', '::ffff:127.0.0.1', '[::ffff:7f00:1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', 'example.com', '127.0.0.1.example.com', 'localhost.example.com', '::ffff:10.0.0.1', '1270.0.0.1'].some(isLoopbackHost)).toBe(false);
  });

  it('says loudly on start that it is a TEST IdP; /healthz and /readyz answer', async () => {
    const lines: string[] = [];
    const other = await startSandbox({ port: 0, log: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).toMatch(/TEST IDENTITY PROVIDER[\s\S]*NEVER use it for production/);
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${other.url}/readyz`)).json()).toEqual({ status: 'ready' });
    } finally {
      await other.close();
    }
  });
});

describe('admin API', () => {
  it('R14 creates an org, a person and a client at run time; the new issuer signs them in', async () => {
    const org = await admin(sb, 'POST', '/admin/orgs', { provider: 'salesforce', id: '00D000000000009ZZZ', name: 'Runtime org' });
    expect(org.status).toBe(201);
    expect(org.body.urls.issuer).toBe(`${sb.url}/salesforce/00D000000000009ZZZ`);
    const person = await admin(sb, 'POST', '/admin/people', { org: 'salesforce/00D000000000009ZZZ', username: 'rita@runtime.example', email: 'rita@runtime.example', name: 'Rita' });
    expect(person.status).toBe(201);
    expect(person.body.externalId).toMatch(/^005/);
    const rp = await relyingParty(sb, 'salesforce/00D000000000009ZZZ');
    expect((await tokensFor(rp, 'rita@runtime.example')).claims).toMatchObject({ organization_id: '00D000000000009ZZZ', email: 'rita@runtime.example' });
    const detail = await admin(sb, 'GET', '/admin/orgs/salesforce/00D000000000009ZZZ');
    expect(detail.body.people).toHaveLength(1);
    expect(detail.body.clients.map((c: { clientId: string }) => c.clientId)).toContain(rp.clientId);
  });

  it('changes a client\'s redirect URIs at run time', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    const patched = await admin(sb, 'PATCH', `/admin/clients/${SF_ORG}/${rp.clientId}`, { redirectUris: ['http://127.0.0.1:9/other/callback'] });
    expect(patched.body.redirectUris).toEqual(['http://127.0.0.1:9/other/callback']);
  });

  it('validates input: 400 with the field, 409 on duplicates, 404 on unknown orgs', async () => {
    const bad = await admin(sb, 'POST', '/admin/people', { org: SF_ORG, email: 'not-an-email' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['username', 'email']));
    expect((await admin(sb, 'POST', '/admin/people', { org: SF_ORG, username: 'sally@acme.example' })).status).toBe(409);
    expect((await admin(sb, 'POST', '/admin/people', { org: 'okta/nowhere', username: 'x' })).status).toBe(404);
    // A catalog code no IdP behaviour causes: refused with the reason, not as a malformed body.
    const unproducible = await admin(sb, 'POST', '/admin/scenarios', { code: 'USER_NOT_FOUND' });
    expect(unproducible.status).toBe(422);
    expect(unproducible.body).toMatchObject({ code: 'SCENARIO_NOT_PRODUCIBLE', failureCode: 'USER_NOT_FOUND', reason: expect.stringMatching(/^platform-side: /) });
    expect((await admin(sb, 'POST', '/admin/scenarios', { code: 'OIDC_TOKEN_INVALID', behaviour: 'unsigned' })).status).toBe(400);
    expect((await admin(sb, 'POST', '/admin/scenarios', { code: 'IDP_IP_RESTRICTED', person: 'sally@acme.example' })).status).toBe(400);
  });

  it('R31 lists the armable catalog codes with the code each behaviour produces per protocol', async () => {
    const catalog = await admin(sb, 'GET', '/admin/scenarios/catalog');
    const token = catalog.body.find((c: { code: string }) => c.code === 'OIDC_TOKEN_INVALID');
    expect(token.behaviours.map((b: { behaviour: string }) => b.behaviour)).toEqual(['wrong-key', 'clock-skew', 'wrong-audience']);
  });

  it('reset returns to the fixtures: runtime orgs, scenarios and Login History are gone', async () => {
    await admin(sb, 'POST', '/admin/orgs', { provider: 'okta', id: 'temp', name: 'Temp' });
    await admin(sb, 'POST', '/admin/scenarios', { code: 'IDP_ACCESS_DENIED' });
    const rp = await relyingParty(sb, SF_ORG);
    await tokensFor(rp, 'admin@acme.example').catch(() => undefined);
    expect((await admin(sb, 'POST', '/admin/reset')).body.reset).toBe(true);
    expect((await admin(sb, 'GET', '/admin/orgs')).body.map((o: { key: string }) => o.key)).not.toContain('okta/temp');
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
    expect((await admin(sb, 'GET', '/admin/login-history')).body).toEqual([]);
    expect((await admin(sb, 'GET', '/admin/clients')).body.map((c: { clientId: string }) => c.clientId).sort()).toEqual(['acme-sales', 'acme-support', 'contoso-care']);
  });
});

describe('CLI', () => {
  it('R31 arms a scenario from a child process (npm run sandbox -- scenarios arm …) and it takes effect', async () => {
    const { stdout } = await run(process.execPath, tsxArgs('sandbox/main.ts', 'scenarios', 'arm', 'SALESFORCE_EMAIL_UNVERIFIED', '--person', 'sally@acme.example', '--url', sb.url), { cwd: root });
    const armed = JSON.parse(stdout);
    expect(armed).toMatchObject({ code: 'SALESFORCE_EMAIL_UNVERIFIED', scope: { person: 'sally@acme.example' }, expected: { oidc: 'SALESFORCE_EMAIL_UNVERIFIED' } });
    const rp = await relyingParty(sb, SF_ORG);
    expect((await tokensFor(rp, 'sally@acme.example')).claims.email_verified).toBe(false);
    const { stdout: cleared } = await run(process.execPath, tsxArgs('sandbox/main.ts', 'scenarios', 'clear', '--url', sb.url), { cwd: root });
    expect(JSON.parse(cleared)).toEqual({ cleared: 1 });
  });

  it('R12 runs the connected-app IP relaxation and Login History commands', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), env: { SANDBOX_URL: sb.url } };
    expect(await runCli(['scenarios', 'arm', 'IDP_IP_RESTRICTED', '--org', SF_ORG, '--client', 'acme-support'], io)).toBe(0);
    expect(await runCli(['clients', 'relax-ip', '--org', SF_ORG, '--client-id', 'acme-support'], io)).toBe(0);
    expect(JSON.parse(out.at(-1)!).ipRestriction).toBe('relaxed');
    expect(await runCli(['scenarios', 'list'], io)).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toEqual([]);
    expect(await runCli(['history', '--org', SF_ORG], io)).toBe(0);
    expect(await runCli(['nonsense'], io)).toBe(2);
    expect(await runCli(['people', 'add', '--org', SF_ORG], io)).toBe(1);
  });

  it('R18 orgs saml-bindings makes an org POST-only for SAML (metadata without a Redirect endpoint, GET of its SSO URL refused 405) and back', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), env: { SANDBOX_URL: sb.url } };
    const metadata = async () => (await fetch(`${sb.url}/generic/demo/saml/metadata`)).text();
    const sso = `${sb.url}/generic/demo/saml/sso`;
    expect(await metadata()).toContain('bindings:HTTP-Redirect');
    expect(await runCli(['orgs', 'saml-bindings', '--org', 'generic/demo', 'post-only'], io)).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ key: 'generic/demo', samlPostOnly: true });
    expect(await metadata()).not.toContain('bindings:HTTP-Redirect');
    expect(await metadata()).toContain(`Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${sso}"`);
    expect((await (await fetch(`${sb.url}/saml/federation-metadata`)).text()).match(/bindings:HTTP-Redirect/g)?.length).toBe((await admin(sb, 'GET', '/admin/orgs')).body.length - 1);
    const refused = await fetch(`${sso}?SAMLRequest=abc&RelayState=r`);
    expect({ status: refused.status, allow: refused.headers.get('allow'), page: /405 Method Not Allowed/.test(await refused.text()) }).toEqual({ status: 405, allow: 'POST', page: true });
    // A POST of a broken request still reaches the request parser: POST stays open.
    expect((await fetch(sso, { method: 'POST', body: new URLSearchParams({ SAMLRequest: 'abc' }) })).status).toBe(400);
    expect(await runCli(['orgs', 'saml-bindings', '--org', 'generic/demo', 'redirect-and-post'], io)).toBe(0);
    expect(await metadata()).toContain('bindings:HTTP-Redirect');
    expect((await fetch(`${sso}?SAMLRequest=abc`)).status).toBe(400);
    expect(await runCli(['orgs', 'saml-bindings', '--org', 'generic/demo', 'sideways'], io)).toBe(2);
    expect(await runCli(['orgs', 'saml-bindings', '--org', 'generic/nowhere', 'post-only'], io)).toBe(1);
    expect((await admin(sb, 'PATCH', '/admin/orgs/generic/demo', { provider: 'okta' })).status).toBe(400);
  });

  it('npm run sandbox without arguments starts the server from the environment; a non-loopback host is refused', async () => {
    const refused = await run(process.execPath, tsxArgs('sandbox/main.ts'), { cwd: root, env: { ...process.env, SANDBOX_HOST: '0.0.0.0', SANDBOX_PORT: '0' } }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/refusing to bind/);

    const child = spawn(process.execPath, tsxArgs('sandbox/main.ts'), { cwd: root, env: { ...process.env, SANDBOX_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const m = /SANDBOX IdP at (http:\/\/\S+)/.exec(buf);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`sandbox exited ${code}: ${buf}`)));
      });
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
