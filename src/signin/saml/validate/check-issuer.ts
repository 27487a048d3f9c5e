// Rule: the Assertion's Issuer is the connection's IdP entity ID (and so is the Response's,
// when it names one); an Issuer Format, if given, is the entity format.
import { failSignIn } from '../../sign-in-error.ts';
import { NAMEID_FORMAT } from '../settings.ts';
import { shown, type CheckContext, type NameIdFact, type ResponseFacts } from './context.ts';

function check(issuer: NameIdFact | undefined, where: string, expected: string, required: boolean): void {
  if (!issuer) {
    if (required) failSignIn('SAML_ISSUER_MISMATCH', `${where} has no Issuer (expected ${shown(expected)})`);
    return;
  }
  if (issuer.format !== undefined && issuer.format !== NAMEID_FORMAT.entity) {
    failSignIn('SAML_ISSUER_MISMATCH', `${where} Issuer has Format ${shown(issuer.format)}, not the entity format`);
  }
  if (issuer.value !== expected) {
    failSignIn('SAML_ISSUER_MISMATCH', `${where} Issuer ${shown(issuer.value)} is not the connection's IdP entity ID ${shown(expected)}: check the IdP entity ID on the connection`);
  }
}

export function checkIssuer(facts: ResponseFacts, ctx: CheckContext): void {
  check(facts.assertion.issuer, 'the Assertion', ctx.idp.entityId, true);
  check(facts.response.issuer, 'the Response', ctx.idp.entityId, false);
}
