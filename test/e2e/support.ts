// End-to-end rig: the control plane (real HTTP, its own database) and the sandbox IdP
// (real oidc-provider and samlify), with a tiny cookie-jar "browser" that follows the
// headless sign-in path. No mocks: every token and assertion is real.
import { join } from 'node:path';
import { deployMigrations } from '../../src/db/migrations.ts';
import { autoPostForm } from '../support/saml-form.ts';
import { startSandbox } from '../../sandbox/server.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import * as op from '../graphql/operations.ts';
import { PROVIDER_ATTRIBUTES } from '../signin/saml-support.ts';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface Rig {
  api: TestApi;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * The one rig factory, for the e2e tests and the QA runners (test/qa). Without a database
 * the control plane gets a clone of the test template (vitest's global set-up); outside
 * vitest, `ownSqliteDir` names a folder for a fresh SQLite file, migrated here, and the
 * control plane's DATA_DIR.
 */
export async function startRig(options: { ownSqliteDir?: string } = {}): Promise<Rig> {
  const dir = options.ownSqliteDir;
  const databaseUrl = dir ? `file:${join(dir, 'scenarios.db')}` : undefined;
  if (databaseUrl) deployMigrations(databaseUrl);
  const api = await startTestApi(dir ? { DATA_DIR: dir } : {}, { databaseUrl });
  const sandbox = await startSandbox({ port: 0, controlPlaneUrl: api.url, log: () => {} });
  return { api, sandbox, close: async () => { await sandbox.close(); await api.close(); } };
}

export async function sandboxAdmin<T = unknown>(rig: Rig, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${rig.sandbox.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Runs `during` with a sandbox scenario armed, and disarms that scenario afterwards whatever happens. */
export async function withScenario<T>(rig: Rig, scenario: Record<string, unknown>, during: () => Promise<T>): Promise<T> {
  const armed = await sandboxAdmin<{ id: string }>(rig, 'POST', '/admin/scenarios', scenario);
  try {
    return await during();
  } finally {
    await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armed.id}`);
  }
}

export interface AccountSpec {
  accountName: string;
  provider: 'SALESFORCE' | 'MICROSOFT' | 'OKTA' | 'AZURE' | 'GENERIC';
  protocol: 'OIDC' | 'SAML';
  /** Sandbox org key part: e.g. 00D000000000001AAA, an Entra tenant id, or an Okta slug. */
  org: string;
  identifierField?: 'EMAIL' | 'USERNAME' | 'EXTERNAL_ID';
  salesforceOrgId?: string;
  entraTenantId?: string;
  entraDomain?: string;
  users: { username: string; email?: string; externalId?: string; kind?: 'USER' | 'AGENT' }[];
  enable?: boolean;
}

const SANDBOX_PATH = { SALESFORCE: 'salesforce', MICROSOFT: 'microsoft', AZURE: 'microsoft', OKTA: 'okta', GENERIC: 'generic' } as const;

/**
 * Creates the account through the API, registers it at the sandbox, and switches SSO on.
 * `sandboxClientId` is what the sandbox knows the platform by for this account: the OIDC
 * client id, or the SAML SP entity id (a scenario's `client` scope).
 */
export async function setUpAccount(rig: Rig, spec: AccountSpec): Promise<{ tenantId: string; connectionId: string; clientId: string; sandboxClientId: string }> {
  const { api, sandbox } = rig;
  const tenantId = (await api.ok(op.CreateTenant, { input: { accountName: spec.accountName, displayName: spec.accountName } })).createTenant.tenant!.id;
  await api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } });
  const base = `${sandbox.url}/${SANDBOX_PATH[spec.provider]}/${spec.org}`;
  const clientId = `${spec.accountName.toLowerCase()}-client`;
  const orgKey = `${SANDBOX_PATH[spec.provider]}/${spec.org}`;
  const entityId = `${api.url}/sso/saml/metadata/${spec.accountName}`;
  let input;
  if (spec.protocol === 'OIDC') {
    const issuer = spec.provider === 'MICROSOFT' || spec.provider === 'AZURE' ? `${base}/v2.0` : base;
    await sandboxAdmin(rig, 'POST', '/admin/clients', { org: orgKey, clientId, clientSecret: `${clientId}-secret`, redirectUris: [`${api.url}/sso/oidc/callback`], name: `Platform (${spec.accountName})` });
    input = { oidc: { issuer, clientId, clientSecret: `${clientId}-secret` } };
  } else {
    const certs = await metadataCertificates(`${base}/saml/metadata`);
    await sandboxAdmin(rig, 'POST', '/admin/sps', {
      org: orgKey, entityId, acsUrls: [`${api.url}/sso/saml/acs/user`, `${api.url}/sso/saml/acs/agent`],
      nameIdFormat: spec.identifierField === 'EXTERNAL_ID' ? 'persistent' : 'emailAddress', attributes: PROVIDER_ATTRIBUTES[SANDBOX_PATH[spec.provider]],
    });
    input = { saml: { entityId: `${base}/saml`, ssoUrl: `${base}/saml/sso`, signingCertificates: certs } };
  }
  const created = await api.ok(op.CreateConnection, {
    input: {
      tenantId, name: spec.provider, provider: spec.provider, protocol: spec.protocol, identifierField: spec.identifierField ?? 'EMAIL',
      salesforceOrgId: spec.salesforceOrgId, entraTenantId: spec.entraTenantId, entraDomain: spec.entraDomain, ...input,
    },
  });
  if (created.createIdpConnection.userErrors.length) throw new Error(JSON.stringify(created.createIdpConnection.userErrors));
  if (spec.users.length) await api.ok(op.ImportUsers, { input: { tenantId, users: spec.users } });
  // enableSso (readiness-guarded) arrives with its own issue; until then tests switch it on directly.
  if (spec.enable !== false) await api.db.tenant.update({ where: { id: (await api.db.tenant.findFirstOrThrow({ where: { accountKey: spec.accountName.toLowerCase() } })).id }, data: { ssoEnabled: true } });
  const connection = await api.db.idpConnection.findFirstOrThrow({ where: { tenant: { accountKey: spec.accountName.toLowerCase() } } });
  return { tenantId, connectionId: connection.id, clientId, sandboxClientId: spec.protocol === 'OIDC' ? clientId : entityId };
}

/** The signing certificates an IdP publishes in its SAML metadata, as PEM (duplicates dropped). */
export async function metadataCertificates(metadataUrl: string): Promise<string[]> {
  const metadata = await (await fetch(metadataUrl)).text();
  const bodies = [...metadata.matchAll(/<(?:ds:)?X509Certificate>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, ''));
  return [...new Set(bodies)].map((b) => `-----BEGIN CERTIFICATE-----\n${b.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`);
}

/** A cookie jar and redirect follower: enough of a browser for the headless paths. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(private rig: Rig) {}

  private cookieHeader(url: string) {
    const host = new URL(url).host;
    return [...this.cookies.entries()].filter(([k]) => k.startsWith(`${host} `)).map(([k, v]) => `${k.split(' ')[1]}=${v}`).join('; ');
  }

  private remember(url: string, response: Response) {
    const host = new URL(url).host;
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired) this.cookies.delete(`${host} ${name!.trim()}`);
      else this.cookies.set(`${host} ${name!.trim()}`, value.join('='));
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.remember(url, response);
    return response;
  }

  /**
   * Follows redirects and the SAML auto-post forms (a SAMLResponse to the SP, a SAMLRequest
   * to a POST-only IdP) until a page that is neither. `atIdp` goes into the query of a
   * SAMLRequest form's action: the sandbox's headless switches (login_hint, sandbox_auto).
   */
  async follow(url: string, init: RequestInit = {}, hops = 12, atIdp: Record<string, string> = {}): Promise<{ url: string; response: Response; body: string }> {
    return this.continueFrom(url, await this.request(url, init), hops, atIdp);
  }

  /** follow(), from a response already received at `url`. */
  async continueFrom(url: string, first: Response, hops = 12, atIdp: Record<string, string> = {}): Promise<{ url: string; response: Response; body: string }> {
    let current = url;
    let response = first;
    for (let i = 0; i < hops; i++) {
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        response = await this.request(current);
        continue;
      }
      const body = await response.text();
      const form = autoPostForm(body);
      const message: Record<string, string> | undefined = form.SAMLResponse ? { SAMLResponse: form.SAMLResponse } : form.SAMLRequest ? { SAMLRequest: form.SAMLRequest } : undefined;
      if (form.action && message) {
        const params = new URLSearchParams({ ...message, ...(form.RelayState !== undefined ? { RelayState: form.RelayState } : {}) });
        const action = new URL(form.action, current);
        if ('SAMLRequest' in message) for (const [k, v] of Object.entries(atIdp)) action.searchParams.set(k, v);
        current = action.href;
        response = await this.request(current, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: params });
        continue;
      }
      return { url: current, response, body };
    }
    throw new Error('too many redirects');
  }
}

export interface SignInOutcome {
  ok: boolean;
  status: number;
  message: string | null;
  code: string | null;
  traceId: string | null;
  body: string;
}

/** Clicks the SSO button of the account's login page and signs in at the sandbox as `loginHint`. */
export async function signIn(rig: Rig, options: { account: string; loginHint: string; audience?: 'user' | 'agent'; browser?: Browser; connectionId?: string }): Promise<SignInOutcome & { browser: Browser }> {
  const browser = options.browser ?? new Browser(rig);
  const audience = options.audience ?? 'user';
  const login = await browser.request(`${rig.api.url}/login?account=${encodeURIComponent(options.account)}&audience=${audience}`);
  const page = await login.text();
  const hrefs = [...page.matchAll(/class="sso"[^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const href = options.connectionId ? hrefs.find((h) => h.includes(options.connectionId!)) : hrefs[0];
  if (!href) throw new Error(`no SSO button on the login page of ${options.account}: ${page.slice(0, 300)}`);
  const start = await browser.request(`${rig.api.url}${href}`);
  const idpUrl = start.headers.get('location');
  const headless = { login_hint: options.loginHint, sandbox_auto: '1' };
  if (!idpUrl) {
    // A POST-binding IdP: the product answers with the auto-posting AuthnRequest form (else a failure page).
    const end = await browser.continueFrom(`${rig.api.url}${href}`, start, 12, headless);
    return { ...parseOutcome(end.response.status, end.body), browser };
  }
  const atIdp = new URL(idpUrl);
  for (const [k, v] of Object.entries(headless)) atIdp.searchParams.set(k, v);
  const end = await browser.follow(atIdp.href);
  return { ...parseOutcome(end.response.status, end.body), browser };
}

export function parseOutcome(status: number, body: string): SignInOutcome {
  const message = /id="message">([^<]*)</.exec(body)?.[1] ?? null;
  const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return {
    ok: /id="signed-in"/.test(body),
    status,
    message: message === null ? null : unescape(message),
    code: /data-code="([^"]+)" id="message"/.exec(body)?.[1] ?? null,
    traceId: /id="trace-id">([^<]+)</.exec(body)?.[1] ?? null,
    body,
  };
}

/** The steps of signIn, one by one, for tests that tamper between them. */
export async function startAt(rig: Rig, browser: Browser, account: string, query = ''): Promise<URL> {
  const login = await (await browser.request(`${rig.api.url}/login?account=${encodeURIComponent(account)}`)).text();
  const href = /class="sso"[^>]*href="([^"]+)"/.exec(login)![1]!.replace(/&amp;/g, '&');
  const start = await browser.request(`${rig.api.url}${href}${query}`);
  const location = start.headers.get('location');
  if (!location) throw new Error(`start did not redirect: ${start.status} ${await start.text()}`);
  return new URL(location);
}

/** Signs in at the sandbox headlessly; returns where the IdP sends the browser back to. */
export async function authorizeAt(idpUrl: URL, loginHint: string): Promise<string> {
  const url = new URL(idpUrl);
  url.searchParams.set('login_hint', loginHint);
  url.searchParams.set('sandbox_auto', '1');
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) throw new Error(`the IdP did not redirect: ${response.status}`);
  return location;
}

export async function deliver(browser: Browser, callbackUrl: string): Promise<SignInOutcome> {
  const end = await browser.follow(callbackUrl);
  return parseOutcome(end.response.status, end.body);
}
