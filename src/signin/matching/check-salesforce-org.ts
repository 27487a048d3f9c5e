// R06 / R07: a Salesforce user must come from the org linked to the account in the URL.
import { failSignIn } from '../sign-in-error.ts';
import { externalUsername, type MatchInput } from './context.ts';

export async function checkSalesforceOrg({ db, tenant, connection, identity }: MatchInput): Promise<void> {
  if (connection.provider !== 'SALESFORCE' || !connection.salesforceOrgId) return;
  const org = identity.salesforceOrgId;
  if (org && sameSalesforceOrg(org, connection.salesforceOrgId)) return;
  const salesforceUsername = externalUsername(identity);
  // Is the user's org linked to any account with Salesforce SSO switched on?
  const linked = org
    ? (await db.idpConnection.findMany({ where: { provider: 'SALESFORCE', tenant: { ssoEnabled: true } }, select: { salesforceOrgId: true } })).some(
        (c) => c.salesforceOrgId && sameSalesforceOrg(c.salesforceOrgId, org),
      )
    : false;
  if (!linked) failSignIn('SALESFORCE_ORG_NOT_LINKED', `The user's Salesforce org ${org ?? '(none given)'} is linked to no account with Salesforce single sign-on enabled.`, { salesforceUsername });
  failSignIn(
    'SALESFORCE_WRONG_ORG',
    `The user's Salesforce org ${org} differs from the org ${connection.salesforceOrgId} linked to the account ${tenant.accountName}.`,
    { salesforceUsername, accountName: tenant.accountName },
  );
}

/** Salesforce shows org IDs as 15 (case-sensitive) or 18 characters; the first 15 decide. */
export function sameSalesforceOrg(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}
