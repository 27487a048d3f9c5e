// Rule (R12): the browser that comes back is the one that started the sign-in — it holds
// the sign-in cookie set at /sso/start, whose hash the pending request keeps. No cookie:
// "restart the browser"; another browser's cookie: refused as a state mismatch.
import type { CallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { sha256 } from '../requests.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkBrowserBinding: Step<CallbackContext> = (ctx) => {
  const where = ctx.request!.protocol === 'OIDC' ? 'returned from the IdP' : 'posted to the ACS';
  if (!ctx.bindingCookie) return failSignIn('SSO_COOKIE_MISSING', `The browser ${where} without the sign-in cookie set at start.`);
  if (sha256(ctx.bindingCookie) !== ctx.request!.browserBindingHash) {
    return ctx.request!.protocol === 'OIDC'
      ? failSignIn('OIDC_STATE_MISMATCH', 'The sign-in cookie belongs to another sign-in: the callback was not started by this browser.')
      : failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', 'The response answers a sign-in started by another browser.');
  }
};
