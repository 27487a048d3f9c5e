// Identity matching: the external identity → one platform user, or the documented
// failure. Each rule is one file; they run in the order the guides' troubleshooting
// implies (wrong org before "no user found", and so on). Which sign-in URL the person
// came through is the sign-in's own rule (src/signin/steps/check-sign-in-url.ts).
import { checkSalesforceOrg } from './check-salesforce-org.ts';
import { checkEntraDirectory } from './check-entra-directory.ts';
import { checkIdentifierAvailable } from './check-identifier-available.ts';
import { findUser } from './find-user.ts';
import type { Match, MatchInput } from './context.ts';

export type { Match, MatchInput } from './context.ts';

const identityChecks = [checkSalesforceOrg, checkEntraDirectory, checkIdentifierAvailable];

export async function matchUser(input: MatchInput): Promise<Match> {
  for (const check of identityChecks) await check(input);
  return findUser(input);
}
