// Two control-plane API processes on ONE PostgreSQL database (DESIGN.md: "several API
// instances behind a load balancer share one PostgreSQL: no sign-in state lives only in
// one process's memory"). A sign-in started on instance A completes on instance B, and a
// session made on B is recognised on A. PostgreSQL project only (SQLite is one process's
// embedded file by design).
//
// Why one PUBLIC_URL for both, in front of a small load balancer, rather than one
// PUBLIC_URL per instance with both callback URLs registered at the IdP:
//  - The SP/RP URLs derive from PUBLIC_URL: the OIDC redirect_uri, the SAML ACS URLs and
//    the SAML SP entity ID (src/signin/sp.ts). Instance A puts ITS redirect_uri in the
//    authorization request, so the IdP sends the browser back to A, never to B: with
//    per-instance URLs the callback can only reach B if A advertises B's URL, which is a
//    misconfiguration, not a deployment. And the token request must repeat the
//    redirect_uri byte for byte, and a SAML SP with another entity ID is another SP.
//  - Cookies (the sign-in binding cookie, the session cookie) belong to the host the
//    person sees; a deployment gives the person one host.
// So, as in production, both instances have PUBLIC_URL = the load balancer's URL, the
// IdP knows only that URL (one redirect_uri, one pair of ACS URLs), and the balancer
// decides which instance serves each request. Here the test steers it request by
// request (A for the start, B for the callback/ACS, A again for the signed-in page) and
// records who served what. The balancer passes the Host header through unchanged (like
// `proxy_set_header Host $host`): the product computes the token request's redirect_uri
// from the request URL, so a balancer that rewrote Host would break the code exchange.
import { autoPostForm } from '../support/saml-form.ts';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server.ts';
import { cloneTemplateDatabase } from '../support/database.ts';
import { startTestApi } from '../support/api.ts';
import { Browser, sandboxAdmin, setUpAccount, type Rig } from './support.ts';
import { startControlPlaneProcess, type ChildServer } from './support-extra.ts';

const SF_ORG = '00D000000000001AAA';

interface Balancer { url: string; route: 'A' | 'B'; served: { instance: 'A' | 'B'; method: string; path: string }[]; server: Server }

function startBalancer(targets: () => Record<'A' | 'B', string>): Promise<Balancer> {
  const lb: Balancer = { url: '', route: 'A', served: [], server: createServer() };
  lb.server.on('request', (req, res) => {
    const instance = lb.route;
    const target = new URL(targets()[instance]);
    lb.served.push({ instance, method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]! });
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  return new Promise((resolve) => lb.server.listen(0, '127.0.0.1', () => {
    lb.url = `http://127.0.0.1:${(lb.server.address() as { port: number }).port}`;
    resolve(lb);
  }));
}

describe('two API processes on one PostgreSQL', () => {
  let rig: Rig;
  let lb: Balancer;
  let a: ChildServer;
  let b: ChildServer;

  beforeAll(async () => {
    const databaseUrl = await cloneTemplateDatabase();
    const secretsKey = randomBytes(32).toString('hex'); // the same key on every instance: secrets at rest are shared
    const operatorToken = `sso_test_${randomBytes(18).toString('base64url')}`;
    lb = await startBalancer(() => ({ A: a.url, B: b.url }));
    const env = { DATABASE_URL: databaseUrl, SECRETS_KEY: secretsKey, OPERATOR_TOKEN: operatorToken, PUBLIC_URL: lb.url };
    [a, b] = await Promise.all([startControlPlaneProcess(env), startControlPlaneProcess(env)]);
    // Set-up goes through an admin-side API on the same database (it takes no part in the sign-in).
    const api = await startTestApi({ SECRETS_KEY: secretsKey, PUBLIC_URL: lb.url }, { databaseUrl });
    const sandbox = await startSandbox({ port: 0, controlPlaneUrl: lb.url, log: () => {} });
    rig = { api, sandbox, close: async () => { await sandbox.close(); await api.close(); } };
    const acme = await setUpAccount(rig, {
      accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG,
      users: [{ username: 'sally', email: 'sally@acme.example' }],
    });
    // The IdP knows the one public callback URL.
    await sandboxAdmin(rig, 'PATCH', `/admin/clients/salesforce/${SF_ORG}/${acme.clientId}`, { redirectUris: [`${lb.url}/sso/oidc/callback`] });
    // SAML: the sandbox fixtures already register GlobexContact's SP at {controlPlaneUrl} = the balancer.
    await setUpAccount(rig, { accountName: 'GlobexContact', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] })
      .catch((error: Error) => { if (!/already registered/.test(error.message)) throw error; });
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await new Promise((resolve) => lb?.server.close(resolve));
    await rig?.close();
  });

  const via = (instance: 'A' | 'B') => { lb.route = instance; };
  const servedBy = (path: string) => lb.served.filter((s) => s.path === path).map((s) => s.instance);

  it('the two instances are separate processes', () => {
    expect(a.proc.pid).not.toBe(b.proc.pid);
    expect(a.url).not.toBe(b.url);
    expect(a.info.publicUrl).toBe(lb.url);
    expect(b.info.publicUrl).toBe(lb.url);
  });

  it('OIDC: started on A (GET /sso/start), completed on B (callback), the session from B recognised on A', async () => {
    lb.served.length = 0;
    const browser = new Browser(rig);
    via('A');
    const login = await (await browser.request(`${lb.url}/login?account=AcmeSupport`)).text();
    const href = /class="sso"[^>]*href="([^"]+)"/.exec(login)![1]!.replace(/&amp;/g, '&');
    const start = await browser.request(`${lb.url}${href}`);
    expect(start.status).toBe(302);
    const idp = new URL(start.headers.get('location')!);
    expect(idp.searchParams.get('redirect_uri')).toBe(`${lb.url}/sso/oidc/callback`);
    idp.searchParams.set('login_hint', 'sally@acme.example');
    idp.searchParams.set('sandbox_auto', '1');
    const callback = (await fetch(idp, { redirect: 'manual' })).headers.get('location')!;
    expect(callback.startsWith(`${lb.url}/sso/oidc/callback?`)).toBe(true);

    via('B');
    const done = await browser.request(callback);
    expect(done.status, await done.clone().text()).toBe(303);
    expect(done.headers.getSetCookie().some((c) => c.startsWith('sso_session='))).toBe(true);

    via('A');
    const home = await browser.follow(`${lb.url}/`);
    expect(home.body).toContain('id="signed-in"');
    expect(home.body).toMatch(/id="account">AcmeSupport</);
    const accounts = await (await browser.request(`${lb.url}/session/accounts`)).json() as { current: string };
    expect(accounts.current).toBe('AcmeSupport');

    expect(servedBy('/sso/start')).toEqual(['A']);
    expect(servedBy('/sso/oidc/callback')).toEqual(['B']);
    expect(servedBy('/')).toEqual(['A']);
    expect(await rig.api.db.loginAttempt.findFirstOrThrow({ orderBy: { id: 'desc' } })).toMatchObject({ outcome: 'SUCCESS', protocol: 'OIDC', accountName: 'AcmeSupport' });

    // Signing out on B ends the session everywhere.
    via('B');
    await browser.request(`${lb.url}/logout`, { method: 'POST' });
    via('A');
    expect((await browser.request(`${lb.url}/`)).status).toBe(302);
  });

  it('SAML: AuthnRequest from A, response posted to the ACS on B, signed in on A', async () => {
    lb.served.length = 0;
    const browser = new Browser(rig);
    via('A');
    const login = await (await browser.request(`${lb.url}/login?account=GlobexContact`)).text();
    const href = /class="sso"[^>]*href="([^"]+)"/.exec(login)![1]!.replace(/&amp;/g, '&');
    const idp = new URL((await browser.request(`${lb.url}${href}`)).headers.get('location')!);
    idp.searchParams.set('login_hint', 'hank@globex.example');
    idp.searchParams.set('sandbox_auto', '1');
    const form = autoPostForm(await (await browser.request(idp.href)).text()); // the sandbox's auto-posting form
    expect(form.action).toBe(`${lb.url}/sso/saml/acs/user`);
    via('B');
    const done = await browser.request(form.action!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: form.SAMLResponse!, RelayState: form.RelayState! }) });
    expect(done.status, await done.clone().text()).toBe(303);
    via('A');
    const home = await browser.follow(`${lb.url}/`);
    expect(home.body).toMatch(/id="account">GlobexContact</);
    expect(servedBy('/sso/start')).toEqual(['A']);
    expect(servedBy('/sso/saml/acs/user')).toEqual(['B']);
  });
});

describe('instances starting together on one PostgreSQL', () => {
  it('all ensure the bootstrap operator token without tripping over each other', async () => {
    const { openDb } = await import('../../src/db/client.ts');
    const { ensureBootstrapToken } = await import('../../src/domain/api-tokens/authenticate.ts');
    const url = await cloneTemplateDatabase();
    const instances = await Promise.all(Array.from({ length: 6 }, () => openDb(url)));
    const token = `sso_race_${randomBytes(12).toString('base64url')}`;
    for (let round = 0; round < 5; round++) {
      await instances[0]!.apiToken.deleteMany();
      await Promise.all(instances.map((db) => ensureBootstrapToken(db, token)));
      expect(await instances[0]!.apiToken.count()).toBe(1);
    }
    await Promise.all(instances.map((db) => db.$disconnect()));
  });
});
