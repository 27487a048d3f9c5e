// Demo data that mirrors the seeds' examples: a Salesforce-linked account and a second
// account on the same org (switching accounts, R04/R05), a Microsoft Entra account, an
// Okta SAML account, and one without SSO. Users include the documented troublemakers:
// two people sharing an email ("Multiple users found") and a user with no email.
// Idempotent: an account that already exists is left as it is. Everything goes through
// the domain services, so the demo data is validated and audited like real changes.
import type { Db } from '../src/db/client.ts';
import type { SecretBox } from '../src/security/secret-box.ts';
import type { ServiceContext } from '../src/domain/context.ts';
import { createTenant, setSsoEntitlement } from '../src/domain/tenants/service.ts';
import { createConnection } from '../src/domain/connections/service.ts';
import { importUsers } from '../src/domain/users/import.ts';
import { accountKey } from '../src/domain/tenants/input.ts';
import { importSamlMetadata } from '../src/domain/connections/metadata/import.ts';

export const DEMO_SALESFORCE_ORG = '00D000000000001AAA';
export const DEMO_ENTRA_TENANT = '11111111-2222-4333-8444-555555555555';

interface DemoAccount {
  accountName: string;
  displayName: string;
  entitled: boolean;
  connection?: Record<string, unknown>;
  users: Record<string, unknown>[];
}

export function demoAccounts(sandboxUrl: string): DemoAccount[] {
  return [
    {
      accountName: 'AcmeSupport',
      displayName: 'Acme Support (Salesforce SSO)',
      entitled: true,
      connection: {
        name: 'Salesforce', provider: 'SALESFORCE', protocol: 'OIDC', identifierField: 'EMAIL', salesforceOrgId: DEMO_SALESFORCE_ORG,
        oidc: { issuer: `${sandboxUrl}/salesforce/${DEMO_SALESFORCE_ORG}`, clientId: 'acme-support', clientSecret: 'demo-secret-acme-support' },
      },
      users: [
        { username: 'admin', email: 'admin@acme.example', isAdmin: true, passwordSignInAllowed: true, displayName: 'Dana Whitfield' },
        { username: 'sally', email: 'sally@acme.example', displayName: 'Sally Okafor' },
        { username: 'amy.agent', email: 'amy@acme.example', kind: 'AGENT', displayName: 'Amy Chen' },
        { username: 'pat', email: 'shared@acme.example', displayName: 'Pat Morgan' },
        { username: 'sam', email: 'shared@acme.example', displayName: 'Sam Morgan' },
        { username: 'noor.haddad', displayName: 'Noor Haddad' },
      ],
    },
    {
      accountName: 'AcmeSales',
      displayName: 'Acme Sales (same Salesforce org)',
      entitled: true,
      connection: {
        name: 'Salesforce', provider: 'SALESFORCE', protocol: 'OIDC', identifierField: 'EMAIL', salesforceOrgId: DEMO_SALESFORCE_ORG,
        oidc: { issuer: `${sandboxUrl}/salesforce/${DEMO_SALESFORCE_ORG}`, clientId: 'acme-sales', clientSecret: 'demo-secret-acme-sales' },
      },
      users: [
        { username: 'admin', email: 'admin@acme.example', isAdmin: true, displayName: 'Dana Whitfield' },
        { username: 'sally', email: 'sally@acme.example', displayName: 'Sally Okafor' },
      ],
    },
    {
      accountName: 'ContosoCare',
      displayName: 'Contoso Care (Microsoft Entra ID)',
      entitled: true,
      connection: {
        name: 'Microsoft', provider: 'MICROSOFT', protocol: 'OIDC', identifierField: 'EMAIL', entraTenantId: DEMO_ENTRA_TENANT, entraDomain: 'contoso.example',
        oidc: { issuer: `${sandboxUrl}/microsoft/${DEMO_ENTRA_TENANT}/v2.0`, clientId: 'contoso-care', clientSecret: 'demo-secret-contoso' },
      },
      users: [
        { username: 'admin@contoso.example', email: 'admin@contoso.example', isAdmin: true, displayName: 'Alex Wilber' },
        { username: 'megan@contoso.example', email: 'megan@contoso.example', displayName: 'Megan Bowen' },
        { username: 'adele@contoso.example', kind: 'AGENT', displayName: 'Adele Vance' },
      ],
    },
    {
      accountName: 'GlobexContact',
      displayName: 'Globex Contact Center (Okta SAML)',
      entitled: true,
      connection: {
        name: 'Okta', provider: 'OKTA', protocol: 'SAML', identifierField: 'EMAIL',
        saml: { entityId: `${sandboxUrl}/okta/globex/saml`, ssoUrl: `${sandboxUrl}/okta/globex/saml/sso`, metadataUrl: `${sandboxUrl}/okta/globex/saml/metadata` },
      },
      users: [
        { username: 'admin', email: 'admin@globex.example', isAdmin: true, displayName: 'Grace Holt' },
        { username: 'hank', email: 'hank@globex.example', kind: 'AGENT', externalId: '00u1hank', displayName: 'Hank Alvarez' },
      ],
    },
    { accountName: 'InitechNoSso', displayName: 'Initech (no SSO)', entitled: false, users: [{ username: 'admin', email: 'admin@initech.example', isAdmin: true, displayName: 'Joanna Reyes' }] },
  ];
}

export async function seedDemoData(db: Db, secrets: SecretBox, sandboxUrl: string): Promise<{ created: string[] }> {
  const ctx: ServiceContext = { db, secrets, viewer: { role: 'OPERATOR', tokenId: 'seed', name: 'demo seed' } };
  const created: string[] = [];
  for (const account of demoAccounts(sandboxUrl)) {
    if (await db.tenant.findUnique({ where: { accountKey: accountKey(account.accountName) } })) continue;
    const tenant = await createTenant(ctx, { accountName: account.accountName, displayName: account.displayName });
    if (account.entitled) await setSsoEntitlement(ctx, tenant.id, true);
    if (account.connection) await createConnection(ctx, tenant.id, account.connection);
    await importUsers(ctx, tenant.id, account.users);
    // Demo only: switched on directly so the demo is clickable at once. A real account
    // goes through enableSso, which needs test sign-ins through each connection first.
    if (account.entitled) await db.tenant.update({ where: { id: tenant.id }, data: { ssoEnabled: true } });
    created.push(account.accountName);
  }
  return { created };
}

/**
 * The sandbox makes new signing keys at every start: demo SAML connections that point
 * at its metadata re-import it (with the product's own importSamlMetadata).
 */
export async function refreshSandboxMetadata(db: Db, secrets: SecretBox, sandboxUrl: string): Promise<number> {
  const ctx: ServiceContext = { db, secrets, viewer: { role: 'OPERATOR', tokenId: 'seed', name: 'demo seed' } };
  const connections = await db.idpConnection.findMany({ where: { protocol: 'SAML', samlMetadataUrl: { startsWith: `${sandboxUrl}/` } } });
  for (const connection of connections) {
    await importSamlMetadata(ctx, connection.id, { url: connection.samlMetadataUrl!, apply: true }, { allowPrivateNetworks: true });
  }
  return connections.length;
}
