// Users and agents (R19): CRUD, filters, pagination, and the all-or-nothing import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import { tableCounts } from '../support/fixtures.ts';
import * as op from '../graphql/operations.ts';

describe('users, agents and bulk import', () => {
  let api: TestApi;
  let tenantId: string;

  beforeAll(async () => {
    api = await startTestApi();
    tenantId = (await api.ok(op.CreateTenant, { input: { accountName: 'acme', displayName: 'Acme' } })).createTenant.tenant!.id;
  });
  afterAll(() => api.close());

  it('R19 creates users and agents with matching emails; duplicate emails and external IDs are storable', async () => {
    const u1 = await api.ok(op.CreateUser, { input: { tenantId, username: 'pat', email: 'Shared@Acme.Example', externalId: 'ext-1' } });
    const u2 = await api.ok(op.CreateUser, { input: { tenantId, username: 'sam', email: 'shared@acme.example', externalId: 'ext-1', kind: 'AGENT' } });
    expect(u1.createUser.user).toMatchObject({ username: 'pat', email: 'shared@acme.example', kind: 'USER', isAdmin: false, passwordSignInAllowed: true });
    expect(u2.createUser.user).toMatchObject({ username: 'sam', kind: 'AGENT' });
    const byEmail = await api.ok(op.TenantUsers, { accountName: 'acme', email: 'SHARED@acme.example' });
    expect(byEmail.tenant!.users.totalCount).toBe(2);
    const agents = await api.ok(op.TenantUsers, { accountName: 'acme', kind: 'AGENT' });
    expect(agents.tenant!.users.edges.map((e) => e.node.username)).toEqual(['sam']);
    const byExt = await api.ok(op.TenantUsers, { accountName: 'acme', externalId: 'ext-1', username: 'pat' });
    expect(byExt.tenant!.users.edges.map((e) => e.node.username)).toEqual(['pat']);
  });

  it('R19 updates and deletes a user; null clears an optional field', async () => {
    const id = (await api.ok(op.CreateUser, { input: { tenantId, username: 'temp', email: 'temp@acme.example' } })).createUser.user!.id;
    const updated = await api.ok(op.UpdateUser, { input: { id, email: null, externalId: 'T-1', username: 'temp2' } });
    expect(updated.updateUser.user).toMatchObject({ username: 'temp2', email: null, externalId: 'T-1' });
    await api.ok(op.DeleteUser, { input: { id } });
    expect((await api.ok(op.Node, { id })).node).toBeNull();
  });

  it('R19 imports users and agents in bulk, all of them, paging through them afterwards', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => ({ username: `bulk-${String(i).padStart(4, '0')}`, email: `bulk-${i}@acme.example`, kind: i % 3 === 0 ? ('AGENT' as const) : ('USER' as const) }));
    const result = await api.ok(op.ImportUsers, { input: { tenantId, users: rows } });
    expect(result.importUsers).toEqual({ importedCount: 1_200, userErrors: [] });
    let after: string | null | undefined;
    const seen: string[] = [];
    do {
      const page = (await api.ok(op.TenantUsers, { accountName: 'acme', first: 500, after, username: undefined })).tenant!.users;
      seen.push(...page.edges.map((e) => e.node.username));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.filter((u) => u.startsWith('bulk-'))).toHaveLength(1_200);
    const events = await api.ok(op.AuditEvents, { first: 1 });
    expect(events.auditEvents.edges[0]!.node).toMatchObject({ action: 'user.import', after: JSON.stringify({ importedCount: 1200 }) });
  });

  it('R19 an import with one bad row writes nothing and names the row and field', async () => {
    const before = await tableCounts(api);
    const rows = Array.from({ length: 500 }, (_, i) => ({ username: `batch-${i}`, email: i === 321 ? 'not-an-email' : `batch-${i}@acme.example` }));
    const result = await api.ok(op.ImportUsers, { input: { tenantId, users: rows } });
    expect(result.importUsers.importedCount).toBe(0);
    expect(result.importUsers.userErrors).toEqual([{ code: 'INVALID_INPUT', row: 321, field: ['input', 'users', '321', 'email'], message: 'Not a valid email address.' }]);
    expect(await tableCounts(api)).toEqual(before);
  });

  it('R19 an import names usernames repeated in the file and usernames already taken', async () => {
    const before = await tableCounts(api);
    const result = await api.ok(op.ImportUsers, { input: { tenantId, users: [{ username: 'fresh-1' }, { username: 'fresh-1' }] } });
    expect(result.importUsers.userErrors).toEqual([{ code: 'CONFLICT', row: 1, field: ['input', 'users', '1', 'username'], message: 'The username "fresh-1" also appears in row 0.' }]);
    const taken = await api.ok(op.ImportUsers, { input: { tenantId, users: [{ username: 'fresh-2' }, { username: 'pat' }] } });
    expect(taken.importUsers.userErrors).toEqual([{ code: 'CONFLICT', row: 1, field: ['input', 'users', '1', 'username'], message: 'The username "pat" is already taken in this account.' }]);
    expect(await tableCounts(api)).toEqual(before);
  });

  it('R19 refuses more than 100,000 rows with LIMIT_EXCEEDED', async () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => ({ username: `u${i}` }));
    const result = await api.ok(op.ImportUsers, { input: { tenantId, users: rows } });
    expect(result.importUsers.userErrors).toEqual([{ code: 'LIMIT_EXCEEDED', row: null, field: ['input', 'users'], message: 'At most 100000 rows can be imported at once (got 100001).' }]);
  });
});
