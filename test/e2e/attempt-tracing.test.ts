// Issue "operable in production": every attempt is traced from its first request. Each
// failure that happens before the account is known (forged or expired state, malformed,
// replayed or unsolicited SAML, a response for an unknown account) is in loginAttempt(traceId:)
// for the right audience with its code, and in the log under the same trace id; a foreign
// tenant's admin gets nothing. Everything over real HTTP against the sandbox IdP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as op from '../graphql/operations.ts';
import * as sop from '../graphql/support-operations.ts';
import { autoPostForm } from '../support/saml-form.ts';
import { Browser, authorizeAt, deliver, parseOutcome, sandboxAdmin, setUpAccount, signIn, startAt, startRig, type Rig } from './support.ts';
import { abandonStale, trimHistory } from '../../src/signin/housekeeping.ts';

const SF_ORG = '00D000000000001AAA';
const TRACE = /^[0-9a-f-]{36}$/;

describe('sign-in attempts traced from the first request (R13)', () => {
  let rig: Rig;
  let acme: { tenantId: string; connectionId: string };
  let globex: { tenantId: string; connectionId: string };
  let acmeAdmin: string;
  let globexAdmin: string;

  beforeAll(async () => {
    rig = await startRig();
    acme = await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    globex = await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
    const token = async (tenantId: string) => (await rig.api.ok(op.CreateApiToken, { input: { name: 'admin', role: 'TENANT_ADMIN', tenantId } })).createApiToken.token!;
    acmeAdmin = await token(acme.tenantId);
    globexAdmin = await token(globex.tenantId);
  });
  afterAll(() => rig.close());

  const attempt = async (traceId: string, token: string | null = rig.api.operatorToken) => (await rig.api.ok(sop.AttemptByTrace, { traceId }, token)).loginAttempt;
  const logLinesOf = (traceId: string) => rig.api.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.traceId === traceId);
  const postAcs = (browser: Browser, form: Record<string, string>, audience = 'user') =>
    browser.request(`${rig.api.url}/sso/saml/acs/${audience}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });

  /** The attempt is the operator's and `owner`'s to see (null: nobody's but the operator's), never the other admin's. */
  async function expectVisibility(traceId: string, owner: string | null, other: string) {
    expect(await attempt(traceId)).not.toBeNull();
    if (owner) expect((await attempt(traceId, owner))?.traceId).toBe(traceId);
    expect(await attempt(traceId, other)).toBeNull();
  }

  it('R13 a successful sign-in is one attempt whose timeline passes every stage, with one outcome log line', async () => {
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    expect(result.ok).toBe(true);
    const row = await rig.api.db.loginAttempt.findFirstOrThrow({ where: { tenantId: acme.connectionId ? undefined : undefined, accountName: 'AcmeSupport', outcome: 'SUCCESS' }, orderBy: { id: 'desc' } });
    const seen = await attempt(row.traceId, acmeAdmin);
    expect(seen).toMatchObject({ kind: 'SIGN_IN', outcome: 'SUCCESS', stage: 'session_created', code: null });
    expect(seen!.timeline.map((s) => [s.stage, s.ok])).toEqual([
      ['started', true], ['sent_to_idp', true], ['returned', true], ['validated', true], ['matched', true], ['session_created', true],
    ]);
    expect(seen!.evidence).toMatchObject({ protocol: 'OIDC', idToken: { verified: true, claims: { email: 'sally@acme.example' } } });
    const outcomes = logLinesOf(row.traceId).filter((l) => l.msg === 'signin.outcome');
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'SUCCESS', code: null, tenantId: row.tenantId, connectionId: acme.connectionId })]);
  });

  it('R10 a failure names the stage and the step that decided it, and its diagnosis is filled in', async () => {
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    expect(result.traceId).toMatch(TRACE);
    const seen = (await attempt(result.traceId!, acmeAdmin))!;
    expect(seen).toMatchObject({ outcome: 'FAILURE', code: 'USER_NOT_FOUND', stage: 'matched' });
    expect(seen.timeline.at(-1)).toMatchObject({ stage: 'matched', ok: false, code: 'USER_NOT_FOUND', step: 'match-identity' });
    expect(seen.diagnosis!.cause).toContain('whose email address matches');
    for (const text of [seen.diagnosis!.message, seen.diagnosis!.cause, seen.diagnosis!.fix]) {
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toMatch(/\b(EMAIL|USERNAME|EXTERNAL_ID|SALESFORCE|MICROSOFT)\b/);
    }
  });

  it('R13 a callback with a state we never issued is unattributed: the operator sees it, no tenant admin does, the log has it', async () => {
    const browser = new Browser(rig);
    await startAt(rig, browser, 'AcmeSupport'); // the browser holds a sign-in cookie
    const response = await browser.request(`${rig.api.url}/sso/oidc/callback?code=x&state=forged-state`);
    const outcome = parseOutcome(response.status, await response.text());
    expect(response.headers.get('x-trace-id')).toBe(outcome.traceId);
    expect((await attempt(outcome.traceId!))).toMatchObject({ code: 'OIDC_STATE_MISMATCH', outcome: 'FAILURE', accountName: null, stage: 'returned' });
    await expectVisibility(outcome.traceId!, null, acmeAdmin);
    expect(logLinesOf(outcome.traceId!).some((l) => l.msg === 'signin.outcome' && l.code === 'OIDC_STATE_MISMATCH')).toBe(true);
    const unattributed = await rig.api.ok(sop.UnattributedAttempts, { code: 'OIDC_STATE_MISMATCH', first: 50 });
    expect(unattributed.unattributedLoginAttempts.edges.map((e) => e.node.traceId)).toContain(outcome.traceId);
    expect((await rig.api.gql(sop.UnattributedAttempts, { first: 1 }, acmeAdmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R13 an expired state is attributed to the account that started it', async () => {
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'AcmeSupport');
    const callback = await authorizeAt(idp, 'sally@acme.example');
    await rig.api.db.signInRequest.update({ where: { id: idp.searchParams.get('state')! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await deliver(browser, callback);
    expect(await attempt(result.traceId!, acmeAdmin)).toMatchObject({ code: 'OIDC_STATE_MISMATCH', accountName: 'AcmeSupport', detail: expect.stringContaining('expired') });
    await expectVisibility(result.traceId!, acmeAdmin, globexAdmin);
    expect(logLinesOf(result.traceId!).some((l) => l.msg === 'signin.outcome')).toBe(true);
  });

  it('R13 a malformed SAML response is recorded as such, unattributed, with what arrived', async () => {
    const response = await postAcs(new Browser(rig), { SAMLResponse: 'bm90IHhtbA==', RelayState: 'x' });
    const outcome = parseOutcome(response.status, await response.text());
    expect(await attempt(outcome.traceId!)).toMatchObject({ code: 'SAML_RESPONSE_MALFORMED', accountName: null, evidence: { protocol: 'SAML', verified: false } });
    await expectVisibility(outcome.traceId!, null, globexAdmin);
    expect(logLinesOf(outcome.traceId!).some((l) => l.code === 'SAML_RESPONSE_MALFORMED')).toBe(true);
  });

  it('R13 a replayed SAML response is refused and goes to the account whose sign-in it was', async () => {
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'GlobexDesk');
    idp.searchParams.set('login_hint', 'hank@globex.example');
    idp.searchParams.set('sandbox_auto', '1');
    const form = autoPostForm(await (await fetch(idp)).text());
    const fields = { SAMLResponse: form.SAMLResponse!, RelayState: form.RelayState! };
    expect((await browser.follow(`${rig.api.url}/sso/saml/acs/user`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) })).body).toContain('id="signed-in"');
    const replay = await postAcs(browser, fields);
    const outcome = parseOutcome(replay.status, await replay.text());
    expect(await attempt(outcome.traceId!, globexAdmin)).toMatchObject({ code: 'SAML_ASSERTION_REPLAYED', accountName: 'GlobexDesk', protocol: 'SAML' });
    await expectVisibility(outcome.traceId!, globexAdmin, acmeAdmin);
    expect(logLinesOf(outcome.traceId!).some((l) => l.code === 'SAML_ASSERTION_REPLAYED')).toBe(true);
  });

  it('R13 an unsolicited SAML response goes to the account it is addressed to, marked as unverified', async () => {
    const entityId = `${rig.api.url}/sso/saml/metadata/GlobexDesk`;
    const page = await (await fetch(`${rig.sandbox.url}/okta/globex/saml/idp-initiated?sp=${encodeURIComponent(entityId)}&acs=user&login_hint=hank@globex.example`)).text();
    const response = await postAcs(new Browser(rig), { SAMLResponse: autoPostForm(page).SAMLResponse! });
    const outcome = parseOutcome(response.status, await response.text());
    const seen = await attempt(outcome.traceId!, globexAdmin);
    expect(seen).toMatchObject({ code: 'SAML_IDP_INITIATED_DISABLED', accountName: 'GlobexDesk', detail: expect.stringContaining('not verified') });
    expect(seen!.evidence).toMatchObject({ protocol: 'SAML', verified: false, assertions: [{ conditions: { audiences: [entityId] } }] });
    await expectVisibility(outcome.traceId!, globexAdmin, acmeAdmin);
  });

  it('R13 a SAML response for an account that does not exist stays unattributed and says so', async () => {
    const entityId = `${rig.api.url}/sso/saml/metadata/NoSuchAccount`;
    await sandboxAdmin(rig, 'POST', '/admin/sps', { org: 'okta/globex', entityId, acsUrls: [`${rig.api.url}/sso/saml/acs/user`] });
    const page = await (await fetch(`${rig.sandbox.url}/okta/globex/saml/idp-initiated?sp=${encodeURIComponent(entityId)}&acs=user&login_hint=hank@globex.example`)).text();
    const response = await postAcs(new Browser(rig), { SAMLResponse: autoPostForm(page).SAMLResponse! });
    const outcome = parseOutcome(response.status, await response.text());
    expect(await attempt(outcome.traceId!)).toMatchObject({ code: 'SAML_IN_RESPONSE_TO_MISMATCH', accountName: 'NoSuchAccount', detail: expect.stringContaining('unknown account NoSuchAccount') });
    await expectVisibility(outcome.traceId!, null, globexAdmin);
  });

  it('R13 an attempt that never comes back from the IdP becomes ABANDONED', async () => {
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'AcmeSupport');
    const row = await rig.api.db.signInRequest.findUniqueOrThrow({ where: { id: idp.searchParams.get('state')! } });
    expect(await attempt(row.traceId, acmeAdmin)).toMatchObject({ outcome: 'PENDING', stage: 'sent_to_idp' });
    expect(await abandonStale(rig.api.db, 60_000)).toBe(0);
    await rig.api.db.loginAttempt.update({ where: { traceId: row.traceId }, data: { createdAt: new Date(Date.now() - 120_000) } });
    expect(await abandonStale(rig.api.db, 60_000)).toBeGreaterThanOrEqual(1);
    expect(await attempt(row.traceId, acmeAdmin)).toMatchObject({ outcome: 'ABANDONED', stage: 'sent_to_idp' });
  });

  it('R13 history keeps at most the configured rows per account, newest first', async () => {
    for (let i = 0; i < 3; i++) await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    const before = await rig.api.db.loginAttempt.count({ where: { tenantId: (await rig.api.db.tenant.findFirstOrThrow({ where: { accountKey: 'acmesupport' } })).id } });
    const newest = await rig.api.db.loginAttempt.findMany({ where: { accountName: 'AcmeSupport', tenantId: { not: null } }, orderBy: { id: 'desc' }, take: 2 });
    await trimHistory(rig.api.db, { retentionDays: 90, maxPerTenant: 2, unattributedRetentionDays: 7 });
    const after = await rig.api.db.loginAttempt.findMany({ where: { tenantId: newest[0]!.tenantId }, orderBy: { id: 'desc' } });
    expect(before).toBeGreaterThan(2);
    expect(after.map((a) => a.id)).toEqual(newest.map((a) => a.id));
  });
});
