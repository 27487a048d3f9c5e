// Every mutation, given bad input, answers with a typed error naming the field and
// writes nothing (all tables keep their row counts; the target row is unchanged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import { createAccount, tableCounts, type AccountFixture } from '../support/fixtures.ts';
import * as op from '../graphql/operations.ts';
import { ImportSamlMetadata } from '../graphql/metadata-operations.ts';
import { RevokeSessions } from '../graphql/session-operations.ts';

describe('bad input changes nothing (R30)', () => {
  let api: TestApi;
  let acme: AccountFixture;

  beforeAll(async () => {
    api = await startTestApi();
    acme = await createAccount(api, 'acme');
    await api.ok(op.CreateUser, { input: { tenantId: acme.tenantId, username: 'taken' } });
  });
  afterAll(() => api.close());

  type Case = [name: string, run: () => Promise<{ code: string; field?: string[] | null }[]>, code: string, field: string[]];
  const cases = (): Case[] => [
    ['createTenant: blank display name', async () => (await api.ok(op.CreateTenant, { input: { accountName: 'ok-name', displayName: '  ' } })).createTenant.userErrors, 'INVALID_INPUT', ['input', 'displayName']],
    ['createTenant: one-character account name', async () => (await api.ok(op.CreateTenant, { input: { accountName: 'x', displayName: 'X' } })).createTenant.userErrors, 'INVALID_INPUT', ['input', 'accountName']],
    ['updateTenant: account name with a slash', async () => (await api.ok(op.UpdateTenant, { input: { id: acme.tenantId, accountName: 'a/b' } })).updateTenant.userErrors, 'INVALID_INPUT', ['input', 'accountName']],
    ['updateTenant: malformed id', async () => (await api.ok(op.UpdateTenant, { input: { id: 'not-a-global-id', displayName: 'X' } })).updateTenant.userErrors, 'NOT_FOUND', ['input', 'id']],
    ['updateTenant: id of another type', async () => (await api.ok(op.UpdateTenant, { input: { id: acme.userId, displayName: 'X' } })).updateTenant.userErrors, 'NOT_FOUND', ['input', 'id']],
    ['deleteTenant: malformed id', async () => (await api.ok(op.DeleteTenant, { input: { id: 'nope' } })).deleteTenant.userErrors, 'NOT_FOUND', ['input', 'id']],
    ['setSsoEntitlement: malformed tenant id', async () => (await api.ok(op.SetSsoEntitlement, { input: { tenantId: 'nope', entitled: true } })).setSsoEntitlement.userErrors, 'NOT_FOUND', ['input', 'tenantId']],
    ['createIdpConnection: http issuer off loopback', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer: 'http://idp.example' } } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'oidc', 'issuer']],
    ['createIdpConnection: SAML settings on an OIDC connection', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', saml: { entityId: 'urn:x' } } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'saml']],
    ['createIdpConnection: Salesforce org on an Okta connection', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', salesforceOrgId: '00D000000000001AAA' } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'salesforceOrgId']],
    ['createIdpConnection: malformed Salesforce org id', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'SF', provider: 'SALESFORCE', protocol: 'OIDC', salesforceOrgId: '12345' } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'salesforceOrgId']],
    ['createIdpConnection: not a certificate', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'SAML', provider: 'GENERIC', protocol: 'SAML', saml: { signingCertificates: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'] } } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'saml', 'signingCertificates', '0']],
    ['createIdpConnection: scopes without openid', async () => (await api.ok(op.CreateConnection, { input: { tenantId: acme.tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', oidc: { scopes: 'email profile' } } })).createIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'oidc', 'scopes']],
    ['updateIdpConnection: Entra tenant id that is not a GUID', async () => (await api.ok(op.UpdateConnection, { input: { id: acme.connectionId, entraTenantId: 'contoso' } })).updateIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'entraTenantId']],
    ['updateIdpConnection: empty name', async () => (await api.ok(op.UpdateConnection, { input: { id: acme.connectionId, name: '' } })).updateIdpConnection.userErrors, 'INVALID_INPUT', ['input', 'name']],
    ['deleteIdpConnection: malformed id', async () => (await api.ok(op.DeleteConnection, { input: { id: 'x' } })).deleteIdpConnection.userErrors, 'NOT_FOUND', ['input', 'id']],
    ['createUser: invalid email', async () => (await api.ok(op.CreateUser, { input: { tenantId: acme.tenantId, username: 'new', email: 'not-an-email' } })).createUser.userErrors, 'INVALID_INPUT', ['input', 'email']],
    ['createUser: username taken', async () => (await api.ok(op.CreateUser, { input: { tenantId: acme.tenantId, username: 'taken' } })).createUser.userErrors, 'CONFLICT', ['input', 'username']],
    ['createUser: agent as admin', async () => (await api.ok(op.CreateUser, { input: { tenantId: acme.tenantId, username: 'agent-admin', kind: 'AGENT', isAdmin: true } })).createUser.userErrors, 'INVALID_INPUT', ['input', 'isAdmin']],
    ['updateUser: username taken', async () => (await api.ok(op.UpdateUser, { input: { id: acme.userId, username: 'taken' } })).updateUser.userErrors, 'CONFLICT', ['input', 'username']],
    ['updateUser: empty external id', async () => (await api.ok(op.UpdateUser, { input: { id: acme.userId, externalId: ' ' } })).updateUser.userErrors, 'INVALID_INPUT', ['input', 'externalId']],
    ['deleteUser: malformed id', async () => (await api.ok(op.DeleteUser, { input: { id: 'x' } })).deleteUser.userErrors, 'NOT_FOUND', ['input', 'id']],
    ['importUsers: no rows', async () => (await api.ok(op.ImportUsers, { input: { tenantId: acme.tenantId, users: [] } })).importUsers.userErrors, 'INVALID_INPUT', ['input', 'users']],
    ['createApiToken: tenant admin token without tenant', async () => (await api.ok(op.CreateApiToken, { input: { name: 'x', role: 'TENANT_ADMIN' } })).createApiToken.userErrors, 'INVALID_INPUT', ['input', 'tenantId']],
    ['createApiToken: empty name', async () => (await api.ok(op.CreateApiToken, { input: { name: '', role: 'OPERATOR' } })).createApiToken.userErrors, 'INVALID_INPUT', ['input', 'name']],
    ['enableSso: malformed tenant id', async () => (await api.ok(op.EnableSso, { input: { tenantId: 'x' } })).enableSso.userErrors, 'NOT_FOUND', ['input', 'tenantId']],
    ['disableSso: malformed tenant id', async () => (await api.ok(op.DisableSso, { input: { tenantId: 'x' } })).disableSso.userErrors, 'NOT_FOUND', ['input', 'tenantId']],
    ['testIdpConnection: account not entitled to SSO', async () => (await api.ok(op.TestIdpConnection, { input: { connectionId: acme.connectionId, audience: 'USER' } })).testIdpConnection.userErrors, 'FORBIDDEN', ['input', 'connectionId']],
    ['importSamlMetadata: neither url nor xml', async () => (await api.ok(ImportSamlMetadata, { input: { connectionId: acme.connectionId } })).importSamlMetadata.userErrors, 'INVALID_INPUT', ['input']],
    ['revokeSessions: malformed user id', async () => (await api.ok(RevokeSessions, { input: { userId: 'x' } })).revokeSessions.userErrors, 'NOT_FOUND', ['input', 'userId']],
    ['revokeSessions: id of another type', async () => (await api.ok(RevokeSessions, { input: { userId: acme.tenantId } })).revokeSessions.userErrors, 'NOT_FOUND', ['input', 'userId']],
    ['revokeApiToken: malformed id', async () => (await api.ok(op.RevokeApiToken, { input: { id: 'x' } })).revokeApiToken.userErrors, 'NOT_FOUND', ['input', 'id']],
  ];

  it('R30 each mutation refuses bad input with a code and field path, and no table changes', async () => {
    const acmeBefore = await api.ok(op.TenantByName, { accountName: 'acme' });
    const connectionBefore = await api.db.idpConnection.findUnique({ where: { id: (await api.db.idpConnection.findFirstOrThrow()).id } });
    for (const [name, run, code, field] of cases()) {
      const before = await tableCounts(api);
      const errors = await run();
      expect(errors, name).toHaveLength(1);
      expect(errors[0], name).toMatchObject({ code, field });
      expect(await tableCounts(api), name).toEqual(before);
    }
    expect(await api.ok(op.TenantByName, { accountName: 'acme' })).toEqual(acmeBefore);
    expect(await api.db.idpConnection.findUnique({ where: { id: connectionBefore!.id } })).toEqual(connectionBefore);
  });

  it('R30 covers every mutation of the schema', async () => {
    const { schema } = await import('../../src/graphql/schema.ts');
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    const covered = new Set(cases().map(([name]) => name.split(':')[0]));
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
  });

  it('a type error in the variables is a GraphQL validation error, not a crash', async () => {
    const result = await api.post(JSON.stringify({ query: 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }', variables: { i: { accountName: 5 } } }), {
      authorization: `Bearer ${api.operatorToken}`,
    });
    const body = (await result.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/accountName|displayName/);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });
});
