// Which SSO buttons the login page shows for an account, and why none (R01, R02).
// The login page and the public GraphQL query loginOptions both read this.
import type { Db } from '../../db/client.ts';
import type { IdpConnection, Tenant } from '../../db/generated/sqlite/client.ts';
import { FAILURE_CATALOG, renderMessage, type FailureCode } from '../../../common/failures/catalog.ts';
import { accountKey } from '../tenants/input.ts';

import type { Audience } from './audience.ts';

export interface LoginButton {
  connectionId: string;
  provider: IdpConnection['provider'];
  protocol: IdpConnection['protocol'];
  label: string;
  /** Path on this site that starts the sign-in. */
  startPath: string;
}

export interface LoginOptions {
  accountName: string | null;
  /** The tenant, when the account exists. */
  tenant: Tenant | null;
  buttons: LoginButton[];
  /** Why there are no buttons: a catalog code and its message. */
  reason: { code: FailureCode; message: string; cause: string } | null;
}

const PROVIDER_LABEL: Record<IdpConnection['provider'], string> = {
  SALESFORCE: 'Salesforce',
  MICROSOFT: 'Microsoft',
  AZURE: 'Microsoft (Azure)',
  OKTA: 'Okta',
  GENERIC: 'single sign-on',
};

/** A connection holds everything its protocol needs to sign someone in. */
export function isConnectionComplete(c: IdpConnection): boolean {
  if (c.protocol === 'OIDC') return Boolean(c.oidcIssuer && c.oidcClientId && c.oidcClientSecretEncrypted);
  return Boolean(c.samlEntityId && c.samlSsoUrl && (JSON.parse(c.samlSigningCertificates) as string[]).length > 0);
}

export function loginUrlExample(publicUrl: string, accountName = 'AccountName'): string {
  return `${publicUrl}/login?account=${encodeURIComponent(accountName)}`;
}

function because(code: FailureCode, params: Record<string, string>) {
  return { code, message: renderMessage(code, params), cause: FAILURE_CATALOG[code].cause };
}

export async function loginOptions(db: Db, publicUrl: string, rawAccount: string | null | undefined, audience: Audience = 'user'): Promise<LoginOptions> {
  const accountName = rawAccount?.trim() || null;
  if (!accountName) {
    return { accountName, tenant: null, buttons: [], reason: because('ACCOUNT_PARAMETER_MISSING', { loginUrlExample: loginUrlExample(publicUrl) }) };
  }
  const tenant = await db.tenant.findUnique({ where: { accountKey: accountKey(accountName) }, include: { connections: { orderBy: { id: 'asc' } } } });
  if (!tenant) return { accountName, tenant: null, buttons: [], reason: because('ACCOUNT_UNKNOWN', { accountName }) };
  const usable = tenant.ssoEntitled && tenant.ssoEnabled ? tenant.connections.filter(isConnectionComplete) : [];
  if (usable.length === 0) {
    return { accountName: tenant.accountName, tenant, buttons: [], reason: because('SSO_NOT_CONFIGURED', { accountName: tenant.accountName }) };
  }
  const buttons = usable.map((c) => ({
    connectionId: c.id,
    provider: c.provider,
    protocol: c.protocol,
    label: `Sign in with ${PROVIDER_LABEL[c.provider]}${usable.filter((o) => o.provider === c.provider).length > 1 ? ` (${c.name})` : ''}`,
    startPath: `/sso/start?account=${encodeURIComponent(tenant.accountName)}&connection=${encodeURIComponent(c.id)}&audience=${audience}`,
  }));
  const { connections: _omit, ...plain } = tenant;
  return { accountName: tenant.accountName, tenant: plain, buttons, reason: null };
}
