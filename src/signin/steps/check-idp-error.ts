// Rule (R12): an error the IdP sent back instead of a code. access_denied is the seed's
// "There was an error logging into the external provider…"; an IP restriction named in
// its description is the Salesforce "Restricted IP" case.
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkIdpError: Step<OidcCallbackContext> = (ctx) => {
  const error = ctx.callbackUrl.searchParams.get('error');
  if (!error) return;
  const description = ctx.callbackUrl.searchParams.get('error_description') ?? '';
  if (error === 'access_denied') {
    const ipRestricted = /\bIP\b.*restrict|restricted ip/i.test(description);
    return failSignIn(ipRestricted ? 'IDP_IP_RESTRICTED' : 'IDP_ACCESS_DENIED', `The IdP answered access_denied: ${description.slice(0, 300) || '(no description)'}`);
  }
  const unavailable = error === 'temporarily_unavailable' || error === 'server_error';
  failSignIn(unavailable ? 'IDP_UNAVAILABLE' : 'UNEXPECTED_ERROR', `The IdP answered ${error}: ${description.slice(0, 300)}`);
};
