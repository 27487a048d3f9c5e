// R20, R22 end to end: a NEW account goes from nothing to SSO enabled only through the API —
// createTenant, setSsoEntitlement, an OIDC connection and a SAML one (importSamlMetadata from
// the sandbox metadata URL), importUsers with users and agents, testIdpConnection for USER and
// AGENT through the sandbox, enableSso — and then every user and agent signs in through both.
// The IdP side (an org, its people, the OIDC client, the SAML SP) is set up with the sandbox
// admin API, from the URLs the control plane's API gives (signInUrls).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxAdmin, signIn, startRig, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';
import { ImportSamlMetadata } from '../graphql/metadata-operations.ts';
import { PROVIDER_ATTRIBUTES } from '../signin/saml-support.ts';
import { codes, enable, localOf, readiness, runTest, ssoEnabled } from './readiness-support.ts';

const ORG = 'okta/readyco';
const PEOPLE = [
  { username: 'ada@readyco.example', email: 'ada@readyco.example', kind: 'USER' as const, isAdmin: true, passwordSignInAllowed: false },
  { username: 'ben@readyco.example', email: 'ben@readyco.example', kind: 'USER' as const },
  { username: 'cy@readyco.example', email: 'cy@readyco.example', kind: 'AGENT' as const, passwordSignInAllowed: false },
  { username: 'di@readyco.example', email: 'di@readyco.example', kind: 'AGENT' as const, passwordSignInAllowed: false },
];

describe('From nothing to SSO enabled through the API only, then everyone signs in (R20, R22)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('R20/R22 a new tenant: readiness guides every step, enableSso switches on, every user and agent signs in through OIDC and SAML', async () => {
    const api = rig.api;
    // --- the IdP side, at the sandbox
    await sandboxAdmin(rig, 'POST', '/admin/orgs', { provider: 'okta', id: 'readyco', name: 'ReadyCo', domains: ['readyco.example'] });
    for (const p of PEOPLE) await sandboxAdmin(rig, 'POST', '/admin/people', { org: ORG, username: p.username, email: p.email, emailVerified: true, name: p.username.split('@')[0] });

    // --- the account
    const tenantId = (await api.ok(op.CreateTenant, { input: { accountName: 'ReadyCo', displayName: 'ReadyCo Ltd' } })).createTenant.tenant!.id;
    expect(codes(await readiness(rig, tenantId))).toEqual(['NO_BREAK_GLASS', 'NO_CONNECTION', 'SSO_NOT_ENTITLED']);
    await api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } });
    const urls = (await api.ok(op.SignInUrls, { accountName: 'ReadyCo' })).tenant!.signInUrls;

    // OIDC: a client registered at the IdP with the redirect URI the API names.
    await sandboxAdmin(rig, 'POST', '/admin/clients', { org: ORG, clientId: 'readyco-cc', clientSecret: 'readyco-cc-secret', redirectUris: [urls.oidcRedirectUri], name: 'Contact Center' });
    const oidc = (await api.ok(op.CreateConnection, {
      input: { tenantId, name: 'Okta OIDC', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer: `${rig.sandbox.url}/${ORG}`, clientId: 'readyco-cc', clientSecret: 'readyco-cc-secret' } },
    })).createIdpConnection;
    expect(oidc.userErrors).toEqual([]);
    const oidcId = oidc.connection!.id;

    // SAML: an empty connection filled from the IdP's metadata URL; the SP registered at the IdP with the API's URLs.
    const saml = (await api.ok(op.CreateConnection, { input: { tenantId, name: 'Okta SAML', provider: 'OKTA', protocol: 'SAML' } })).createIdpConnection;
    expect(saml.userErrors).toEqual([]);
    const samlId = saml.connection!.id;
    expect(codes(await readiness(rig, tenantId))).toContain('CONNECTION_INCOMPLETE');
    const imported = (await api.ok(ImportSamlMetadata, { input: { connectionId: samlId, url: `${rig.sandbox.url}/${ORG}/saml/metadata` } })).importSamlMetadata;
    expect(imported).toMatchObject({ applied: true, userErrors: [] });
    expect(imported.connection!.saml).toMatchObject({ entityId: `${rig.sandbox.url}/${ORG}/saml`, ssoUrl: expect.stringContaining(`/${ORG}/saml/sso`) });
    await sandboxAdmin(rig, 'POST', '/admin/sps', { org: ORG, entityId: urls.spEntityId, acsUrls: [urls.userAcsUrl, urls.agentAcsUrl], nameIdFormat: 'emailAddress', attributes: PROVIDER_ATTRIBUTES.okta });

    // People: users and agents.
    const importedUsers = (await api.ok(op.ImportUsers, { input: { tenantId, users: PEOPLE } })).importUsers;
    expect(importedUsers).toEqual({ importedCount: 4, userErrors: [] });

    // What stands now: the tests (both connections, both audiences) and the break-glass.
    let report = await readiness(rig, tenantId);
    expect(codes(report)).toEqual(['NO_BREAK_GLASS', 'NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN']);
    const refused = await enable(rig, tenantId);
    expect(refused.enabled).toBe(false);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_READY']);
    expect(await ssoEnabled(rig, tenantId)).toBe(false);
    // Before SSO is on, nobody gets in through SSO.
    expect((await signIn(rig, { account: 'ReadyCo', loginHint: 'ben@readyco.example' }).catch((e: Error) => ({ ok: false, message: e.message }))).ok).toBe(false);

    // Test sign-ins for USER (as the admin: the break-glass) and AGENT, through each connection.
    for (const connectionId of [oidcId, samlId]) {
      const user = await runTest(rig, connectionId, 'USER', 'ada@readyco.example');
      expect(user.ok, user.body.slice(0, 300)).toBe(true);
      expect(user.matchedUser).toBe('ada@readyco.example');
      expect(user.controlPlaneCookies).not.toContain('sso_session');
      const agent = await runTest(rig, connectionId, 'AGENT', 'cy@readyco.example');
      expect(agent.ok, agent.body.slice(0, 300)).toBe(true);
    }
    expect(await api.db.session.count({ where: { tenantId: localOf(tenantId) } })).toBe(0);
    report = await readiness(rig, tenantId);
    expect(report).toMatchObject({ ready: true, blockerCount: 0, findings: [] });

    const enabled = await enable(rig, tenantId);
    expect(enabled).toMatchObject({ enabled: true, userErrors: [], tenant: { ssoEnabled: true }, lockedOut: { count: 0 } });
    expect(await ssoEnabled(rig, tenantId)).toBe(true);

    // Everyone signs in, through both connections, on the URL of their kind.
    for (const connectionId of [oidcId, samlId]) {
      for (const p of PEOPLE) {
        const result = await signIn(rig, { account: 'ReadyCo', loginHint: p.email, audience: p.kind === 'AGENT' ? 'agent' : 'user', connectionId: localOf(connectionId) });
        expect(result.ok, `${p.username} via ${connectionId}: ${result.message}`).toBe(true);
        expect([...result.browser.cookies.keys()].some((k) => k.endsWith(' sso_session'))).toBe(true);
      }
    }
    const successes = await api.db.loginAttempt.findMany({ where: { tenantId: localOf(tenantId), outcome: 'SUCCESS', detail: null } });
    expect(successes).toHaveLength(PEOPLE.length * 2);
    expect(new Set(successes.map((s) => `${s.protocol} ${s.matchedUserId}`)).size).toBe(PEOPLE.length * 2);
  });
});
