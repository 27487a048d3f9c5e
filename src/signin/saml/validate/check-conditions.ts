// Rule: the assertion is valid now, give or take a small bounded clock skew:
// Conditions NotBefore ≤ now + skew < … and now − skew < Conditions NotOnOrAfter; every
// bearer SubjectConfirmationData has a NotOnOrAfter, not yet passed (now − skew); a
// NotBefore there (unusual for bearer) is held to the same rule; the Assertion's
// IssueInstant is not in the future beyond the skew.
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';
import { bearerConfirmations } from './check-subject-confirmation.ts';
import { parseSamlTime } from './time.ts';

function time(value: string, what: string): number {
  const ms = parseSamlTime(value);
  if (ms === undefined) return failSignIn('SAML_RESPONSE_MALFORMED', `${what} ${shown(value, 40)} is not an xs:dateTime`);
  return ms;
}

function notBefore(value: string | undefined, what: string, ctx: CheckContext): void {
  if (value === undefined) return;
  if (time(value, what) > ctx.now.getTime() + ctx.skewMs) {
    failSignIn('SAML_ASSERTION_EXPIRED', `${what} is ${value}, in the future at ${ctx.now.toISOString()} (allowed skew ${ctx.skewMs / 1000}s): check the IdP clock`);
  }
}

function notOnOrAfter(value: string | undefined, what: string, ctx: CheckContext): void {
  if (value === undefined) return;
  if (time(value, what) <= ctx.now.getTime() - ctx.skewMs) {
    failSignIn('SAML_ASSERTION_EXPIRED', `${what} is ${value}, passed at ${ctx.now.toISOString()} (allowed skew ${ctx.skewMs / 1000}s)`);
  }
}

export function checkConditions(facts: ResponseFacts, ctx: CheckContext): void {
  const a = facts.assertion;
  notBefore(a.issueInstant, 'the Assertion IssueInstant', ctx);
  notBefore(a.conditions?.notBefore, 'Conditions NotBefore', ctx);
  notOnOrAfter(a.conditions?.notOnOrAfter, 'Conditions NotOnOrAfter', ctx);
  for (const c of bearerConfirmations(facts)) {
    if (c.notOnOrAfter === undefined) failSignIn('SAML_ASSERTION_EXPIRED', 'the bearer SubjectConfirmationData has no NotOnOrAfter: an assertion without an end of validity is refused');
    notBefore(c.notBefore, 'SubjectConfirmationData NotBefore', ctx);
    notOnOrAfter(c.notOnOrAfter, 'SubjectConfirmationData NotOnOrAfter', ctx);
  }
}

/** Until when the assertion ID must be remembered to refuse a replay: its latest end of validity, plus the skew. */
export function replayHorizon(facts: ResponseFacts, ctx: CheckContext): Date {
  const ends = [facts.assertion.conditions?.notOnOrAfter, ...bearerConfirmations(facts).map((c) => c.notOnOrAfter)]
    .map((v) => (v === undefined ? undefined : parseSamlTime(v)))
    .filter((v): v is number => v !== undefined);
  const latest = ends.length ? Math.max(...ends) : ctx.now.getTime() + 60 * 60_000;
  return new Date(latest + ctx.skewMs);
}
