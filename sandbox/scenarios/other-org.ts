// Which org an "other-org" scenario presents the person in when it names none (otherOrg).
// The two Salesforce messages differ by the SP's links, not the IdP's: SALESFORCE_WRONG_ORG
// means the person's org is linked to another account than the one in the URL,
// SALESFORCE_ORG_NOT_LINKED that it is linked to no account. The IdP sees the links the
// way Salesforce does: the platform registered its connected app (or SAML SP) in an org
// it linked. So "linked for this relying party" = an org holding a client or SP whose
// redirect / ACS URL has the same origin as the one signing the person in.
import type { Directory } from '../directory/directory.ts';
import type { Org, OrgKey } from '../directory/types.ts';
import { orgKeyOf } from '../directory/types.ts';
import type { ArmableCode } from './catalog.ts';

/** Presents the person in an org the sandbox invents, which no SP can have linked. */
export const INVENTED_ORG = 'invented';

type Wanted = 'linked' | 'unlinked' | 'first';
const WANTED: Partial<Record<ArmableCode, Wanted>> = { SALESFORCE_WRONG_ORG: 'linked', SALESFORCE_ORG_NOT_LINKED: 'unlinked' };
const wantedFor = (code: string): Wanted => WANTED[code as ArmableCode] ?? 'first';

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

export const originsOf = (urls: string[]): Set<string> => new Set(urls.map(originOf).filter((o): o is string => o !== undefined));

/** Origins of the relying parties registered in an org (OIDC redirect URIs, SAML ACS URLs). */
function relyingPartyOrigins(directory: Directory, org: OrgKey): Set<string> {
  return originsOf([...directory.listClients(org).flatMap((c) => c.redirectUris), ...directory.listSps(org).flatMap((s) => s.acsUrls)]);
}

const siblingsOf = (directory: Directory, home: OrgKey): Org[] => {
  const provider = directory.requireOrg(home).provider;
  return directory.listOrgs().filter((o) => o.provider === provider && orgKeyOf(o) !== home);
};

const shares = (a: Set<string>, b: Set<string>) => [...a].some((o) => b.has(o));

/**
 * The org to present the person in for the scenario `code`, signing in from `home` for a
 * relying party at `origins` (empty: unknown, then the home org's registrations count).
 */
export function chooseOtherOrg(directory: Directory, code: string, home: OrgKey, origins: Set<string>): OrgKey {
  const rp = origins.size ? origins : relyingPartyOrigins(directory, home);
  const siblings = siblingsOf(directory, home);
  const linked = (o: Org) => shares(relyingPartyOrigins(directory, orgKeyOf(o)), rp);
  const pick = (() => {
    switch (wantedFor(code)) {
      case 'linked': return siblings.find(linked) ?? siblings[0];
      case 'unlinked': return siblings.find((o) => !linked(o)) ?? null;
      default: return siblings[0];
    }
  })();
  return pick ? orgKeyOf(pick) : INVENTED_ORG;
}

/**
 * Why the scenario cannot be armed without otherOrg for the orgs in its scope, if it
 * cannot: SALESFORCE_WRONG_ORG needs another org the same relying party is registered in.
 */
export function otherOrgRefusal(directory: Directory, code: ArmableCode, homes: OrgKey[]): string | undefined {
  if (wantedFor(code) !== 'linked') return undefined;
  const possible = homes.some((home) => {
    const rp = relyingPartyOrigins(directory, home);
    return siblingsOf(directory, home).some((o) => shares(relyingPartyOrigins(directory, orgKeyOf(o)), rp));
  });
  if (possible) return undefined;
  const providers = [...new Set(homes.map((h) => directory.requireOrg(h).provider))].join(' or ') || 'such';
  return `${code} needs another ${providers} org where the same platform is registered (an OIDC client or SAML SP with the same redirect / ACS URL origin), `
    + 'so that the person appears in an org the platform linked to another account; none is in scope. Register the platform in a second org, or name one with otherOrg.';
}

/** The orgs a scenario's scope can sign people in at (no scope: every org). */
export function homesInScope(directory: Directory, scope: { org?: OrgKey; person?: string; client?: string }): OrgKey[] {
  const person = scope.person?.toLowerCase();
  return directory.listOrgs().map(orgKeyOf).filter((key) => (!scope.org || key === scope.org)
    && (!person || directory.listPeople(key).some((p) => [p.id, p.username, p.email].some((v) => v?.toLowerCase() === person)))
    && (!scope.client || directory.client(key, scope.client) !== undefined || directory.sp(key, scope.client) !== undefined));
}
