// Helpers of the readiness end-to-end suites (test/e2e/readiness-*.test.ts): accounts made
// ready through the API only, test sign-ins followed headlessly through the sandbox, and
// the report read back with its findings keyed by code.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import { Browser, setUpAccount, type AccountSpec, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';
import { EnableSsoFull, TenantSso } from '../graphql/readiness-operations.ts';
import { READINESS_FINDINGS, type FindingCode } from '../../src/domain/readiness/findings.ts';

export const SF_ORG = '00D000000000001AAA';
export const ENTRA = '11111111-2222-4333-8444-555555555555';

export const gid = (type: 'Tenant' | 'IdpConnection' | 'User', id: string) => encodeGlobalID(type, id);

type Row = { username: string; email?: string | null; externalId?: string | null; kind?: 'USER' | 'AGENT'; isAdmin?: boolean; passwordSignInAllowed?: boolean };

export interface Account {
  accountName: string;
  /** Global IDs, as the API gives them. */
  tenantId: string;
  connectionId: string;
  /** Local ids (for database read-backs). */
  tenantLocal: string;
  connectionLocal: string;
  /** Whom to sign in as at the sandbox for each audience's test. */
  hints: { USER: string; AGENT?: string };
}

export type Spec = Omit<AccountSpec, 'users' | 'enable'> & { users: Row[]; hints: { USER: string; AGENT?: string } };

/** Sandbox people used by the ready accounts (sandbox/fixtures/demo.json). */
export const OKTA_READY = (accountName: string, protocol: 'OIDC' | 'SAML' = 'OIDC'): Spec => ({
  accountName, provider: 'OKTA', protocol, org: 'globex',
  users: [
    { username: 'globex-admin', email: 'admin@globex.example', isAdmin: true },
    { username: 'hank', email: 'hank@globex.example', kind: 'AGENT' },
  ],
  hints: { USER: 'admin@globex.example', AGENT: 'hank@globex.example' },
});

/**
 * An account created through the API and registered at the sandbox like setUpAccount does,
 * with SSO left off (enable: false) — nothing is written to the database directly.
 */
export async function createAccountOff(rig: Rig, spec: Spec): Promise<Account> {
  const { users, hints, ...rest } = spec;
  const made = await setUpAccount(rig, { ...rest, users: [], enable: false });
  if (users.length) {
    const imported = await rig.api.ok(op.ImportUsers, { input: { tenantId: made.tenantId, users } });
    expect(imported.importUsers.userErrors).toEqual([]);
  }
  return { accountName: spec.accountName, tenantId: made.tenantId, connectionId: gid('IdpConnection', made.connectionId), tenantLocal: localOf(made.tenantId), connectionLocal: made.connectionId, hints };
}

export const localOf = (globalId: string) => decodeGlobalID(globalId).id;

export interface TestRun {
  ok: boolean;
  status: number;
  body: string;
  matchedUser: string | null;
  /** Cookies the control plane set during the whole test sign-in. */
  controlPlaneCookies: string[];
  browser: Browser;
}

/** testIdpConnection, then the testUrl followed headlessly through the sandbox as `loginHint`. */
export async function runTest(rig: Rig, connectionId: string, audience: 'USER' | 'AGENT', loginHint: string, token?: string): Promise<TestRun> {
  const started = (await rig.api.ok(op.TestIdpConnection, { input: { connectionId, audience } }, token)).testIdpConnection;
  expect(started.userErrors).toEqual([]);
  expect(started.testUrl).toMatch(/\/sso\/start\?.*&test=/);
  const browser = new Browser(rig);
  const start = await browser.request(started.testUrl!);
  const location = start.headers.get('location');
  let status: number;
  let body: string;
  if (!location) {
    status = start.status;
    body = await start.text();
  } else {
    const atIdp = new URL(location);
    atIdp.searchParams.set('login_hint', loginHint);
    atIdp.searchParams.set('sandbox_auto', '1');
    const end = await browser.follow(atIdp.href);
    status = end.response.status;
    body = end.body;
  }
  const host = new URL(rig.api.url).host;
  const controlPlaneCookies = [...browser.cookies.keys()].filter((k) => k.startsWith(`${host} `)).map((k) => k.split(' ')[1]!);
  return { ok: /id="test-succeeded"/.test(body), status, body, matchedUser: /id="matched-user">([^<]+)</.exec(body)?.[1] ?? null, controlPlaneCookies, browser };
}

/** Passes the test sign-ins readiness asks for (USER, and AGENT when the account has one). */
export async function passTests(rig: Rig, account: Account): Promise<void> {
  for (const audience of ['USER', 'AGENT'] as const) {
    const hint = account.hints[audience];
    if (!hint) continue;
    const run = await runTest(rig, account.connectionId, audience, hint);
    expect(run.ok, `test sign-in ${audience} as ${hint}: ${run.status} ${run.body.slice(0, 400)}`).toBe(true);
  }
}

export type Report = NonNullable<Awaited<ReturnType<typeof readiness>>>;
export type FindingOut = Report['findings'][number];

export async function readiness(rig: Rig, tenantId: string, token?: string) {
  return (await rig.api.ok(op.SsoReadiness, { tenantId }, token)).ssoReadiness;
}

export const codes = (report: { findings: { code: string }[] } | null | undefined) => (report?.findings ?? []).map((f) => f.code).sort();

export async function enable(rig: Rig, tenantId: string, dryRun = false, token?: string) {
  return (await rig.api.ok(EnableSsoFull, { input: { tenantId, dryRun } }, token)).enableSso;
}

export async function ssoEnabled(rig: Rig, tenantId: string): Promise<boolean> {
  const node = (await rig.api.ok(TenantSso, { id: tenantId })).node;
  if (!node || !('ssoEnabled' in node)) throw new Error(`tenant ${tenantId} not readable`);
  return node.ssoEnabled;
}

/** Every code the suites saw arise, with its entry checked: the last test asserts all of them were. */
export const seen = new Set<FindingCode>();

/**
 * The finding `code` stands in `report` once per `connection`/subject, with the catalogue's
 * severity, the message and fix filled in, the fix target, and the affected objects.
 */
export function expectFinding(
  report: Report | null | undefined,
  code: FindingCode,
  expected: { message?: string | RegExp; fixTarget?: string | RegExp; fix?: string | RegExp; type: 'Tenant' | 'IdpConnection' | 'User'; count: number; firstIds?: string[] },
): FindingOut {
  expect(report, 'the report is readable').toBeTruthy();
  const matches = report!.findings.filter((f) => f.code === code);
  expect(matches.map((f) => f.code), `${code} in ${JSON.stringify(codes(report))}`).toEqual([code]);
  const f = matches[0]!;
  const entry = READINESS_FINDINGS[code];
  expect(f.severity).toBe(entry.severity);
  const check = (actual: string, want: string | RegExp | undefined) => {
    if (want === undefined) return;
    if (typeof want === 'string') expect(actual).toBe(want);
    else expect(actual).toMatch(want);
  };
  check(f.message, expected.message);
  check(f.fix, expected.fix ?? (entry.fix.includes('{') ? undefined : entry.fix));
  check(f.fixTarget, expected.fixTarget ?? (entry.fixTarget.includes('{') ? undefined : entry.fixTarget));
  expect(f.message).not.toMatch(/\{\w+\}/);
  expect(f.fix).not.toMatch(/\{\w+\}/);
  expect(f.affected.type).toBe(expected.type);
  expect(f.affected.count).toBe(expected.count);
  if (expected.firstIds) expect(f.affected.firstIds).toEqual(expected.firstIds);
  // Global IDs of the right type, always.
  for (const id of f.affected.firstIds) expect(Buffer.from(id, 'base64').toString('utf8')).toMatch(new RegExp(`^${expected.type}:`));
  expect(report!.blockerCount).toBe(report!.findings.filter((x) => x.severity === 'BLOCKER').length);
  seen.add(code);
  return f;
}

/** A BLOCKER refuses enableSso: enabled false, the report, NOT_READY — and the tenant stays off (read back). */
export async function expectRefused(rig: Rig, tenantId: string, code: FindingCode) {
  const before = await rig.api.db.auditEvent.count({ where: { action: 'tenant.enableSso' } });
  const result = await enable(rig, tenantId);
  expect(result.enabled).toBe(false);
  expect(result.report?.ready).toBe(false);
  expect(result.report?.findings.map((f) => f.code)).toContain(code);
  expect(result.userErrors).toHaveLength(1);
  expect(result.userErrors[0]).toMatchObject({ code: 'NOT_READY', field: ['input', 'tenantId'] });
  expect(result.userErrors[0]!.message).toContain(code);
  expect(await ssoEnabled(rig, tenantId)).toBe(false);
  expect(await rig.api.db.auditEvent.count({ where: { action: 'tenant.enableSso' } })).toBe(before);
  return result;
}

/** A WARNING alone does not stop enableSso: it succeeds, is audited, and the report still carries the warning. */
export async function expectEnabledDespite(rig: Rig, tenantId: string, code: FindingCode) {
  const result = await enable(rig, tenantId);
  expect(result.userErrors).toEqual([]);
  expect(result.enabled).toBe(true);
  expect(result.report?.ready).toBe(true);
  expect(result.report?.findings.find((f) => f.code === code)?.severity).toBe('WARNING');
  expect(await ssoEnabled(rig, tenantId)).toBe(true);
  const audit = await rig.api.db.auditEvent.findFirstOrThrow({ where: { action: 'tenant.enableSso', targetId: localOf(tenantId) }, orderBy: { id: 'desc' } });
  expect(JSON.parse(audit.after!).warnings).toContain(code);
  return result;
}

