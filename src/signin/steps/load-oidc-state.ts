// Rule: the callback's state is a pending sign-in of ours, unused and unexpired; using it
// consumes it (exactly once, across instances). A state we never issued and no sign-in
// cookie means the browser lost its cookie (R12); otherwise the state is refused.
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { evidenceOfCallback } from '../evidence/oidc-evidence.ts';
import { consumeSignInRequest } from '../requests.ts';
import { failSignIn } from '../sign-in-error.ts';
import { attributeToRequest, continueAttempt } from '../attempt/continue-attempt.ts';

export const loadOidcState: Step<OidcCallbackContext> = async (ctx, { db }) => {
  ctx.evidence = evidenceOfCallback(ctx.callbackUrl);
  const state = ctx.callbackUrl.searchParams.get('state');
  const consumed = state ? await consumeSignInRequest(db, { id: state }) : ({ ok: false, reason: 'unknown' } as const);
  if (consumed.ok) return continueAttempt(ctx, db, consumed.request);
  if (state && consumed.reason !== 'unknown') await attributeToRequest(ctx, db, { id: state });
  // A state we never issued cannot be tied to this browser's sign-in; without the cookie
  // too, the browser most likely lost it (restart the browser, R12).
  failSignIn(consumed.reason === 'unknown' && !ctx.bindingCookie ? 'SSO_COOKIE_MISSING' : 'OIDC_STATE_MISMATCH', `The callback's state is ${!state ? 'missing' : consumed.reason === 'unknown' ? 'unknown' : consumed.reason}.`);
};
