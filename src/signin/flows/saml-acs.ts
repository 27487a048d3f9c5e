// POST /sso/saml/acs/user and /sso/saml/acs/agent (SAMLResponse, RelayState)
//
//   returned         read-saml-form → load-saml-state → check-browser-binding → check-relay-state
//   validated        validate-saml-response
//   matched          check-sso-still-on → match-identity → check-sign-in-url
//   session_created  open-session
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
import { loadSamlState } from '../steps/load-saml-state.ts';
import { matchIdentity } from '../steps/match-identity.ts';
import { openSession } from '../steps/open-session.ts';
import { readSamlForm } from '../steps/read-saml-form.ts';
import { validateSamlResponse } from '../steps/validate-saml-response.ts';
import { landing, type Completed, type SamlAcsContext } from './contexts.ts';


const STAGES = [
  stage<SamlAcsContext>('returned', readSamlForm, loadSamlState, checkBrowserBinding, checkRelayState),
  stage<SamlAcsContext>('validated', validateSamlResponse),
  stage<SamlAcsContext>('matched', checkSsoStillOn, matchIdentity, checkSignInUrl),
  stage<SamlAcsContext>('session_created', openSession),
];

export async function completeSaml(deps: SignInDeps, form: SamlAcsContext['form'], acsAudience: Audience, bindingCookie: string | undefined, meta: RequestMeta): Promise<Completed> {
  const ctx: SamlAcsContext = { ...newAttempt({ traceId: newTraceId(), kind: 'SIGN_IN', audience: acsAudience, meta }), form, acsAudience, bindingCookie };
  const stopped = await runStages(ctx, deps, STAGES);
  if (stopped) {
    await attributeByAudience(ctx, deps);
    return recordFailure(deps, ctx, stopped);
  }
  await recordSuccess(deps, ctx);
  return { ok: true, traceId: ctx.traceId, sessionToken: ctx.sessionToken ?? null, redirect: landing(ctx) };
}
