// R08 / R09: matching by email needs an email the IdP vouches for.
import { failSignIn } from '../sign-in-error.ts';
import { externalUsername, type MatchInput } from './context.ts';

export async function checkIdentifierAvailable({ connection, identity }: MatchInput): Promise<void> {
  if (connection.identifierField !== 'EMAIL') return;
  const username = externalUsername(identity);
  if (connection.provider === 'SALESFORCE' && identity.email && identity.emailVerified === false) {
    failSignIn('SALESFORCE_EMAIL_UNVERIFIED', `Salesforce reports the email ${identity.email} of ${username} as unverified, and users are matched by email.`, { salesforceUsername: username });
  }
  if ((connection.provider === 'MICROSOFT' || connection.provider === 'AZURE') && !identity.email) {
    failSignIn('MICROSOFT_NO_EMAIL', `Microsoft sent no email for ${username}, and users are matched by email.`, { microsoftUsername: username });
  }
}
