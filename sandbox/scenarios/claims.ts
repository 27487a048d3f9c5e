// Claim-shaping scenarios (SALESFORCE_EMAIL_UNVERIFIED, MICROSOFT_NO_EMAIL, "person in
// another org"): they change how a person is presented, whatever the protocol.
import type { Directory } from '../directory/directory.ts';
import type { Org, Person } from '../directory/types.ts';
import { orgKeyOf } from '../directory/types.ts';
import type { SignInEffects } from './effects.ts';
import { INVENTED_ORG } from './other-org.ts';

/** A person as the IdP presents them in this sign-in. */
export interface Presented {
  person: Person;
  /** The org the person appears to belong to (another one under an other-org scenario). */
  org: Org;
  email?: string;
  emailVerified: boolean;
}

export function presentPerson(directory: Directory, person: Person, fx: Pick<SignInEffects, 'emailUnverified' | 'noEmail' | 'otherOrg'>): Presented {
  const home = directory.requireOrg(person.org);
  let org = home;
  if (fx.otherOrg) {
    const other = fx.otherOrg === 'auto'
      ? directory.listOrgs().find((o) => o.provider === home.provider && orgKeyOf(o) !== person.org)
      : fx.otherOrg === INVENTED_ORG ? undefined : directory.org(fx.otherOrg);
    // With no second org of that provider in the directory, invent one: the SP only sees an id.
    org = other ?? { ...home, id: inventedOrgId(home.id), name: `${home.name} (elsewhere)` };
  }
  const email = fx.noEmail ? undefined : person.email;
  return { person, org, email, emailVerified: Boolean(email) && person.emailVerified && !fx.emailUnverified };
}

/**
 * An org id no SP can have linked. A Salesforce org id is 18 characters whose first 15 are
 * the id itself (the last 3 only encode its letter case), so the invented one differs
 * within those 15: changing the suffix alone would name the same org.
 */
function inventedOrgId(id: string): string {
  return /^[0-9A-Za-z]{18}$/.test(id) ? `${id.slice(0, 3)}${'9'.repeat(12)}ZZZ` : `${id.slice(0, -3)}ZZZ`;
}

