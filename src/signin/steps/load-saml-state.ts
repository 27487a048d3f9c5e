// Rule: the response answers a pending sign-in of ours (InResponseTo = its AuthnRequest
// ID), unused and unexpired; using it consumes it. One already completed is a replay.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { consumeSignInRequest } from '../requests.ts';
import { failSignIn } from '../sign-in-error.ts';
import { attributeToRequest, continueAttempt } from '../attempt/continue-attempt.ts';

export const loadSamlState: Step<SamlAcsContext> = async (ctx, { db }) => {
  const samlRequestId = ctx.inResponseTo!;
  const consumed = await consumeSignInRequest(db, { samlRequestId });
  if (consumed.ok) {
    await continueAttempt(ctx, db, consumed.request);
    ctx.audience = ctx.acsAudience; // the URL it was posted to decides (R17)
    return;
  }
  if (consumed.reason !== 'unknown') await attributeToRequest(ctx, db, { samlRequestId });
  const answered = consumed.reason === 'used' ? 'a sign-in already completed' : consumed.reason === 'expired' ? 'an expired sign-in' : 'no pending sign-in';
  failSignIn(consumed.reason === 'used' ? 'SAML_ASSERTION_REPLAYED' : 'SAML_IN_RESPONSE_TO_MISMATCH', `InResponseTo ${samlRequestId.slice(0, 80)} matches ${answered}.`);
};
