// GET /sso/oidc/callback?code=…&state=…[&iss=…] or ?error=…
//
//   returned         load-oidc-state → check-browser-binding → check-idp-error → check-issuer-parameter
//   validated        exchange-code → map-claims → complete-from-userinfo
//   matched          check-sso-still-on → match-identity → check-sign-in-url
//   session_created  open-session
//
// Then the outcome is recorded on the attempt /sso/start opened (or on a new one, when
// the callback continues no sign-in of ours).
import { newAttempt, type RequestMeta } from '../attempt/context.ts';
import { runStages, stage } from '../attempt/pipeline.ts';
import { newTraceId, recordFailure, recordSuccess } from '../attempt/record.ts';
import type { SignInDeps } from '../deps.ts';
import { checkBrowserBinding } from '../steps/check-browser-binding.ts';
import { checkIdpError } from '../steps/check-idp-error.ts';
import { checkIssuerParameter } from '../steps/check-issuer-parameter.ts';
import { checkSignInUrl } from '../steps/check-sign-in-url.ts';
import { checkSsoStillOn } from '../steps/check-sso-still-on.ts';
import { completeFromUserinfo } from '../steps/complete-from-userinfo.ts';
import { exchangeCode } from '../steps/exchange-code.ts';
import { loadOidcState } from '../steps/load-oidc-state.ts';
import { mapClaims } from '../steps/map-claims.ts';
import { matchIdentity } from '../steps/match-identity.ts';
import { openSession } from '../steps/open-session.ts';
import { landing, type Completed, type OidcCallbackContext } from './contexts.ts';


const STAGES = [
  stage<OidcCallbackContext>('returned', loadOidcState, checkBrowserBinding, checkIdpError, checkIssuerParameter),
  stage<OidcCallbackContext>('validated', exchangeCode, mapClaims, completeFromUserinfo),
  stage<OidcCallbackContext>('matched', checkSsoStillOn, matchIdentity, checkSignInUrl),
  stage<OidcCallbackContext>('session_created', openSession),
];

export async function completeOidc(deps: SignInDeps, callbackUrl: URL, bindingCookie: string | undefined, meta: RequestMeta): Promise<Completed> {
  const ctx: OidcCallbackContext = { ...newAttempt({ traceId: newTraceId(), kind: 'SIGN_IN', audience: 'user', meta }), callbackUrl, bindingCookie };
  const stopped = await runStages(ctx, deps, STAGES);
  if (stopped) return recordFailure(deps, ctx, stopped);
  await recordSuccess(deps, ctx);
  return { ok: true, traceId: ctx.traceId, sessionToken: ctx.sessionToken ?? null, redirect: landing(ctx) };
}
