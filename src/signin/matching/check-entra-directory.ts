// R05: a Microsoft user must come from the Entra ID directory (tenant / domain) linked to the account.
import { failSignIn } from '../sign-in-error.ts';
import { externalUsername, type MatchInput } from './context.ts';

export async function checkEntraDirectory({ tenant, connection, identity }: MatchInput): Promise<void> {
  if (connection.provider !== 'MICROSOFT' && connection.provider !== 'AZURE') return;
  const username = externalUsername(identity);
  if (connection.entraTenantId && identity.entraTenantId !== connection.entraTenantId) {
    failSignIn('MICROSOFT_WRONG_TENANT', `The user's Entra tenant ${identity.entraTenantId ?? '(none given)'} differs from the tenant ${connection.entraTenantId} linked to the account ${tenant.accountName}.`, {
      microsoftUsername: username,
      accountName: tenant.accountName,
    });
  }
  if (connection.entraDomain) {
    const domain = username.split('@')[1]?.toLowerCase();
    if (domain !== connection.entraDomain && !domain?.endsWith(`.${connection.entraDomain}`)) {
      failSignIn('MICROSOFT_WRONG_TENANT', `The user's domain ${domain ?? '(none)'} is not the domain ${connection.entraDomain} linked to the account ${tenant.accountName}.`, {
        microsoftUsername: username,
        accountName: tenant.accountName,
      });
    }
  }
}
