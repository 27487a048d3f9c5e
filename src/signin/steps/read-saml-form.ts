// Rule: the ACS POST carries a SAMLResponse. One that answers a request of ours names it
// (InResponseTo); one that answers none is unsolicited (IdP-initiated) and must at least
// be a readable SAML Response before the connection it is for is looked up.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { parseResponse } from '../saml/validate/parse-response.ts';
import { peekInResponseTo } from '../saml/validate/index.ts';
import { failSignIn } from '../sign-in-error.ts';

export const readSamlForm: Step<SamlAcsContext> = (ctx) => {
  const samlResponse = ctx.form.samlResponse;
  if (!samlResponse) return failSignIn('UNEXPECTED_ERROR', 'The POST to the ACS carried no SAMLResponse.');
  ctx.inResponseTo = peekInResponseTo(samlResponse);
  if (!ctx.inResponseTo) ctx.parsed = parseResponse(samlResponse).doc;
};
