// NameID formats the sandbox issues, and what each carries.
import type { NameIdFormat } from '../directory/types.ts';
import type { Presented } from '../scenarios/claims.ts';

export const NAMEID_URNS: Record<NameIdFormat, string> = {
  emailAddress: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
};

/** The SP's registered format, unless its AuthnRequest asked for another one we issue. */
export function chooseNameId(registered: NameIdFormat, requestedUrn: string | undefined, p: Presented): { format: string; value: string } {
  const requested = (Object.entries(NAMEID_URNS) as [NameIdFormat, string][]).find(([, urn]) => urn === requestedUrn)?.[0];
  const kind = requested ?? registered;
  const value = kind === 'persistent' ? p.person.externalId : kind === 'emailAddress' ? (p.email ?? p.person.username) : p.person.username;
  return { format: NAMEID_URNS[kind], value };
}
