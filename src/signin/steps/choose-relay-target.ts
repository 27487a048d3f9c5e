// Rule: an IdP-initiated sign-in lands on its RelayState only when that is exactly one of
// the connection's allowlisted targets (paths on this site). Any other RelayState — a URL
// elsewhere, an unlisted path, junk — is ignored: the person lands on the default page,
// never off this site. The RelayState is not signed, so it is never trusted further.
import { relayStateAllowlist } from '../../domain/connections/idp-initiated.ts';
import { safeReturnTo } from '../../domain/signin/sp-urls.ts';
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';

export const chooseRelayTarget: Step<SamlAcsContext> = (ctx) => {
  const relayState = ctx.form.relayState;
  if (!relayState || safeReturnTo(relayState) !== relayState) return;
  if (relayStateAllowlist(ctx.connection!.samlIdpInitiatedRelayStates).includes(relayState)) ctx.landingTarget = relayState;
};
