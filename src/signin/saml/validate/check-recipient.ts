// Rule: each bearer SubjectConfirmationData names as Recipient exactly the ACS URL the
// response was posted to (signed proof of the intended address, SAML profiles 4.1.4.2).
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';
import { bearerConfirmations } from './check-subject-confirmation.ts';
import { sameUrl } from './urls.ts';

export function checkRecipient(facts: ResponseFacts, ctx: CheckContext): void {
  for (const c of bearerConfirmations(facts)) {
    if (c.recipient === undefined) return failSignIn('SAML_RECIPIENT_MISMATCH', 'the bearer SubjectConfirmationData has no Recipient');
    if (!sameUrl(c.recipient, ctx.acsUrl)) {
      return failSignIn('SAML_RECIPIENT_MISMATCH', `the Assertion's Recipient is ${shown(c.recipient)} but it was posted to ${shown(ctx.acsUrl)}`);
    }
  }
}
