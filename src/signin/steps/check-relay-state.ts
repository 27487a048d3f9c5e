// Rule: RelayState comes back as the pending sign-in's id, as it was sent.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkRelayState: Step<SamlAcsContext> = (ctx) => {
  if (ctx.form.relayState !== ctx.request!.id) failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', 'RelayState does not match the pending sign-in.');
};
