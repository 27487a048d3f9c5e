// POST /sso/saml/acs/user and /sso/saml/acs/agent (SAMLResponse, RelayState)
//
// Answering a request of ours (SP-initiated, the response names it in InResponseTo):
//   returned         read-saml-form → load-saml-state → check-browser-binding → check-relay-state
//   validated        validate-saml-response
//   matched          check-sso-still-on → match-identity → check-sign-in-url
//   session_created  open-session
//
// Unsolicited (IdP-initiated, no InResponseTo): no pending request and no browser binding;
// the connection's setting, a 2-minute window (in validation) and the replay cache stand in:
//   returned         read-saml-form → find-unsolicited-connection → check-idp-initiated-allowed → choose-relay-target
//   validated, matched, session_created as above
//
// A response that continues no sign-in of ours is still recorded, with a summary of what
// it said, and attributed to the account it was addressed to when it names one.
import { newAttempt, type RequestMeta } from '../attempt/context.ts';
import { runStages, stage } from '../attempt/pipeline.ts';
import { newTraceId, recordFailure, recordSuccess } from '../attempt/record.ts';
import type { Audience } from '../../domain/signin/audience.ts';
import type { SignInDeps } from '../deps.ts';
import { attributeByAudience } from '../attempt/attribute-by-audience.ts';
import { checkBrowserBinding } from '../steps/check-browser-binding.ts';
import { checkRelayState } from '../steps/check-relay-state.ts';
import { checkSignInUrl } from '../steps/check-sign-in-url.ts';
import { checkSsoStillOn } from '../steps/check-sso-still-on.ts';
import { checkIdpInitiatedAllowed } from '../steps/check-idp-initiated-allowed.ts';
import { chooseRelayTarget } from '../steps/choose-relay-target.ts';
import { findUnsolicitedConnection } from '../steps/find-unsolicited-connection.ts';
import { peekInResponseTo } from '../saml/validate/index.ts';
import { loadSamlState } from '../steps/load-saml-state.ts';
import { matchIdentity } from '../steps/match-identity.ts';
import { openSession } from '../steps/open-session.ts';
import { readSamlForm } from '../steps/read-saml-form.ts';
import { validateSamlResponse } from '../steps/validate-saml-response.ts';
import { landing, type Completed, type SamlAcsContext } from './contexts.ts';


const AFTER_RETURN = [
  stage<SamlAcsContext>('validated', validateSamlResponse),
  stage<SamlAcsContext>('matched', checkSsoStillOn, matchIdentity, checkSignInUrl),
  stage<SamlAcsContext>('session_created', openSession),
];
const SP_INITIATED = [stage<SamlAcsContext>('returned', readSamlForm, loadSamlState, checkBrowserBinding, checkRelayState), ...AFTER_RETURN];
const IDP_INITIATED = [stage<SamlAcsContext>('returned', readSamlForm, findUnsolicitedConnection, checkIdpInitiatedAllowed, chooseRelayTarget), ...AFTER_RETURN];

/** Read without trust, only to pick the flow: validation checks InResponseTo again (absent everywhere, or the pending request). */
const unsolicited = (form: SamlAcsContext['form']) => form.samlResponse !== null && form.samlResponse !== '' && peekInResponseTo(form.samlResponse) === null;

export async function completeSaml(deps: SignInDeps, form: SamlAcsContext['form'], acsAudience: Audience, bindingCookie: string | undefined, meta: RequestMeta): Promise<Completed> {
  const ctx: SamlAcsContext = { ...newAttempt({ traceId: newTraceId(), kind: 'SIGN_IN', audience: acsAudience, meta }), form, acsAudience, bindingCookie };
  const stopped = await runStages(ctx, deps, unsolicited(form) ? IDP_INITIATED : SP_INITIATED);
  if (stopped) {
    await attributeByAudience(ctx, deps);
    return recordFailure(deps, ctx, stopped);
  }
  await recordSuccess(deps, ctx);
  return { ok: true, traceId: ctx.traceId, sessionToken: ctx.sessionToken ?? null, redirect: landing(ctx) };
}
