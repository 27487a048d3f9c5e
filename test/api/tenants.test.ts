import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/index.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const CreateTenant = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant { id accountName displayName ssoEntitled ssoEnabled }
      userErrors { code field message }
    }
  }
`);

const UpdateTenant = graphql(`
  mutation UpdateTenant($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant { id accountName displayName }
      userErrors { code field message }
    }
  }
`);

const DeleteTenant = graphql(`
  mutation DeleteTenant($input: DeleteTenantInput!) {
    deleteTenant(input: $input) {
      tenant { id accountName }
      userErrors { code field message }
    }
  }
`);

const TenantByName = graphql(`
  query TenantByName($accountName: String!) {
    tenant(accountName: $accountName) { id accountName displayName }
  }
`);

const TenantsPage = graphql(`
  query TenantsPage($first: Int, $after: String) {
    tenants(first: $first, after: $after) {
      edges { cursor node { accountName } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

describe('tenants (R30)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('R30 creates, reads (case-insensitively by account name), renames and deletes a tenant', async () => {
    const created = await api.ok(CreateTenant, { input: { accountName: 'AcmeSupport', displayName: 'Acme Support' } });
    expect(created.createTenant.userErrors).toEqual([]);
    const tenant = created.createTenant.tenant!;
    expect(tenant).toMatchObject({ accountName: 'AcmeSupport', ssoEntitled: false, ssoEnabled: false });

    const found = await api.ok(TenantByName, { accountName: 'acmesupport' });
    expect(found.tenant?.id).toBe(tenant.id);

    const renamed = await api.ok(UpdateTenant, { input: { id: tenant.id, displayName: 'Acme Customer Support' } });
    expect(renamed.updateTenant.tenant?.displayName).toBe('Acme Customer Support');

    const deleted = await api.ok(DeleteTenant, { input: { id: tenant.id } });
    expect(deleted.deleteTenant.tenant?.accountName).toBe('AcmeSupport');
    expect((await api.ok(TenantByName, { accountName: 'AcmeSupport' })).tenant).toBeNull();
  });

  it('R02 refuses an account name that is not URL-safe, naming the field, and writes nothing', async () => {
    const before = await api.db.tenant.count();
    const result = await api.ok(CreateTenant, { input: { accountName: 'acme support?x=1', displayName: 'Acme' } });
    expect(result.createTenant.tenant).toBeNull();
    expect(result.createTenant.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'accountName'], message: expect.stringContaining('letters, digits') },
    ]);
    expect(await api.db.tenant.count()).toBe(before);
  });

  it('R30 refuses a taken account name (any case) with CONFLICT', async () => {
    await api.ok(CreateTenant, { input: { accountName: 'Globex', displayName: 'Globex' } });
    const before = await api.db.tenant.count();
    const result = await api.ok(CreateTenant, { input: { accountName: 'GLOBEX', displayName: 'Other' } });
    expect(result.createTenant.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'accountName'], message: 'The account name "GLOBEX" is already taken.' }]);
    expect(await api.db.tenant.count()).toBe(before);
  });

  it('R30 pages through tenants with cursors, oldest first, without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++) await api.ok(CreateTenant, { input: { accountName: `page-${i}`, displayName: `Page ${i}` } });
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = (await api.ok(TenantsPage, { first: 3, after })).tenants;
      seen.push(...page.edges.map((e) => e.node.accountName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const pages = seen.filter((n) => n.startsWith('page-'));
    expect(pages).toEqual(['page-0', 'page-1', 'page-2', 'page-3', 'page-4', 'page-5', 'page-6']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
