// The Single Sign On switch (R20, R21): enableSso's dry run (the report and who would be
// locked out; nothing changes, nothing audited), the refusal, disableSso that always works,
// the audit of both, tenant isolation, and concurrent user edits racing enableSso — the
// final state is never "SSO on" with a blocker committed before the switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';
import { tableCounts } from '../support/fixtures.ts';
import { codes, createAccountOff, enable, gid, localOf, passTests, readiness, runTest, ssoEnabled, type Account, type Spec } from './readiness-support.ts';

describe('enableSso / disableSso (R20, R21)', () => {
  let rig: Rig;
  let n = 0;
  const name = (base: string) => `${base}${++n}`;

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  const spec = (accountName: string, extra: Spec['users'] = []): Spec => ({
    accountName, provider: 'OKTA', protocol: 'OIDC', org: 'globex',
    users: [{ username: 'globex-admin', email: 'admin@globex.example', isAdmin: true }, { username: 'hank', email: 'hank@globex.example' }, ...extra],
    hints: { USER: 'hank@globex.example' },
  });
  const auditOf = (a: Account, action: string) => rig.api.db.auditEvent.findMany({ where: { tenantId: a.tenantLocal, action }, orderBy: { id: 'asc' } });
  const disable = async (tenantId: string, token?: string) => (await rig.api.ok(op.DisableSso, { input: { tenantId } }, token)).disableSso;

  it('R20 dry run: the report and who would be locked out (count and sample ids); nothing changes and nothing is audited', async () => {
    const account = await createAccountOff(rig, spec(name('DryRun'), [
      { username: 'lock1', passwordSignInAllowed: false },
      { username: 'lock2', passwordSignInAllowed: false },
      { username: 'dup1', email: 'dup@globex.example', passwordSignInAllowed: false },
      { username: 'dup2', email: 'dup@globex.example', passwordSignInAllowed: false },
      { username: 'keeps-password' }, // no email, but password sign-in: not locked out
      { username: 'dup3', email: 'other@globex.example', passwordSignInAllowed: false }, // unique: fine
    ]));
    const users = await rig.api.db.user.findMany({ where: { tenantId: account.tenantLocal }, orderBy: { id: 'asc' } });
    const lockedOut = users.filter((u) => ['lock1', 'lock2', 'dup1', 'dup2'].includes(u.username)).map((u) => gid('User', u.id));
    const before = await tableCounts(rig.api);
    const tenantBefore = await rig.api.db.tenant.findUniqueOrThrow({ where: { id: account.tenantLocal } });

    const dry = await enable(rig, account.tenantId, true);
    expect(dry.userErrors).toEqual([]);
    expect(dry.enabled).toBe(false);
    expect(dry.tenant).toMatchObject({ id: account.tenantId, ssoEnabled: false });
    expect(dry.report!.ready).toBe(false);
    expect(codes(dry.report)).toEqual(['DUPLICATE_IDENTIFIERS', 'NO_TEST_SIGN_IN', 'USERS_UNMATCHABLE']);
    expect(dry.report!.findings.map((f) => f.severity)).toEqual(['BLOCKER', 'WARNING', 'WARNING']); // blockers first
    expect(dry.lockedOut).toEqual({ count: 4, sampleUserIds: lockedOut });
    // The warning and the list agree: the two without an email and without password sign-in
    // are in both; the list adds the two whose email is shared (DUPLICATE_IDENTIFIERS).
    expect(dry.report!.findings.find((f) => f.code === 'USERS_UNMATCHABLE')!.message).toBe(
      '3 users and agents have no email, which "OKTA" (OKTA OIDC) matches on: they cannot sign in with it; 2 of them have no password sign-in and no other connection that matches them, and would be locked out.',
    );
    const noEmail = users.filter((u) => !u.email && !u.passwordSignInAllowed).map((u) => gid('User', u.id));
    expect(dry.lockedOut!.sampleUserIds.filter((id) => noEmail.includes(id))).toEqual(noEmail);
    // The same report as the query.
    expect(codes(await readiness(rig, account.tenantId))).toEqual(codes(dry.report));

    expect(await tableCounts(rig.api)).toEqual(before);
    expect(await rig.api.db.tenant.findUniqueOrThrow({ where: { id: account.tenantLocal } })).toEqual(tenantBefore);
    expect(await ssoEnabled(rig, account.tenantId)).toBe(false);

    // Ready now: the dry run still switches nothing on, and audits nothing.
    await passTests(rig, account);
    const ready = await enable(rig, account.tenantId, true);
    expect(ready).toMatchObject({ enabled: false, userErrors: [], report: { ready: true }, lockedOut: { count: 4 } });
    expect(await ssoEnabled(rig, account.tenantId)).toBe(false);
    expect(await auditOf(account, 'tenant.enableSso')).toEqual([]);
  });

  it('R20 the refusal returns the report and NOT_READY naming every blocker; the tenant stays off', async () => {
    const account = await createAccountOff(rig, spec(name('Refused')));
    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId: account.tenantId, entitled: false } });
    const result = await enable(rig, account.tenantId);
    expect(result.enabled).toBe(false);
    expect(result.tenant).toMatchObject({ ssoEnabled: false });
    expect(codes(result.report)).toEqual(['NO_TEST_SIGN_IN', 'SSO_NOT_ENTITLED']);
    expect(result.userErrors).toEqual([{ code: 'NOT_READY', field: ['input', 'tenantId'], message: expect.stringMatching(/^SSO stays off: 2 blockers \((SSO_NOT_ENTITLED, NO_TEST_SIGN_IN|NO_TEST_SIGN_IN, SSO_NOT_ENTITLED)\)\.$/) }]);
    expect(await ssoEnabled(rig, account.tenantId)).toBe(false);
    expect(await auditOf(account, 'tenant.enableSso')).toEqual([]);
  });

  it('R20/R21 enableSso and disableSso are audited; disableSso always works, even with blockers standing or SSO already off', async () => {
    const account = await createAccountOff(rig, spec(name('Audited')));
    await passTests(rig, account);
    const on = await enable(rig, account.tenantId);
    expect(on.enabled).toBe(true);
    const [enabled] = await auditOf(account, 'tenant.enableSso');
    expect(enabled).toMatchObject({ targetType: 'Tenant', targetId: account.tenantLocal, actor: expect.any(String) });
    expect(JSON.parse(enabled!.before!)).toMatchObject({ ssoEnabled: false });
    expect(JSON.parse(enabled!.after!)).toMatchObject({ ssoEnabled: true, warnings: [] });
    // Readable through the API too.
    const audit = (await rig.api.ok(op.AuditEvents, { first: 500 })).auditEvents.edges.map((e) => e.node);
    expect(audit.some((e) => e.action === 'tenant.enableSso' && e.targetId === account.tenantId)).toBe(true);

    // A blocker arises after the switch (entitlement withdrawn): disableSso still works.
    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId: account.tenantId, entitled: false } });
    expect(codes(await readiness(rig, account.tenantId))).toContain('SSO_NOT_ENTITLED');
    const off = await disable(account.tenantId);
    expect(off).toMatchObject({ userErrors: [], tenant: { id: account.tenantId, ssoEnabled: false } });
    expect(await ssoEnabled(rig, account.tenantId)).toBe(false);
    const [disabled] = await auditOf(account, 'tenant.disableSso');
    expect(JSON.parse(disabled!.after!)).toMatchObject({ ssoEnabled: false });
    // Off already: still fine, still audited.
    expect((await disable(account.tenantId)).userErrors).toEqual([]);
    expect(await auditOf(account, 'tenant.disableSso')).toHaveLength(2);
  });

  it('R20/R21 tenant isolation: another account’s admin token sees no report and cannot switch, test or disable', async () => {
    const mine = await createAccountOff(rig, spec(name('Mine')));
    const theirs = await createAccountOff(rig, spec(name('Theirs')));
    await passTests(rig, theirs);
    const token = (await rig.api.ok(op.CreateApiToken, { input: { name: 'mine admin', role: 'TENANT_ADMIN', tenantId: mine.tenantId } })).createApiToken.token!;

    expect(await readiness(rig, mine.tenantId, token)).not.toBeNull();
    expect(await readiness(rig, theirs.tenantId, token)).toBeNull();
    const enableTheirs = (await rig.api.ok(op.EnableSso, { input: { tenantId: theirs.tenantId } }, token)).enableSso;
    expect(enableTheirs).toMatchObject({ enabled: false, tenant: null, report: null, lockedOut: null });
    expect(enableTheirs.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const dryTheirs = (await rig.api.ok(op.EnableSso, { input: { tenantId: theirs.tenantId, dryRun: true } }, token)).enableSso;
    expect(dryTheirs.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(dryTheirs.report).toBeNull();
    expect(await ssoEnabled(rig, theirs.tenantId)).toBe(false);

    const tested = (await rig.api.ok(op.TestIdpConnection, { input: { connectionId: theirs.connectionId, audience: 'USER' } }, token)).testIdpConnection;
    expect(tested.testUrl).toBeNull();
    expect(tested.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await rig.api.ok(op.PreviewUserMatching, { connectionId: theirs.connectionId, identifierField: 'USERNAME' }, token)).toEqual({ previewUserMatching: null });

    expect((await enable(rig, theirs.tenantId)).enabled).toBe(true); // the operator may
    const disableTheirs = await disable(theirs.tenantId, token);
    expect(disableTheirs.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await ssoEnabled(rig, theirs.tenantId)).toBe(true);
  });

  /**
   * Many rounds of enableSso racing a user edit that creates a blocker. Audit event ids are
   * UUIDv7 (time-ordered): when the edit's event precedes the switch's, the edit committed
   * first and enableSso must have seen it — so SSO on with that blocker is a failure. The
   * switch first (then the edit) is legal; so is CONFLICT. Same-millisecond ids are not
   * ordered and are counted apart.
   */
  async function race(a: Account, rounds: number, prepare: (round: number) => Promise<{ edit: () => Promise<unknown>; action: string; blockerStands: () => Promise<boolean> }>) {
    const outcomes: Record<string, number> = {};
    const violations: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const off = await disable(a.tenantId);
      expect(off.userErrors).toEqual([]);
      const { edit, action, blockerStands } = await prepare(round);
      expect((await readiness(rig, a.tenantId))!.ready, `round ${round}: ready before the race`).toBe(true);
      const since = (await rig.api.db.auditEvent.findFirstOrThrow({ where: { tenantId: a.tenantLocal }, orderBy: { id: 'desc' } })).id;
      const delay = round % 4 === 0 ? 0 : Math.floor(Math.random() * 12);
      const [switched] = await Promise.all([
        rig.api.gql(op.EnableSso, { input: { tenantId: a.tenantId } }),
        new Promise((r) => setTimeout(r, delay)).then(edit),
      ]);
      const result = switched.data?.enableSso;
      const outcome = switched.errors?.length ? `error:${switched.errors[0]!.message.slice(0, 60)}` : result!.enabled ? 'enabled' : result!.userErrors.map((e) => e.code).join(',');
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      expect(['enabled', 'NOT_READY', 'CONFLICT'], `round ${round}: ${outcome}`).toContain(outcome);

      const on = await ssoEnabled(rig, a.tenantId);
      expect(on).toBe(outcome === 'enabled');
      const events = await rig.api.db.auditEvent.findMany({ where: { tenantId: a.tenantLocal, id: { gt: since }, action: { in: [action, 'tenant.enableSso'] } }, orderBy: { id: 'asc' } });
      const editEvent = events.find((e) => e.action === action);
      const switchEvent = events.find((e) => e.action === 'tenant.enableSso');
      if (outcome === 'NOT_READY') expect(codes(result!.report)).toContain('NO_BREAK_GLASS');
      if (on && editEvent && (await blockerStands())) {
        const ms = (id: string) => id.replace(/-/g, '').slice(0, 12);
        if (ms(editEvent.id) === ms(switchEvent!.id)) outcomes['same-ms (unordered)'] = (outcomes['same-ms (unordered)'] ?? 0) + 1;
        else if (editEvent.id < switchEvent!.id) violations.push(`round ${round}: ${action} ${editEvent.id} committed before tenant.enableSso ${switchEvent!.id}, yet SSO is on with NO_BREAK_GLASS`);
        else outcomes['switch first, then edit'] = (outcomes['switch first, then edit'] ?? 0) + 1;
      }
    }
    console.log(`race outcomes (${process.env.TEST_DATABASE}): ${JSON.stringify(outcomes)}`);
    return violations;
  }

  it('R20 a concurrent edit removing the only admin’s password sign-in never leaves SSO on with a blocker committed before the switch', async () => {
    const account = await createAccountOff(rig, spec(name('RacePwd')));
    await passTests(rig, account); // hank (no admin) passed the test: the admin's password is the only break-glass
    const admin = await rig.api.db.user.findFirstOrThrow({ where: { tenantId: account.tenantLocal, isAdmin: true } });
    const violations = await race(account, 40, async () => {
      expect((await rig.api.ok(op.UpdateUser, { input: { id: gid('User', admin.id), passwordSignInAllowed: true } as never })).updateUser.userErrors).toEqual([]);
      return {
        action: 'user.update',
        edit: () => rig.api.gql(op.UpdateUser, { input: { id: gid('User', admin.id), passwordSignInAllowed: false } as never }),
        blockerStands: async () => !(await rig.api.db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordSignInAllowed,
      };
    });
    expect(violations).toEqual([]);
  }, 120_000);

  it('R20 a concurrent delete of the admin who passed the test never leaves SSO on with a blocker committed before the switch', async () => {
    const account = await createAccountOff(rig, { ...spec(name('RaceDel')), users: [{ username: 'hank', email: 'hank@globex.example' }], hints: { USER: 'admin@globex.example' } });
    const violations = await race(account, 20, async (round) => {
      // Break-glass only through a test sign-in: an admin without password who passes one.
      const created = (await rig.api.ok(op.CreateUser, { input: { tenantId: account.tenantId, username: `admin${round}`, email: 'admin@globex.example', isAdmin: true, passwordSignInAllowed: false } })).createUser.user!;
      expect((await runTest(rig, account.connectionId, 'USER', 'admin@globex.example')).ok).toBe(true);
      return {
        action: 'user.delete',
        edit: () => rig.api.gql(op.DeleteUser, { input: { id: created.id } }),
        blockerStands: async () => (await rig.api.db.user.count({ where: { id: localOf(created.id) } })) === 0,
      };
    });
    expect(violations).toEqual([]);
  }, 120_000);
});
