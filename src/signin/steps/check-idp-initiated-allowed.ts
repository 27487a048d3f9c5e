// Rule: an unsolicited (IdP-initiated) response is accepted only by a connection whose
// IdP-initiated setting is on; it is off by default, since nothing ties such a response
// to the browser that posts it.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkIdpInitiatedAllowed: Step<SamlAcsContext> = (ctx) => {
  const connection = ctx.connection!;
  if (connection.samlIdpInitiatedEnabled) return;
  failSignIn('SAML_IDP_INITIATED_DISABLED', `The response answers no sign-in request (IdP-initiated), and the connection "${connection.name}" does not accept IdP-initiated sign-in (saml.idpInitiated.enabled is off).`);
};
