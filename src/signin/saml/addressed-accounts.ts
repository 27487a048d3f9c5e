// Which of our accounts a SAML response says it is for: the accounts whose SP entity ID
// (…/sso/saml/metadata/<account>) its assertions name as Audience. Read from the
// evidence summary, before (and without) any signature check: it only says where to look.
import { spUrls } from '../../domain/signin/sp-urls.ts';

export interface AddressedAssertion {
  conditions?: { audiences?: string[] } | null;
  issuer?: string | null;
}

export function assertionsOf(evidence: Record<string, unknown> | null): AddressedAssertion[] {
  return ((evidence?.assertions ?? []) as AddressedAssertion[]);
}

/** Distinct account names, in the order the audiences name them (undecodable ones skipped). */
export function addressedAccounts(assertions: AddressedAssertion[], publicUrl: string): string[] {
  const prefix = spUrls(publicUrl, '').metadataUrl;
  const names = new Set<string>();
  for (const audience of assertions.flatMap((a) => a.conditions?.audiences ?? [])) {
    if (!audience.startsWith(prefix)) continue;
    try {
      names.add(decodeURIComponent(audience.slice(prefix.length)));
    } catch {
      // not an account name we could have published
    }
  }
  return [...names];
}
