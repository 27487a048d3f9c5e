// Every configuration change leaves exactly one audit event, written with the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import * as op from '../graphql/operations.ts';

describe('audit log (R30)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('R30 each successful mutation records one event naming actor, action, target and before/after', async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    let tenantId = '';
    let connectionId = '';
    let userId = '';
    let tokenId = '';
    steps.push(['tenant.create', async () => (tenantId = (await api.ok(op.CreateTenant, { input: { accountName: 'acme', displayName: 'Acme' } })).createTenant.tenant!.id)]);
    steps.push(['tenant.update', () => api.ok(op.UpdateTenant, { input: { id: tenantId, displayName: 'Acme Inc' } })]);
    steps.push(['tenant.setSsoEntitlement', () => api.ok(op.SetSsoEntitlement, { input: { tenantId, entitled: true } })]);
    steps.push(['idpConnection.create', async () => (connectionId = (await api.ok(op.CreateConnection, { input: { tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC' } })).createIdpConnection.connection!.id)]);
    steps.push(['idpConnection.update', () => api.ok(op.UpdateConnection, { input: { id: connectionId, identifierField: 'USERNAME' } })]);
    steps.push(['user.create', async () => (userId = (await api.ok(op.CreateUser, { input: { tenantId, username: 'pat' } })).createUser.user!.id)]);
    steps.push(['user.update', () => api.ok(op.UpdateUser, { input: { id: userId, email: 'pat@acme.example' } })]);
    steps.push(['user.import', () => api.ok(op.ImportUsers, { input: { tenantId, users: [{ username: 'sam' }] } })]);
    steps.push(['user.delete', () => api.ok(op.DeleteUser, { input: { id: userId } })]);
    steps.push(['apiToken.create', async () => (tokenId = (await api.ok(op.CreateApiToken, { input: { name: 'x', role: 'TENANT_ADMIN', tenantId } })).createApiToken.apiToken!.id)]);
    steps.push(['apiToken.revoke', () => api.ok(op.RevokeApiToken, { input: { id: tokenId } })]);
    steps.push(['idpConnection.delete', () => api.ok(op.DeleteConnection, { input: { id: connectionId } })]);
    steps.push(['tenant.delete', () => api.ok(op.DeleteTenant, { input: { id: tenantId } })]);

    for (const [action, run] of steps) {
      const before = await api.db.auditEvent.count();
      await run();
      const events = await api.db.auditEvent.findMany({ orderBy: { id: 'desc' }, take: 1 });
      expect(await api.db.auditEvent.count(), action).toBe(before + 1);
      expect(events[0], action).toMatchObject({ action, actor: expect.stringMatching(/^operator:bootstrap operator \(token .+\)$/) });
    }
    const update = await api.db.auditEvent.findFirstOrThrow({ where: { action: 'tenant.update' } });
    expect(JSON.parse(update.before!).displayName).toBe('Acme');
    expect(JSON.parse(update.after!).displayName).toBe('Acme Inc');
    // Deleting the tenant keeps its history, readable by the operator.
    const history = await api.ok(op.AuditEvents, { first: 50 });
    expect(history.auditEvents.edges.map((e) => e.node.action)).toContain('tenant.create');
  });
});
