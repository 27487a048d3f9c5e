// R20 / R21 end to end: a new account goes from nothing to SSO on through the API only
// (the switch refusing while blockers stand), then every user and agent signs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Browser, authorizeAt, deliver, sandboxAdmin, signIn, startRig, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';

const SF_ORG = '00D000000000001AAA';

describe('enabling SSO safely (R20, R21)', () => {
  let rig: Rig;
  let tenantId: string;
  let connectionId: string;

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig.close());

  const readiness = async () => (await rig.api.ok(op.SsoReadiness, { tenantId })).ssoReadiness!;
  const codes = async () => (await readiness()).findings.map((f) => `${f.severity}:${f.code}`);

  /** Follows a testIdpConnection link through the sandbox as `person`. */
  async function testSignIn(audience: 'USER' | 'AGENT', person: string) {
    const { testUrl, userErrors } = (await rig.api.ok(op.TestIdpConnection, { input: { connectionId, audience } })).testIdpConnection;
    expect(userErrors).toEqual([]);
    const browser = new Browser(rig);
    const start = await browser.request(testUrl!);
    const outcome = await deliver(browser, await authorizeAt(new URL(start.headers.get('location')!), person));
    return { outcome, browser };
  }

  it('R16 R18 R20 refuses to switch SSO on while the set-up is incomplete, saying what is missing', async () => {
    tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: 'NewCo', displayName: 'NewCo' } })).createTenant.tenant!.id;
    const refused = (await rig.api.ok(op.EnableSso, { input: { tenantId } })).enableSso;
    expect(refused.enabled).toBe(false);
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_READY', field: ['input', 'tenantId'] });
    expect(refused.report!.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['SSO_NOT_ENTITLED', 'NO_CONNECTION']));
    expect((await rig.api.db.tenant.findUniqueOrThrow({ where: { accountKey: 'newco' } })).ssoEnabled).toBe(false);

    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } });
    const created = await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'Salesforce', provider: 'SALESFORCE', protocol: 'OIDC' } });
    connectionId = created.createIdpConnection.connection!.id;
    expect(await codes()).toEqual(expect.arrayContaining(['BLOCKER:CONNECTION_INCOMPLETE', 'BLOCKER:SALESFORCE_ORG_NOT_SET', 'BLOCKER:NO_TEST_SIGN_IN', 'BLOCKER:NO_BREAK_GLASS']));

    await sandboxAdmin(rig, 'POST', '/admin/clients', { org: `salesforce/${SF_ORG}`, clientId: 'newco', clientSecret: 'newco-secret', redirectUris: [`${rig.api.url}/sso/oidc/callback`], name: 'Platform (NewCo)' });
    await rig.api.ok(op.UpdateConnection, { input: { id: connectionId, salesforceOrgId: SF_ORG, oidc: { issuer: `${rig.sandbox.url}/salesforce/${SF_ORG}`, clientId: 'newco', clientSecret: 'newco-secret' } } });
    await rig.api.ok(op.ImportUsers, {
      input: {
        tenantId,
        users: [
          { username: 'admin', email: 'admin@acme.example', isAdmin: true, passwordSignInAllowed: false },
          { username: 'sally', email: 'sally@acme.example', passwordSignInAllowed: false },
          { username: 'amy', email: 'amy@acme.example', kind: 'AGENT', passwordSignInAllowed: false },
          { username: 'pat', email: 'shared@acme.example', passwordSignInAllowed: false },
          { username: 'sam', email: 'shared@acme.example', passwordSignInAllowed: false },
          { username: 'nomail', passwordSignInAllowed: false },
        ],
      },
    });
    const now = await readiness();
    const byCode = Object.fromEntries(now.findings.map((f) => [f.code, f]));
    expect(byCode.CONNECTION_INCOMPLETE).toBeUndefined();
    expect(byCode.USERS_UNMATCHABLE).toMatchObject({ severity: 'WARNING', affected: { type: 'User', count: 1 } });
    expect(byCode.DUPLICATE_IDENTIFIERS).toMatchObject({ severity: 'WARNING', affected: { count: 2 } });
    const untested = now.findings.filter((f) => f.code === 'NO_TEST_SIGN_IN').map((f) => f.message);
    expect(untested).toEqual([expect.stringMatching(/for users since/), expect.stringMatching(/for agents since/)]); // the account has agents
    expect(now.ready).toBe(false);
  });

  it('R20 the dry run lists who SSO would lock out and changes nothing', async () => {
    const auditBefore = await rig.api.db.auditEvent.count();
    const dry = (await rig.api.ok(op.EnableSso, { input: { tenantId, dryRun: true } })).enableSso;
    expect(dry.enabled).toBe(false);
    expect(dry.userErrors).toEqual([]);
    expect(dry.lockedOut!.count).toBe(3); // no email, and the two sharing one
    const ids = await rig.api.db.user.findMany({ where: { username: { in: ['nomail', 'pat', 'sam'] } }, orderBy: { id: 'asc' } });
    expect(dry.lockedOut!.sampleUserIds).toEqual(ids.map((u) => encodeGlobalID('User', u.id)));
    expect(await rig.api.db.auditEvent.count()).toBe(auditBefore);
    expect((await rig.api.db.tenant.findUniqueOrThrow({ where: { accountKey: 'newco' } })).ssoEnabled).toBe(false);
  });

  it('R20 test sign-ins through the user and agent URLs clear the last blockers; no session is opened', async () => {
    const user = await testSignIn('USER', 'admin@acme.example');
    expect(user.outcome.body).toContain('Test sign-in succeeded');
    expect([...user.browser.cookies.keys()].some((k) => k.endsWith('sso_session'))).toBe(false);
    expect(await codes()).not.toContain('BLOCKER:NO_BREAK_GLASS'); // the admin passed a test
    expect((await codes()).filter((c) => c === 'BLOCKER:NO_TEST_SIGN_IN')).toHaveLength(1);
    // Through the user URL an agent is refused: that test fails and does not count.
    const wrong = await testSignIn('USER', 'amy@acme.example');
    expect(wrong.outcome.code).toBe('WRONG_SIGN_IN_URL');
    const agent = await testSignIn('AGENT', 'amy@acme.example');
    expect(agent.outcome.body).toContain('Test sign-in succeeded');
    expect((await readiness()).ready).toBe(true);
  });

  it('R20 a change to the connection invalidates its tests', async () => {
    await rig.api.ok(op.UpdateConnection, { input: { id: connectionId, oidc: { scopes: 'openid email profile' } } });
    expect(await codes()).toEqual(expect.arrayContaining(['BLOCKER:NO_TEST_SIGN_IN']));
    await testSignIn('USER', 'admin@acme.example');
    await testSignIn('AGENT', 'amy@acme.example');
    expect((await readiness()).ready).toBe(true);
  });

  it('R20 R22 switches SSO on once ready (audited); then every user and agent signs in', async () => {
    const on = (await rig.api.ok(op.EnableSso, { input: { tenantId } })).enableSso;
    expect(on).toMatchObject({ enabled: true, userErrors: [], tenant: { ssoEnabled: true } });
    expect((await rig.api.ok(op.AuditEvents, { first: 1 })).auditEvents.edges[0]!.node.action).toBe('tenant.enableSso');
    // The warnings stood, so fix them first: unique emails and an email for everyone.
    await rig.api.db.user.updateMany({ where: { username: 'sam' }, data: { email: 'sam@acme.example' } });
    for (const [hint, audience] of [['admin@acme.example', 'user'], ['sally@acme.example', 'user'], ['amy@acme.example', 'agent'], ['shared@acme.example', 'user']] as const) {
      expect((await signIn(rig, { account: 'NewCo', loginHint: hint, audience })).ok, hint).toBe(true);
    }
  });

  it('R21 disableSso always works, is audited, and the login page shows no buttons again', async () => {
    const off = (await rig.api.ok(op.DisableSso, { input: { tenantId } })).disableSso;
    expect(off).toMatchObject({ tenant: { ssoEnabled: false }, userErrors: [] });
    expect((await rig.api.ok(op.AuditEvents, { first: 1 })).auditEvents.edges[0]!.node.action).toBe('tenant.disableSso');
    expect((await rig.api.ok(op.LoginOptions, { accountName: 'NewCo' }, null)).loginOptions.reason?.code).toBe('SSO_NOT_CONFIGURED');
  });
});
