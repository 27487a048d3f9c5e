// Rule: an assertion is consumed once. The ID is claimed through the caller's store (the
// database in production) until its validity ends; a second claim is a replay. Runs last,
// so a response refused for another reason does not use up its assertion ID.
import { failSignIn } from '../../sign-in-error.ts';
import { shown } from './context.ts';

export async function checkReplay(assertionId: string, horizon: Date, claim: (id: string, notOnOrAfter: Date) => Promise<boolean>): Promise<void> {
  if (!(await claim(assertionId, horizon))) {
    failSignIn('SAML_ASSERTION_REPLAYED', `assertion ${shown(assertionId, 80)} was already used to sign in`);
  }
}
