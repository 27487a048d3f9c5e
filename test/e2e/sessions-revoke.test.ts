// Sessions and sign-out (issue 14): an admin lists a user's active sessions and revokes
// them; the next request with a revoked session is signed out on every instance (a second
// control plane on the same database stands in for another instance); revoking is audited
// and confined to the admin's account; signing out ends the session and is audited too.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevokeSessions, UserSessions } from '../graphql/session-operations.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { createAccount } from '../support/fixtures.ts';
import { Browser, setUpAccount, signIn, startRig, type Rig } from './support.ts';

const SF_ORG = '00D000000000001AAA';

describe('sign-in sessions: list, revoke, sign out (R13)', () => {
  let rig: Rig;
  let second: TestApi;
  let sallyId: string;

  const sessionCookieOf = (browser: Browser) => [...browser.cookies.entries()].find(([k]) => k.endsWith(' sso_session'))![1];

  /** Whether a session cookie (the browser's, or one kept from before) signs in at `apiUrl` (either instance). */
  async function signedInAt(from: Browser | string, apiUrl: string): Promise<boolean> {
    const cookie = typeof from === 'string' ? from : sessionCookieOf(from);
    const response = await fetch(`${apiUrl}/`, { headers: { cookie: `sso_session=${cookie}` }, redirect: 'manual' });
    return response.status === 200 && /id="signed-in"/.test(await response.text());
  }

  beforeAll(async () => {
    rig = await startRig();
    await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    sallyId = (await rig.api.db.user.findFirstOrThrow({ where: { username: 'sally' } })).id;
    second = await startTestApi({}, { databaseUrl: rig.api.config.databaseUrl });
  });
  afterAll(async () => {
    await second?.close();
    await rig?.close();
  });

  it('R13 an admin lists the user\'s active sessions, revokes them, and the next request is signed out on every instance', async () => {
    const browsers = [(await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).browser, (await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).browser];
    for (const b of browsers) {
      expect(await signedInAt(b, rig.api.url)).toBe(true);
      expect(await signedInAt(b, second.url)).toBe(true);
    }
    const listed = await rig.api.ok(UserSessions, { id: encodeGlobalID('User', sallyId) });
    const sessions = (listed.node as { activeSessions: { provider: string; connection: { name: string } | null }[] }).activeSessions;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions[0]).toMatchObject({ provider: 'SALESFORCE', connection: { name: 'SALESFORCE' } });

    const revoked = (await rig.api.ok(RevokeSessions, { input: { userId: encodeGlobalID('User', sallyId) } })).revokeSessions;
    expect(revoked).toMatchObject({ userErrors: [], user: { username: 'sally' } });
    expect(revoked.revokedCount).toBe(sessions.length);
    for (const b of browsers) {
      expect(await signedInAt(b, second.url)).toBe(false);
      expect(await signedInAt(b, rig.api.url)).toBe(false);
    }
    expect(((await rig.api.ok(UserSessions, { id: encodeGlobalID('User', sallyId) })).node as { activeSessions: unknown[] }).activeSessions).toEqual([]);
    const audit = await rig.api.db.auditEvent.findFirstOrThrow({ where: { action: 'user.revokeSessions', targetId: sallyId } });
    expect(JSON.parse(audit.after!)).toMatchObject({ username: 'sally', revokedCount: sessions.length });
    // Nothing left to revoke: a second call says so and still succeeds.
    expect((await rig.api.ok(RevokeSessions, { input: { userId: encodeGlobalID('User', sallyId) } })).revokeSessions.revokedCount).toBe(0);
  });

  it('R13 another account\'s admin cannot see or revoke them: NOT_FOUND on input.userId, nothing ended', async () => {
    const { browser } = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    const other = await createAccount(rig.api, 'Initech');
    const refused = (await rig.api.ok(RevokeSessions, { input: { userId: encodeGlobalID('User', sallyId) } }, other.adminToken)).revokeSessions;
    expect(refused).toMatchObject({ user: null, revokedCount: 0, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'userId'] }] });
    expect((await rig.api.ok(UserSessions, { id: encodeGlobalID('User', sallyId) }, other.adminToken)).node).toBeNull();
    expect(await signedInAt(browser, rig.api.url)).toBe(true);
  });

  it('R13 signing out ends the session everywhere and is audited with the person as actor', async () => {
    const { browser } = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    const kept = sessionCookieOf(browser); // as a copied cookie would be, after the browser drops it
    expect(await signedInAt(kept, second.url)).toBe(true);
    const before = await rig.api.db.auditEvent.count({ where: { action: 'session.logout', targetId: sallyId } });
    const out = await browser.request(`${rig.api.url}/logout`, { method: 'POST' });
    expect(out.status).toBe(303);
    expect(await signedInAt(kept, second.url)).toBe(false);
    expect(await signedInAt(kept, rig.api.url)).toBe(false);
    const audit = await rig.api.db.auditEvent.findMany({ where: { action: 'session.logout', targetId: sallyId } });
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)!.actor).toMatch(/^user:sally /);
  });
});
