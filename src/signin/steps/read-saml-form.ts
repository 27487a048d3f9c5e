// Rule: the ACS POST carries a SAMLResponse answering a request of ours (InResponseTo).
// An unreadable one is malformed; a readable one answering nothing is unsolicited
// (IdP-initiated), which is not accepted: only SP-initiated sign-in binds the browser.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { parseResponse } from '../saml/validate/parse-response.ts';
import { peekInResponseTo } from '../saml/validate/index.ts';
import { failSignIn } from '../sign-in-error.ts';

export const readSamlForm: Step<SamlAcsContext> = (ctx) => {
  const samlResponse = ctx.form.samlResponse;
  if (!samlResponse) return failSignIn('UNEXPECTED_ERROR', 'The POST to the ACS carried no SAMLResponse.');
  ctx.inResponseTo = peekInResponseTo(samlResponse);
  if (ctx.inResponseTo) return;
  parseResponse(samlResponse);
  failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', 'Unsolicited (IdP-initiated) responses are not accepted: start from the SSO button.');
};
