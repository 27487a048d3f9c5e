// R04 / R05: switching accounts. A signed-in person may move to another of their
// accounts only when it has SSO with the same provider, linked to the same Salesforce
// org or Entra directory, and a user there matches them.
import type { Db } from '../db/client.ts';
import type { IdpConnection, Tenant, User } from '../db/generated/sqlite/client.ts';
import { renderMessage, type FailureCode } from '../../common/failures/catalog.ts';
import { isConnectionComplete } from '../domain/signin/login-options.ts';
import { SignInError } from './sign-in-error.ts';
import type { ExternalIdentity } from './identity.ts';
import { matchUser } from './matching/index.ts';
import { sameSalesforceOrg } from './matching/check-salesforce-org.ts';
import type { ActiveSession } from './sessions.ts';

export interface SwitchOption {
  tenant: Tenant;
  current: boolean;
  possible: boolean;
  code: FailureCode | null;
  message: string | null;
  /** When possible: where the person lands. */
  connection: IdpConnection | null;
  user: User | null;
}

const family = (provider: string) => (provider === 'AZURE' ? 'MICROSOFT' : provider);

function sameDirectory(connection: IdpConnection, identity: ExternalIdentity): boolean {
  if (family(connection.provider) === 'SALESFORCE') return !!identity.salesforceOrgId && !!connection.salesforceOrgId && sameSalesforceOrg(connection.salesforceOrgId, identity.salesforceOrgId);
  if (family(connection.provider) === 'MICROSOFT') return !connection.entraTenantId || connection.entraTenantId === identity.entraTenantId;
  return connection.oidcIssuer === identity.issuer || connection.samlEntityId === identity.issuer;
}

/** The accounts that hold a user carrying one of this identity's identifiers. */
async function candidateTenants(db: Db, identity: ExternalIdentity): Promise<Tenant[]> {
  const or = [
    identity.email ? { email: identity.email.toLowerCase() } : null,
    identity.username ? { username: identity.username } : null,
    identity.externalId ? { externalId: identity.externalId } : null,
  ].filter((x): x is NonNullable<typeof x> => x !== null);
  if (!or.length) return [];
  const rows = await db.user.findMany({ where: { OR: or }, select: { tenantId: true }, distinct: ['tenantId'], take: 200 });
  return db.tenant.findMany({ where: { id: { in: rows.map((r) => r.tenantId) } }, include: { connections: true }, orderBy: { accountName: 'asc' } });
}

function refusal(tenant: Tenant, code: FailureCode, provider: string): SwitchOption {
  return { tenant, current: false, possible: false, code, message: renderMessage(code, { accountName: tenant.accountName, provider: providerName(provider) }), connection: null, user: null };
}

const providerName = (p: string) => ({ SALESFORCE: 'Salesforce', MICROSOFT: 'Microsoft', AZURE: 'Microsoft', OKTA: 'Okta' })[p] ?? 'your identity provider';

export async function switchOptions(db: Db, active: ActiveSession): Promise<SwitchOption[]> {
  const { identity } = active;
  const tenants = (await candidateTenants(db, identity)) as (Tenant & { connections: IdpConnection[] })[];
  const options: SwitchOption[] = [];
  for (const { connections, ...tenant } of tenants) {
    if (tenant.id === active.tenant.id) {
      options.push({ tenant, current: true, possible: false, code: null, message: null, connection: null, user: active.user });
      continue;
    }
    const usable = tenant.ssoEntitled && tenant.ssoEnabled ? connections.filter(isConnectionComplete) : [];
    if (!usable.length) { options.push(refusal(tenant, 'SSO_NOT_CONFIGURED', identity.provider)); continue; }
    const sameProvider = usable.filter((c) => family(c.provider) === family(identity.provider));
    if (!sameProvider.length) { options.push(refusal(tenant, 'ACCOUNT_SWITCH_PROVIDER_MISMATCH', identity.provider)); continue; }
    const linked = sameProvider.find((c) => sameDirectory(c, identity));
    if (!linked) { options.push(refusal(tenant, 'ACCOUNT_SWITCH_ORG_MISMATCH', identity.provider)); continue; }
    try {
      const match = await matchUser({ db, tenant, connection: linked, identity });
      options.push({ tenant, current: false, possible: true, code: null, message: null, connection: linked, user: match.user });
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      options.push({ tenant, current: false, possible: false, code: error.failure.code, message: renderMessage(error.failure.code, { ...error.failure.params, accountName: tenant.accountName }), connection: null, user: null });
    }
  }
  return options;
}
