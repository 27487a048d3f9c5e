// The "IdP-initiated SAML" setting of a SAML connection: whether unsolicited responses
// are accepted, and the RelayState targets such a response may land on. A target is a
// path on this site only, held to the same open-redirect rule as a sign-in's returnTo
// (safeReturnTo), and stored in its normalized form so the ACS compares exactly.
import { z } from 'zod';
import { safeReturnTo } from '../signin/sp-urls.ts';

const relayTarget = z
  .string()
  .trim()
  .max(512, 'A RelayState target must be at most 512 characters.')
  .refine((value) => safeReturnTo(value) === value, 'A RelayState target is a path on this site, such as "/agent": it starts with one "/", has no scheme or host, no "//", no backslash and no control characters.');

export const idpInitiatedInput = z.object({
  enabled: z.boolean(),
  relayStates: z.array(relayTarget).max(20, 'At most 20 RelayState targets.').nullish(),
});

/** The columns an input writes: absent leaves them, null switches it off and forgets the targets. */
export function idpInitiatedColumns(input: { saml?: { idpInitiated?: z.output<typeof idpInitiatedInput> | null } | null }): { samlIdpInitiatedEnabled?: boolean; samlIdpInitiatedRelayStates?: string } {
  const setting = input.saml?.idpInitiated;
  if (setting === undefined) return {};
  if (setting === null) return { samlIdpInitiatedEnabled: false, samlIdpInitiatedRelayStates: '[]' };
  return {
    samlIdpInitiatedEnabled: setting.enabled,
    ...(setting.relayStates === undefined ? {} : { samlIdpInitiatedRelayStates: JSON.stringify([...new Set(setting.relayStates ?? [])]) }),
  };
}

/** The stored allowlist (tolerates a hand-edited column: anything not a safe path is dropped). */
export function relayStateAllowlist(stored: string): string[] {
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string' && safeReturnTo(v) === v) : [];
  } catch {
    return [];
  }
}
