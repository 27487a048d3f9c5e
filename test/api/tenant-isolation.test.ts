// A tenant admin token of account A sees account B's objects nowhere: not in lists,
// not by name, not through node(id:), and every mutation aimed at B answers exactly as
// it does for an id that matches nothing. B is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from '../support/api.ts';
import { createAccount, type AccountFixture } from '../support/fixtures.ts';
import * as op from '../graphql/operations.ts';

describe('tenant isolation (R30)', () => {
  let api: TestApi;
  let a: AccountFixture;
  let b: AccountFixture;
  let bAuditEventId: string;
  const missing = (type: string) => encodeGlobalID(type, '01900000-0000-7000-8000-000000000000');

  beforeAll(async () => {
    api = await startTestApi();
    a = await createAccount(api, 'alpha');
    b = await createAccount(api, 'bravo');
    const bTenant = await api.db.tenant.findFirst({ where: { accountKey: 'bravo' } });
    const events = await api.db.auditEvent.findFirst({ where: { tenantId: bTenant!.id, action: 'tenant.create' } });
    bAuditEventId = encodeGlobalID('AuditEvent', events!.id);
  });
  afterAll(() => api.close());

  it('R30 lists and lookups show only the own tenant', async () => {
    const tenants = await api.ok(op.Tenants, {}, a.adminToken);
    expect(tenants.tenants.edges.map((e) => e.node.accountName)).toEqual(['alpha']);
    expect((await api.ok(op.TenantByName, { accountName: 'bravo' }, a.adminToken)).tenant).toBeNull();
    const viewer = await api.ok(op.Viewer, {}, a.adminToken);
    expect(viewer.viewer).toEqual({ role: 'TENANT_ADMIN', name: 'alpha admin', tenant: { accountName: 'alpha' } });
    const audit = await api.ok(op.AuditEvents, { first: 500 }, a.adminToken);
    const bIds = new Set([b.tenantId, b.connectionId, b.userId, b.adminTokenId]);
    expect(audit.auditEvents.edges.some((e) => bIds.has(e.node.targetId))).toBe(false);
    expect(audit.auditEvents.edges.length).toBeGreaterThan(0);
  });

  it('R30 node(id:) and nodes(ids:) return null for every object of another tenant, as for a missing one', async () => {
    const foreign = [b.tenantId, b.connectionId, b.userId, b.adminTokenId, bAuditEventId];
    for (const id of foreign) {
      expect((await api.ok(op.Node, { id }, a.adminToken)).node, id).toBeNull();
      expect((await api.ok(op.Node, { id }, api.operatorToken)).node?.id, id).toBe(id);
    }
    expect((await api.ok(op.Nodes, { ids: foreign }, a.adminToken)).nodes).toEqual(foreign.map(() => null));
    expect((await api.ok(op.Node, { id: a.userId }, a.adminToken)).node?.id).toBe(a.userId);
  });

  it('R30 every mutation aimed at another tenant answers as for an id that matches nothing, and changes nothing', async () => {
    const bBefore = await api.ok(op.TenantByName, { accountName: 'bravo' });
    const cases: [string, (target: 'foreign' | 'missing') => Promise<unknown>][] = [
      ['updateTenant', async (t) => (await api.ok(op.UpdateTenant, { input: { id: t === 'foreign' ? b.tenantId : missing('Tenant'), displayName: 'hijacked' } }, a.adminToken)).updateTenant.userErrors],
      ['createIdpConnection', async (t) => (await api.ok(op.CreateConnection, { input: { tenantId: t === 'foreign' ? b.tenantId : missing('Tenant'), name: 'x', provider: 'OKTA', protocol: 'OIDC' } }, a.adminToken)).createIdpConnection.userErrors],
      ['updateIdpConnection', async (t) => (await api.ok(op.UpdateConnection, { input: { id: t === 'foreign' ? b.connectionId : missing('IdpConnection'), name: 'hijacked' } }, a.adminToken)).updateIdpConnection.userErrors],
      ['deleteIdpConnection', async (t) => (await api.ok(op.DeleteConnection, { input: { id: t === 'foreign' ? b.connectionId : missing('IdpConnection') } }, a.adminToken)).deleteIdpConnection.userErrors],
      ['createUser', async (t) => (await api.ok(op.CreateUser, { input: { tenantId: t === 'foreign' ? b.tenantId : missing('Tenant'), username: 'intruder' } }, a.adminToken)).createUser.userErrors],
      ['updateUser', async (t) => (await api.ok(op.UpdateUser, { input: { id: t === 'foreign' ? b.userId : missing('User'), email: 'x@evil.example' } }, a.adminToken)).updateUser.userErrors],
      ['deleteUser', async (t) => (await api.ok(op.DeleteUser, { input: { id: t === 'foreign' ? b.userId : missing('User') } }, a.adminToken)).deleteUser.userErrors],
      ['importUsers', async (t) => (await api.ok(op.ImportUsers, { input: { tenantId: t === 'foreign' ? b.tenantId : missing('Tenant'), users: [{ username: 'intruder' }] } }, a.adminToken)).importUsers.userErrors],
      ['createApiToken', async (t) => (await api.ok(op.CreateApiToken, { input: { name: 'x', role: 'TENANT_ADMIN', tenantId: t === 'foreign' ? b.tenantId : missing('Tenant') } }, a.adminToken)).createApiToken.userErrors],
      ['revokeApiToken', async (t) => (await api.ok(op.RevokeApiToken, { input: { id: t === 'foreign' ? b.adminTokenId : missing('ApiToken') } }, a.adminToken)).revokeApiToken.userErrors],
      // Operator-only: refused the same way whatever the target.
      ['deleteTenant', async (t) => (await api.ok(op.DeleteTenant, { input: { id: t === 'foreign' ? b.tenantId : missing('Tenant') } }, a.adminToken)).deleteTenant.userErrors],
      ['setSsoEntitlement', async (t) => (await api.ok(op.SetSsoEntitlement, { input: { tenantId: t === 'foreign' ? b.tenantId : missing('Tenant'), entitled: true } }, a.adminToken)).setSsoEntitlement.userErrors],
    ];
    for (const [name, run] of cases) {
      const foreign = (await run('foreign')) as { code: string }[];
      const absent = await run('missing');
      expect(foreign, name).toEqual(absent);
      expect(['NOT_FOUND', 'FORBIDDEN'], name).toContain(foreign[0]?.code);
    }
    expect(await api.ok(op.TenantByName, { accountName: 'bravo' })).toEqual(bBefore);
    expect(await api.db.user.count({ where: { username: 'intruder' } })).toBe(0);
  });

  it('R30 a tenant admin cannot mint operator tokens nor create tenants', async () => {
    const token = await api.ok(op.CreateApiToken, { input: { name: 'escalate', role: 'OPERATOR' } }, a.adminToken);
    expect(token.createApiToken.userErrors[0]?.code).toBe('FORBIDDEN');
    const tenant = await api.ok(op.CreateTenant, { input: { accountName: 'mine', displayName: 'Mine' } }, a.adminToken);
    expect(tenant.createTenant.userErrors[0]?.code).toBe('FORBIDDEN');
  });
});
