// Rule: the assertion is for us: Conditions carry at least one AudienceRestriction, and
// every AudienceRestriction names our SP entity ID (SAML core 2.5.1.4: all must hold).
import { failSignIn } from '../../sign-in-error.ts';
import { shown, type CheckContext, type ResponseFacts } from './context.ts';

export function checkAudience(facts: ResponseFacts, ctx: CheckContext): void {
  const restrictions = facts.assertion.conditions?.audienceRestrictions ?? [];
  if (restrictions.length === 0) return failSignIn('SAML_AUDIENCE_MISMATCH', `the Assertion has no AudienceRestriction (expected ${shown(ctx.sp.entityId)})`);
  const unmet = restrictions.find((audiences) => !audiences.includes(ctx.sp.entityId));
  if (unmet) {
    return failSignIn('SAML_AUDIENCE_MISMATCH', `the Assertion is for audience ${unmet.map((a) => shown(a)).join(', ') || '(empty)'}, not this SP's entity ID ${shown(ctx.sp.entityId)}`);
  }
}
