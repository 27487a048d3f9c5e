// SSO readiness (R05/R06, R08, R09, R11, R16, R18–R20): every finding code of
// src/domain/readiness/findings.ts, end to end against a real control plane and the sandbox
// IdP. For each: it arises (severity, message, fix target, affected count and first ids as
// global IDs); a BLOCKER refuses enableSso (enabled false, the report, NOT_READY, the tenant
// read back off) while a WARNING alone lets it through; and it disappears after the
// documented fix made through the API (or at the sandbox for IdP-side things). Accounts are
// built only through the API, SSO switched on only by enableSso.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'selfsigned';
import { signIn, startRig, withScenario, type Rig } from './support.ts';
import * as op from '../graphql/operations.ts';
import { ImportSamlMetadata } from '../graphql/metadata-operations.ts';
import { FINDING_CODES } from '../../src/domain/readiness/findings.ts';
import {
  ENTRA, OKTA_READY, SF_ORG, codes, createAccountOff, enable, expectEnabledDespite, expectFinding, expectRefused, gid, passTests, readiness, runTest,
  seen, ssoEnabled, type Account,
} from './readiness-support.ts';

const DAY = 86_400_000;
const certValid = async (cn: string, from: Date, to: Date) =>
  (await generate([{ name: 'commonName', value: cn }], { keySize: 2048, algorithm: 'sha256', notBeforeDate: from, notAfterDate: to })).cert;

describe('SSO readiness findings (R05/R06, R08, R09, R11, R16, R18, R19, R20)', () => {
  let rig: Rig;
  let n = 0;
  const name = (base: string) => `${base}${++n}`;

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  const updateConnection = async (id: string, input: Record<string, unknown>) => {
    const r = await rig.api.ok(op.UpdateConnection, { input: { id, ...input } as never });
    expect(r.updateIdpConnection.userErrors).toEqual([]);
  };
  const updateUser = async (id: string, input: Record<string, unknown>) => {
    const r = await rig.api.ok(op.UpdateUser, { input: { id, ...input } as never });
    expect(r.updateUser.userErrors).toEqual([]);
  };
  const usersOf = (a: Account) => rig.api.db.user.findMany({ where: { tenantId: a.tenantLocal }, orderBy: { id: 'asc' } });
  /** A fully ready account: entitled, complete connection, users with unique emails, an admin with password sign-in, both tests passed. */
  const readyAccount = async (base: string, protocol: 'OIDC' | 'SAML' = 'OIDC') => {
    const account = await createAccountOff(rig, OKTA_READY(name(base), protocol));
    await passTests(rig, account);
    const report = await readiness(rig, account.tenantId);
    expect(report?.findings).toEqual([]);
    expect(report?.ready).toBe(true);
    return account;
  };

  it('R20 baseline: an account set up completely through the API has no finding and enableSso switches it on', async () => {
    const account = await readyAccount('Baseline');
    const result = await enable(rig, account.tenantId);
    expect(result).toMatchObject({ enabled: true, userErrors: [], tenant: { id: account.tenantId, ssoEnabled: true }, report: { ready: true, blockerCount: 0, warningCount: 0, findings: [] } });
    expect(await ssoEnabled(rig, account.tenantId)).toBe(true);
    // Enabling again is harmless.
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  // ---- R16 -----------------------------------------------------------------------------

  it('R16 SSO_NOT_ENTITLED arises without the operator entitlement, blocks, and goes once it is granted', async () => {
    const account = await readyAccount('Entitle');
    expect((await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId: account.tenantId, entitled: false } })).setSsoEntitlement.userErrors).toEqual([]);
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'SSO_NOT_ENTITLED', {
      message: 'The platform operator has not granted this account the Single Sign On entitlement.',
      fixTarget: 'Tenant.ssoEntitled (operator)', type: 'Tenant', count: 1, firstIds: [account.tenantId],
    });
    expect(codes(report)).toEqual(['SSO_NOT_ENTITLED']);
    await expectRefused(rig, account.tenantId, 'SSO_NOT_ENTITLED');
    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId: account.tenantId, entitled: true } });
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  // ---- R18: connections ------------------------------------------------------------------

  it('R18 NO_CONNECTION arises for an account without connection, blocks, and goes when one is created', async () => {
    const tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: name('NoConn'), displayName: 'No connection' } })).createTenant.tenant!.id;
    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } });
    const report = await readiness(rig, tenantId);
    expectFinding(report, 'NO_CONNECTION', { message: 'The account has no IdP connection.', fixTarget: 'createIdpConnection', type: 'Tenant', count: 1, firstIds: [tenantId] });
    await expectRefused(rig, tenantId, 'NO_CONNECTION');
    await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer: `${rig.sandbox.url}/okta/globex`, clientId: 'x', clientSecret: 'y' } } });
    expect(codes(await readiness(rig, tenantId))).not.toContain('NO_CONNECTION');
  });

  it('R18 CONNECTION_INCOMPLETE (OIDC) names the missing client secret, blocks, and goes when it is entered', async () => {
    const account = await readyAccount('OidcGap');
    await updateConnection(account.connectionId, { oidc: { clientSecret: null } });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'CONNECTION_INCOMPLETE', { message: 'The connection "OKTA" (OKTA OIDC) lacks client secret.', type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    await expectRefused(rig, account.tenantId, 'CONNECTION_INCOMPLETE');
    await updateConnection(account.connectionId, { oidc: { clientSecret: `${account.accountName.toLowerCase()}-client-secret` } });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN']);
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  it('R18 CONNECTION_INCOMPLETE (SAML) names the SSO URL and certificate, blocks, and goes after importSamlMetadata from the sandbox', async () => {
    const tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: name('SamlGap'), displayName: 'SAML gap' } })).createTenant.tenant!.id;
    await rig.api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } });
    const connectionId = (await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'Okta SAML', provider: 'OKTA', protocol: 'SAML', saml: { entityId: 'https://half.example/idp' } } })).createIdpConnection.connection!.id;
    const report = await readiness(rig, tenantId);
    expectFinding(report, 'CONNECTION_INCOMPLETE', { message: 'The connection "Okta SAML" (OKTA SAML) lacks SSO URL, signing certificate.', type: 'IdpConnection', count: 1, firstIds: [connectionId] });
    await expectRefused(rig, tenantId, 'CONNECTION_INCOMPLETE');
    const imported = (await rig.api.ok(ImportSamlMetadata, { input: { connectionId, url: `${rig.sandbox.url}/okta/globex/saml/metadata` } })).importSamlMetadata;
    expect(imported.userErrors).toEqual([]);
    expect(imported.applied).toBe(true);
    expect(codes(await readiness(rig, tenantId))).not.toContain('CONNECTION_INCOMPLETE');
  });

  it('R18 CONNECTION_INCOMPLETE names the API fields to set as its fix target (not prose labels)', async () => {
    // "the field or IdP-side setting to change": IdpConnection.oidc.clientSecret is a field of
    // the API; "IdpConnection.oidc.{client secret}" (what check-connections-complete.ts builds
    // from the human labels) is not.
    const tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: name('Targets'), displayName: 'Targets' } })).createTenant.tenant!.id;
    await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'O', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer: `${rig.sandbox.url}/okta/globex`, clientId: 'c' } } });
    await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'S', provider: 'OKTA', protocol: 'SAML', saml: { entityId: 'https://half.example/idp' } } });
    const targets = (await readiness(rig, tenantId))!.findings.filter((f) => f.code === 'CONNECTION_INCOMPLETE').map((f) => f.fixTarget);
    expect(targets).toEqual(['IdpConnection.oidc.clientSecret', 'IdpConnection.saml.ssoUrl, IdpConnection.saml.signingCertificates']);
  });

  // ---- R20: certificates -----------------------------------------------------------------

  it('R20 CERTIFICATE_EXPIRED arises for a past certificate, blocks, and goes after importing the IdP metadata', async () => {
    const account = await readyAccount('CertGone', 'SAML');
    const expired = await certValid('expired-idp.example', new Date(Date.now() - 400 * DAY), new Date(Date.now() - 3 * DAY));
    await updateConnection(account.connectionId, { saml: { signingCertificates: [expired] } });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'CERTIFICATE_EXPIRED', {
      message: new RegExp(`^The signing certificate CN=expired-idp\\.example of "OKTA" \\(OKTA SAML\\) expired on ${new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10)}\\.$`),
      type: 'IdpConnection', count: 1, firstIds: [account.connectionId],
    });
    await expectRefused(rig, account.tenantId, 'CERTIFICATE_EXPIRED');
    await rig.api.ok(ImportSamlMetadata, { input: { connectionId: account.connectionId, url: `${rig.sandbox.url}/okta/globex/saml/metadata` } });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('CERTIFICATE_EXPIRED');
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  it('R20 CERTIFICATE_EXPIRING warns for a certificate ending within 30 days, does not block, and goes when it is replaced', async () => {
    const account = await readyAccount('CertSoon', 'SAML');
    const current = JSON.parse((await rig.api.db.idpConnection.findUniqueOrThrow({ where: { id: account.connectionLocal } })).samlSigningCertificates) as string[];
    const soon = new Date(Date.now() + 10 * DAY);
    const expiring = await certValid('next-idp.example', new Date(Date.now() - DAY), soon);
    await updateConnection(account.connectionId, { saml: { signingCertificates: [...current, expiring] } });
    await passTests(rig, account); // the sandbox still signs with its current key
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'CERTIFICATE_EXPIRING', {
      message: `The signing certificate CN=next-idp.example of "OKTA" (OKTA SAML) expires on ${soon.toISOString().slice(0, 10)}.`,
      type: 'IdpConnection', count: 1, firstIds: [account.connectionId],
    });
    expect(report?.ready).toBe(true);
    // 40 days out is not "expiring".
    expect(codes(report)).toEqual(['CERTIFICATE_EXPIRING']);
    await expectEnabledDespite(rig, account.tenantId, 'CERTIFICATE_EXPIRING');
    await updateConnection(account.connectionId, { saml: { signingCertificates: [...current, await certValid('later-idp.example', new Date(), new Date(Date.now() + 40 * DAY))] } });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('CERTIFICATE_EXPIRING');
  });

  it('R18 METADATA_UNREACHABLE warns when the metadata URL answers no metadata, does not block, and goes when the URL is corrected', async () => {
    const account = await readyAccount('MetaUrl', 'SAML');
    await updateConnection(account.connectionId, { saml: { metadataUrl: `${rig.sandbox.url}/okta/no-such-org/saml/metadata` } });
    await passTests(rig, account);
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'METADATA_UNREACHABLE', { message: /^The metadata URL of "OKTA" \(OKTA SAML\) could not be read: .+/, type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    expect(report?.ready).toBe(true);
    await expectEnabledDespite(rig, account.tenantId, 'METADATA_UNREACHABLE');
    await updateConnection(account.connectionId, { saml: { metadataUrl: `${rig.sandbox.url}/okta/globex/saml/metadata` } });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('METADATA_UNREACHABLE');
  });

  it('R13 SAML_SHA1_ALLOWED warns while a SAML connection accepts SHA-1 signatures, does not block, and goes when the opt-in is off', async () => {
    const account = await readyAccount('LegacySha1', 'SAML');
    await updateConnection(account.connectionId, { saml: { allowSha1Signatures: true } });
    await passTests(rig, account);
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'SAML_SHA1_ALLOWED', { message: 'The connection "OKTA" (OKTA SAML) accepts SHA-1 signatures (the legacy opt-in): a forged response could pass.', type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    expect(report?.ready).toBe(true);
    await expectEnabledDespite(rig, account.tenantId, 'SAML_SHA1_ALLOWED');
    await updateConnection(account.connectionId, { saml: { allowSha1Signatures: false } });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('SAML_SHA1_ALLOWED');
  });

  // ---- R18: OIDC discovery ---------------------------------------------------------------

  it('R18 OIDC_DISCOVERY_FAILED arises for an issuer the sandbox does not have, blocks, and goes with the right issuer', async () => {
    const account = await readyAccount('NoDisco');
    await updateConnection(account.connectionId, { oidc: { issuer: `${rig.sandbox.url}/okta/no-such-org` } });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'OIDC_DISCOVERY_FAILED', { message: /^The OIDC discovery document of "OKTA" \(OKTA OIDC\) could not be read: .+/, type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    await expectRefused(rig, account.tenantId, 'OIDC_DISCOVERY_FAILED');
    await updateConnection(account.connectionId, { oidc: { issuer: `${rig.sandbox.url}/okta/globex` } });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('OIDC_DISCOVERY_FAILED');
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  it('R18 OIDC_ISSUER_MISMATCH arises when the discovery document names another issuer, blocks, and goes with the published issuer', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/.well-known/openid-configuration') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer: 'https://impostor.example', authorization_endpoint: 'https://impostor.example/auth' }));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const account = await readyAccount('Mismatch');
      await updateConnection(account.connectionId, { oidc: { issuer } });
      const report = await readiness(rig, account.tenantId);
      expectFinding(report, 'OIDC_ISSUER_MISMATCH', { message: `The IdP of "OKTA" (OKTA OIDC) calls itself https://impostor.example, not ${issuer}.`, type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
      await expectRefused(rig, account.tenantId, 'OIDC_ISSUER_MISMATCH');
      await updateConnection(account.connectionId, { oidc: { issuer: `${rig.sandbox.url}/okta/globex` } });
      expect(codes(await readiness(rig, account.tenantId))).not.toContain('OIDC_ISSUER_MISMATCH');
    } finally {
      await new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
    }
  });

  // ---- R05/R06: directory links --------------------------------------------------------

  it('R05/R06 SALESFORCE_ORG_NOT_SET arises for a Salesforce connection with no org, blocks, and goes when the org ID is entered', async () => {
    const account = await createAccountOff(rig, {
      accountName: name('SfNoOrg'), provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG,
      users: [{ username: 'sf-admin', email: 'admin@acme.example', isAdmin: true }, { username: 'amy', email: 'amy@acme.example', kind: 'AGENT' }],
      hints: { USER: 'admin@acme.example', AGENT: 'amy@acme.example' },
    });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'SALESFORCE_ORG_NOT_SET', { message: 'The Salesforce connection "SALESFORCE" (SALESFORCE OIDC) is linked to no Salesforce org.', type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    await expectRefused(rig, account.tenantId, 'SALESFORCE_ORG_NOT_SET');
    await updateConnection(account.connectionId, { salesforceOrgId: SF_ORG });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN']);
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  it('R05 ENTRA_DIRECTORY_NOT_SET arises for a Microsoft connection with no Entra tenant or domain, blocks, and goes when one is entered', async () => {
    const account = await createAccountOff(rig, {
      accountName: name('MsNoDir'), provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA,
      users: [{ username: 'admin@contoso.example', email: 'admin@contoso.example', isAdmin: true }],
      hints: { USER: 'admin@contoso.example' },
    });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'ENTRA_DIRECTORY_NOT_SET', { message: 'The Microsoft connection "MICROSOFT" (MICROSOFT OIDC) is linked to no Entra ID tenant or domain.', type: 'IdpConnection', count: 1, firstIds: [account.connectionId] });
    await expectRefused(rig, account.tenantId, 'ENTRA_DIRECTORY_NOT_SET');
    await updateConnection(account.connectionId, { entraTenantId: ENTRA });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN']);
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  // ---- R19 / R11: users and agents -------------------------------------------------------

  it('R19 NO_MATCHABLE_USERS arises when nobody has the identifier, blocks, and goes when the identifier field changes', async () => {
    const account = await createAccountOff(rig, {
      accountName: name('NoEmails'), provider: 'OKTA', protocol: 'OIDC', org: 'globex',
      users: [{ username: 'admin@globex.example', isAdmin: true }, { username: 'hank@globex.example' }, { username: 'x1' }],
      hints: { USER: 'admin@globex.example' },
    });
    const ids = (await usersOf(account)).map((u) => gid('User', u.id));
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'NO_MATCHABLE_USERS', {
      message: 'No user or agent has a email, which "OKTA" (OKTA OIDC) matches on: nobody could sign in.', fixTarget: 'User.email / IdpConnection.identifierField',
      type: 'User', count: 3, firstIds: ids,
    });
    expect(codes(report)).not.toContain('USERS_UNMATCHABLE');
    await expectRefused(rig, account.tenantId, 'NO_MATCHABLE_USERS');
    await updateConnection(account.connectionId, { identifierField: 'USERNAME' });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN']);
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  it('R19 USERS_UNMATCHABLE warns with the count and first five ids, does not block, and goes when they get emails', async () => {
    const account = await readyAccount('SomeNoEmail');
    await rig.api.ok(op.ImportUsers, { input: { tenantId: account.tenantId, users: Array.from({ length: 7 }, (_, i) => ({ username: `noemail${i}` })) } });
    const missing = (await usersOf(account)).filter((u) => !u.email);
    expect(missing).toHaveLength(7);
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'USERS_UNMATCHABLE', {
      message: '7 users and agents have no email, which "OKTA" (OKTA OIDC) matches on: they cannot sign in with it; 0 of them have no password sign-in and no other connection that matches them, and would be locked out.', fixTarget: 'User.email',
      type: 'User', count: 7, firstIds: missing.slice(0, 5).map((u) => gid('User', u.id)),
    });
    await expectEnabledDespite(rig, account.tenantId, 'USERS_UNMATCHABLE');
    for (const u of missing) await updateUser(gid('User', u.id), { email: `${u.username}@globex.example` });
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
  });

  it('R11 DUPLICATE_IDENTIFIERS warns with users and groups ("Multiple users found"), does not block, and goes when emails are unique', async () => {
    const account = await readyAccount('Dupes');
    await rig.api.ok(op.ImportUsers, {
      input: { tenantId: account.tenantId, users: [
        { username: 'd1', email: 'shared@globex.example' }, { username: 'd2', email: 'SHARED@globex.example' },
        { username: 'd3', email: 'team@globex.example' }, { username: 'd4', email: 'team@globex.example', kind: 'AGENT' }, { username: 'd5', email: 'team@globex.example' },
      ] },
    });
    const dupes = (await usersOf(account)).filter((u) => u.username.startsWith('d'));
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'DUPLICATE_IDENTIFIERS', {
      message: '5 users and agents share a email with someone else (2 values): they would see "Multiple users found".', fixTarget: 'User.email',
      type: 'User', count: 5, firstIds: dupes.map((u) => gid('User', u.id)),
    });
    await expectEnabledDespite(rig, account.tenantId, 'DUPLICATE_IDENTIFIERS');
    for (const u of dupes) await updateUser(gid('User', u.id), { email: `${u.username}@globex.example` });
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
  });

  // ---- R20: test sign-ins ----------------------------------------------------------------

  it('R20 NO_TEST_SIGN_IN per audience: a test through the sandbox clears it without a session; any connection change brings it back', async () => {
    const account = await createAccountOff(rig, OKTA_READY(name('Tested')));
    let report = await readiness(rig, account.tenantId);
    const both = report!.findings.filter((f) => f.code === 'NO_TEST_SIGN_IN');
    expect(both.map((f) => f.message)).toEqual([
      'No successful test sign-in through "OKTA" (OKTA OIDC) for users since it last changed.',
      'No successful test sign-in through "OKTA" (OKTA OIDC) for agents since it last changed.',
    ]);
    for (const f of both) expect(f).toMatchObject({ severity: 'BLOCKER', fixTarget: 'testIdpConnection', affected: { type: 'IdpConnection', count: 1, firstIds: [account.connectionId] } });
    expect(both[1]!.fix).toBe('Run testIdpConnection for agents and sign in at the IdP.');
    seen.add('NO_TEST_SIGN_IN');
    await expectRefused(rig, account.tenantId, 'NO_TEST_SIGN_IN');

    // A test as someone the account cannot match does not count.
    const failed = await runTest(rig, account.connectionId, 'USER', 'hank@globex.example'); // hank is an agent: wrong URL
    expect(failed.ok).toBe(false);
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN']);

    const user = await runTest(rig, account.connectionId, 'USER', 'admin@globex.example');
    expect(user.ok).toBe(true);
    expect(user.matchedUser).toBe('globex-admin');
    expect(user.controlPlaneCookies).not.toContain('sso_session');
    expect(await rig.api.db.session.count({ where: { tenantId: account.tenantLocal } })).toBe(0);
    report = await readiness(rig, account.tenantId);
    expect(report!.findings.filter((f) => f.code === 'NO_TEST_SIGN_IN').map((f) => f.message)).toEqual(['No successful test sign-in through "OKTA" (OKTA OIDC) for agents since it last changed.']);
    // The test URL opened no session: the home page still sends this browser to /login.
    const home = await user.browser.request(`${rig.api.url}/`);
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/login');

    const agent = await runTest(rig, account.connectionId, 'AGENT', 'hank@globex.example');
    expect(agent.ok).toBe(true);
    expect(agent.controlPlaneCookies).not.toContain('sso_session');
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
    expect(await rig.api.db.connectionTest.count({ where: { connectionId: account.connectionLocal, outcome: 'SUCCESS' } })).toBe(2);

    // Any update of the connection makes the tests stale: they count against the current version only.
    await updateConnection(account.connectionId, { name: 'OKTA' });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN', 'NO_TEST_SIGN_IN']);
    await passTests(rig, account);
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
  });

  it('R20 NO_TEST_SIGN_IN asks for the agent test only when the account has agents', async () => {
    const account = await createAccountOff(rig, { ...OKTA_READY(name('NoAgents')), users: [{ username: 'globex-admin', email: 'admin@globex.example', isAdmin: true }], hints: { USER: 'admin@globex.example' } });
    const report = await readiness(rig, account.tenantId);
    expect(report!.findings.map((f) => f.message)).toEqual(['No successful test sign-in through "OKTA" (OKTA OIDC) for users since it last changed.']);
    await passTests(rig, account);
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
    // An agent arrives: now the agent URL must be tested too.
    await rig.api.ok(op.ImportUsers, { input: { tenantId: account.tenantId, users: [{ username: 'hank', email: 'hank@globex.example', kind: 'AGENT' }] } });
    expect((await readiness(rig, account.tenantId))!.findings.map((f) => f.message)).toEqual(['No successful test sign-in through "OKTA" (OKTA OIDC) for agents since it last changed.']);
  });

  // ---- R20: break-glass ------------------------------------------------------------------

  it('R20 NO_BREAK_GLASS arises when no admin keeps password sign-in; cleared by an admin with password sign-in, or by an admin passing a test', async () => {
    const account = await createAccountOff(rig, {
      ...OKTA_READY(name('Glass')),
      users: [
        { username: 'globex-admin', email: 'admin@globex.example', isAdmin: true, passwordSignInAllowed: false },
        { username: 'hank', email: 'hank@globex.example', kind: 'AGENT' },
        { username: 'plain', email: 'plain@globex.example' }, // keeps password sign-in, but is no admin
      ],
    });
    const admin = (await usersOf(account)).find((u) => u.isAdmin)!;
    // Tests by non-admins only: the agent (and no USER test yet).
    expect((await runTest(rig, account.connectionId, 'AGENT', 'hank@globex.example')).ok).toBe(true);
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'NO_BREAK_GLASS', {
      message: 'No admin keeps password sign-in or has passed a test SSO sign-in: a broken IdP would lock everyone out.', fixTarget: 'User.passwordSignInAllowed / testIdpConnection',
      type: 'Tenant', count: 1, firstIds: [account.tenantId],
    });
    await expectRefused(rig, account.tenantId, 'NO_BREAK_GLASS');

    // Fix 1: the admin keeps password sign-in.
    await updateUser(gid('User', admin.id), { passwordSignInAllowed: true });
    expect(codes(await readiness(rig, account.tenantId))).toEqual(['NO_TEST_SIGN_IN']);
    await updateUser(gid('User', admin.id), { passwordSignInAllowed: false });
    expect(codes(await readiness(rig, account.tenantId))).toContain('NO_BREAK_GLASS');

    // Fix 2: the admin passes a test sign-in through the connection as it is now.
    expect((await runTest(rig, account.connectionId, 'USER', 'admin@globex.example')).ok).toBe(true);
    expect(codes(await readiness(rig, account.tenantId))).toEqual([]);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
  });

  // ---- R08 / R09: recent login history -----------------------------------------------------

  it('R08 RECENT_SALESFORCE_UNVERIFIED_EMAILS warns after failed sign-ins on an enabled account; goes when matching by Username', async () => {
    const account = await createAccountOff(rig, {
      accountName: name('SfHistory'), provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG,
      users: [{ username: 'admin@acme.example', email: 'admin@acme.example', isAdmin: true }, { username: 'sally@acme.example', email: 'sally@acme.example' }],
      hints: { USER: 'admin@acme.example' },
    });
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
    await withScenario(rig, { code: 'SALESFORCE_EMAIL_UNVERIFIED', person: 'sally@acme.example' }, async () => {
      for (let i = 0; i < 2; i++) expect((await signIn(rig, { account: account.accountName, loginHint: 'sally@acme.example' })).code).toBe('SALESFORCE_EMAIL_UNVERIFIED');
    });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'RECENT_SALESFORCE_UNVERIFIED_EMAILS', {
      message: '2 recent Salesforce sign-ins failed because Salesforce has not verified the email, and "SALESFORCE" (SALESFORCE OIDC) matches on Email.',
      fixTarget: 'IdpConnection.identifierField', type: 'IdpConnection', count: 1, firstIds: [account.connectionId],
    });
    expect(report!.ready).toBe(true);
    await updateConnection(account.connectionId, { identifierField: 'USERNAME' });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('RECENT_SALESFORCE_UNVERIFIED_EMAILS');
    await passTests(rig, account);
    expect((await signIn(rig, { account: account.accountName, loginHint: 'sally@acme.example' })).ok).toBe(true);
  });

  it('R09 RECENT_MICROSOFT_NO_EMAIL warns after failed sign-ins on an enabled account; goes when matching by Username', async () => {
    const account = await createAccountOff(rig, {
      accountName: name('MsHistory'), provider: 'MICROSOFT', protocol: 'OIDC', org: ENTRA, entraTenantId: ENTRA, entraDomain: 'contoso.example',
      users: [{ username: 'admin@contoso.example', email: 'admin@contoso.example', isAdmin: true }, { username: 'megan@contoso.example', email: 'megan@contoso.example' }],
      hints: { USER: 'admin@contoso.example' },
    });
    await passTests(rig, account);
    expect((await enable(rig, account.tenantId)).enabled).toBe(true);
    await withScenario(rig, { code: 'MICROSOFT_NO_EMAIL', person: 'megan@contoso.example' }, async () => {
      expect((await signIn(rig, { account: account.accountName, loginHint: 'megan@contoso.example' })).code).toBe('MICROSOFT_NO_EMAIL');
    });
    const report = await readiness(rig, account.tenantId);
    expectFinding(report, 'RECENT_MICROSOFT_NO_EMAIL', {
      message: '1 recent Microsoft sign-ins failed because Microsoft holds no email for the user, and "MICROSOFT" (MICROSOFT OIDC) matches on Email.',
      fixTarget: 'IdpConnection.identifierField', fix: 'Select Username as the Microsoft identifier field.', type: 'IdpConnection', count: 1, firstIds: [account.connectionId],
    });
    expect(report!.ready).toBe(true);
    await updateConnection(account.connectionId, { identifierField: 'USERNAME' });
    expect(codes(await readiness(rig, account.tenantId))).not.toContain('RECENT_MICROSOFT_NO_EMAIL');
  });

  it('covers every finding code of src/domain/readiness/findings.ts', () => {
    expect([...seen].sort()).toEqual([...FINDING_CODES].sort());
  });
});
