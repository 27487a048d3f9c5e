// Rule: the response was meant for the address it arrived at. That address is one of this
// SP's two ACS URLs, and the Response's Destination names it exactly. Destination is
// required when the Response is signed (SAML bindings 3.5.5.2); when only the Assertion is
// signed the (then unauthenticated) Destination must still match if present, and the
// signed SubjectConfirmationData Recipient (check-recipient) carries the proof.
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';
import { sameUrl } from './urls.ts';

export function checkDestination(facts: ResponseFacts, ctx: CheckContext): void {
  const { user, agent } = ctx.sp.acsUrls;
  if (!sameUrl(ctx.acsUrl, user) && !sameUrl(ctx.acsUrl, agent)) {
    return failSignIn('SAML_RECIPIENT_MISMATCH', `the response was posted to ${shown(ctx.acsUrl)}, which is neither ACS URL of this SP`);
  }
  const destination = facts.response.destination;
  if (destination === undefined) {
    if (facts.responseSigned) return failSignIn('SAML_RECIPIENT_MISMATCH', 'the signed Response has no Destination');
    return;
  }
  if (!sameUrl(destination, ctx.acsUrl)) {
    return failSignIn('SAML_RECIPIENT_MISMATCH', `the Response's Destination is ${shown(destination)} but it was posted to ${shown(ctx.acsUrl)}`);
  }
}
