// Rule: the Subject has a bearer SubjectConfirmation with SubjectConfirmationData (SAML
// Web SSO profile 4.1.4.2). Every bearer confirmation present is then held to the
// recipient, InResponseTo and time rules (stricter than "any one", which no IdP needs).
import { failSignIn } from '../../sign-in-error.ts';
import { CM_BEARER } from '../settings.ts';
import type { ResponseFacts, SubjectConfirmationFact } from './context.ts';

export function bearerConfirmations(facts: ResponseFacts): SubjectConfirmationFact[] {
  return facts.assertion.confirmations.filter((c) => c.method === CM_BEARER);
}

export function checkSubjectConfirmation(facts: ResponseFacts): void {
  const bearers = bearerConfirmations(facts);
  if (bearers.length === 0) return failSignIn('SAML_RESPONSE_MALFORMED', 'the Assertion has no bearer SubjectConfirmation (not a Web SSO assertion)');
  if (bearers.some((b) => !b.hasData)) return failSignIn('SAML_RESPONSE_MALFORMED', 'a bearer SubjectConfirmation has no SubjectConfirmationData');
}
