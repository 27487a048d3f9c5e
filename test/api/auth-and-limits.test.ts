// Authentication, roles, query limits, and the number of SQL statements per request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import * as op from '../graphql/operations.ts';

describe('authentication and roles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('R30 no token, no data: every query and mutation answers UNAUTHENTICATED with HTTP 401', async () => {
    const q = await api.gql(op.Tenants, {}, null);
    expect(q.status).toBe(401);
    expect(q.data).toBeNull();
    expect(q.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const m = await api.gql(op.CreateTenant, { input: { accountName: 'sneaky', displayName: 'x' } }, null);
    expect(m.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.db.tenant.count()).toBe(0);
    const wrong = await api.gql(op.Tenants, {}, 'sso_this-token-does-not-exist');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('R16 only the platform operator sets the SSO entitlement; withdrawing it switches SSO off', async () => {
    const tenant = (await api.ok(op.CreateTenant, { input: { accountName: 'acme', displayName: 'Acme' } })).createTenant.tenant!;
    const admin = (await api.ok(op.CreateApiToken, { input: { name: 'acme admin', role: 'TENANT_ADMIN', tenantId: tenant.id } })).createApiToken.token!;
    const refused = await api.ok(op.SetSsoEntitlement, { input: { tenantId: tenant.id, entitled: true } }, admin);
    expect(refused.setSsoEntitlement).toEqual({ tenant: null, userErrors: [{ code: 'FORBIDDEN', field: [], message: 'Only the platform operator can set the SSO entitlement.' }] });
    const granted = await api.ok(op.SetSsoEntitlement, { input: { tenantId: tenant.id, entitled: true } });
    expect(granted.setSsoEntitlement.tenant).toMatchObject({ ssoEntitled: true, ssoEnabled: false });
    // The admin sees the flag but cannot change it.
    expect((await api.ok(op.TenantByName, { accountName: 'acme' }, admin)).tenant?.ssoEntitled).toBe(true);
    await api.db.tenant.update({ where: { id: (await api.db.tenant.findFirstOrThrow()).id }, data: { ssoEnabled: true } });
    const withdrawn = await api.ok(op.SetSsoEntitlement, { input: { tenantId: tenant.id, entitled: false } });
    expect(withdrawn.setSsoEntitlement.tenant).toMatchObject({ ssoEntitled: false, ssoEnabled: false });
  });

  it('R30 tokens are stored hashed, shown once, and stop working when revoked', async () => {
    const created = (await api.ok(op.CreateApiToken, { input: { name: 'ci', role: 'OPERATOR' } })).createApiToken;
    expect(created.token).toMatch(/^sso_/);
    const row = await api.db.apiToken.findUniqueOrThrow({ where: { id: (await api.db.apiToken.findFirstOrThrow({ where: { name: 'ci' } })).id } });
    expect(JSON.stringify(row)).not.toContain(created.token!);
    expect(row.prefix).toBe(created.token!.slice(0, 10));
    expect((await api.ok(op.Viewer, {}, created.token)).viewer.role).toBe('OPERATOR');
    await api.ok(op.RevokeApiToken, { input: { id: created.apiToken!.id } });
    const after = await api.gql(op.Viewer, {}, created.token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('query limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_MAX_BODY_BYTES: '20000', GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '3000' });
  });
  afterAll(() => api.close());

  const send = async (query: string) => {
    const response = await api.post(JSON.stringify({ query }), { authorization: `Bearer ${api.operatorToken}` });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };

  it('refuses a query deeper than the limit, saying so', async () => {
    const { body } = await send('{ tenants { edges { node { connections { edges { node { tenant { users { edges { node { id } } } } } } } } } } }');
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/too deep: depth \d+ exceeds the limit of 6/), extensions: { code: 'QUERY_LIMIT_EXCEEDED' } });
    expect(body.data ?? null).toBeNull();
  });

  it('refuses a query whose page sizes make it too costly', async () => {
    const { body } = await send('{ tenants(first: 500) { edges { node { users(first: 500) { totalCount } } } } }');
    expect(body.errors?.[0]?.message).toMatch(/too costly: cost \d+ exceeds the limit of 3000/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const { body } = await send(`{ ${aliases} }`);
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const { status, body } = await send(`{ viewer { role } } # ${'x'.repeat(30_000)}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({ message: 'Request body exceeds the limit of 20000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});

describe('SQL statements per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const tenantId = (await api.ok(op.CreateTenant, { input: { accountName: 'acme', displayName: 'Acme' } })).createTenant.tenant!.id;
    await api.ok(op.CreateConnection, { input: { tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC' } });
    await api.ok(op.CreateConnection, { input: { tenantId, name: 'Salesforce', provider: 'SALESFORCE', protocol: 'OIDC' } });
    await api.ok(op.ImportUsers, { input: { tenantId, users: Array.from({ length: 600 }, (_, i) => ({ username: `u${i}`, email: `u${i}@acme.example` })) } });
  });
  afterAll(() => api.close());

  it('R30 the admin overview (tenant + connections + a page of users) costs at most 3 statements, whatever the page size', async () => {
    await api.ok(op.AdminOverview, { accountName: 'acme', first: 1 }); // warm the token cache
    for (const first of [10, 100, 500]) {
      api.sql.length = 0;
      const data = await api.ok(op.AdminOverview, { accountName: 'acme', first });
      expect(data.tenant!.users.edges).toHaveLength(first);
      expect(api.sql.length, `first: ${first}\n${api.sql.join('\n')}`).toBeLessThanOrEqual(3);
    }
  });

  it('caps a page at 500 rows and says there is more', async () => {
    const data = await api.ok(op.AdminOverview, { accountName: 'acme', first: 501 });
    expect(data.tenant!.users.edges).toHaveLength(500);
    expect(data.tenant!.users.pageInfo.hasNextPage).toBe(true);
  });
});
