// Builds accounts through the API itself (as an operator would), for tests to act on.
import type { TestApi } from './api.ts';
import { CreateApiToken, CreateConnection, CreateTenant, CreateUser } from '../graphql/operations.ts';

export interface AccountFixture {
  tenantId: string;
  accountName: string;
  connectionId: string;
  userId: string;
  adminToken: string;
  adminTokenId: string;
}

export async function createAccount(api: TestApi, accountName: string): Promise<AccountFixture> {
  const tenant = (await api.ok(CreateTenant, { input: { accountName, displayName: `${accountName} Ltd` } })).createTenant.tenant!;
  const connection = (
    await api.ok(CreateConnection, {
      input: {
        tenantId: tenant.id, name: 'Okta', provider: 'OKTA', protocol: 'OIDC',
        oidc: { issuer: 'https://idp.example/okta', clientId: `${accountName}-client`, clientSecret: `secret-of-${accountName}` },
      },
    })
  ).createIdpConnection.connection!;
  const user = (await api.ok(CreateUser, { input: { tenantId: tenant.id, username: 'someone', email: `someone@${accountName}.example` } })).createUser.user!;
  const token = (await api.ok(CreateApiToken, { input: { name: `${accountName} admin`, role: 'TENANT_ADMIN', tenantId: tenant.id } })).createApiToken;
  return { tenantId: tenant.id, accountName, connectionId: connection.id, userId: user.id, adminToken: token.token!, adminTokenId: token.apiToken!.id };
}

/** Row counts of every table: "nothing was written" means this did not change. */
export async function tableCounts(api: TestApi) {
  const db = api.db;
  const [tenants, connections, users, tokens, audit] = await Promise.all([
    db.tenant.count(), db.idpConnection.count(), db.user.count(), db.apiToken.count(), db.auditEvent.count(),
  ]);
  return { tenants, connections, users, tokens, audit };
}
