// Rule: an unsolicited (IdP-initiated) response answers no request of ours, so nothing
// ties it to this browser; what limits a stolen one is a short life. It is accepted only
// within UNSOLICITED_WINDOW_SECONDS (2 minutes, plus the clock skew) of the Assertion's
// IssueInstant, which it must carry, and of Conditions NotBefore when given — however
// long the IdP made it valid. SP-initiated responses are not held to this.
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';
import { parseSamlTime } from './time.ts';

const UNSOLICITED_WINDOW_SECONDS = 120;

export function checkUnsolicitedWindow(facts: ResponseFacts, ctx: CheckContext): void {
  if (ctx.expectedRequestId !== null) return;
  const oldest = ctx.now.getTime() - UNSOLICITED_WINDOW_SECONDS * 1000 - ctx.skewMs;
  const issued = facts.assertion.issueInstant;
  if (issued === undefined) return failSignIn('SAML_RESPONSE_MALFORMED', 'the unsolicited Assertion has no IssueInstant');
  for (const [value, what] of [[issued, 'IssueInstant'], [facts.assertion.conditions?.notBefore, 'Conditions NotBefore']] as const) {
    if (value === undefined) continue;
    const ms = parseSamlTime(value);
    if (ms === undefined) return failSignIn('SAML_RESPONSE_MALFORMED', `${what} ${shown(value, 40)} is not an xs:dateTime`);
    if (ms < oldest) {
      failSignIn('SAML_ASSERTION_EXPIRED', `the unsolicited (IdP-initiated) Assertion's ${what} is ${value}: at ${ctx.now.toISOString()} that is older than the ${UNSOLICITED_WINDOW_SECONDS}s window for IdP-initiated responses (allowed skew ${ctx.skewMs / 1000}s)`);
    }
  }
}
