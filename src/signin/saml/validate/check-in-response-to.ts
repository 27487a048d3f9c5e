// Rule: the response answers the request this browser's pending sign-in made.
// - SP-initiated (expectedRequestId set): the Response's InResponseTo AND every bearer
//   SubjectConfirmationData InResponseTo equal it. An unsolicited (IdP-initiated) response
//   arriving while a request is pending is refused: it is not the answer we wait for.
// - IdP-initiated (expectedRequestId null): no InResponseTo anywhere. A response that
//   answers some request, posted where none is pending for this browser, is refused:
//   it was obtained by (or for) another browser's sign-in.
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';
import { bearerConfirmations } from './check-subject-confirmation.ts';

export function checkInResponseTo(facts: ResponseFacts, ctx: CheckContext): void {
  const expected = ctx.expectedRequestId;
  const seen = [facts.response.inResponseTo, ...bearerConfirmations(facts).map((c) => c.inResponseTo)];
  if (expected === null) {
    const answered = seen.find((v) => v !== undefined);
    if (answered !== undefined) {
      return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `the response answers request ${shown(answered, 80)}, but no sign-in request is pending for this browser`);
    }
    return;
  }
  if (facts.response.inResponseTo === undefined) {
    return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `an unsolicited (IdP-initiated) response arrived while request ${shown(expected, 80)} was pending`);
  }
  for (const v of seen) {
    if (v !== expected) {
      return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `the response answers request ${shown(v, 80)}, not the pending request ${shown(expected, 80)}`);
    }
  }
}
