// GET /sso/start?account=…&connection=…&audience=user|agent[&returnTo=/path][&test=ticket]
//
//   started      find-account → find-connection → check-test-ticket → check-sso-available
//   sent_to_idp  check-idp-reachable → redirect-to-oidc-idp | redirect-to-saml-idp
//
// Then the attempt (PENDING) and its pending request are written together, and the
// browser goes to the IdP with the sign-in cookie: redirected, or by a self-posting form
// (the SAML HTTP-POST binding).
import { newAttempt, type RequestMeta } from '../attempt/context.ts';
import { runStages, stage } from '../attempt/pipeline.ts';
import { newTraceId, openAttempt, recordFailure, type RecordedFailure } from '../attempt/record.ts';
import type { SignInDeps } from '../deps.ts';
import type { StartContext, StartInput } from './contexts.ts';
import { checkIdpReachable } from '../steps/check-idp-reachable.ts';
import { checkSsoAvailable } from '../steps/check-sso-available.ts';
import { checkTestTicket } from '../steps/check-test-ticket.ts';
import { findAccount } from '../steps/find-account.ts';
import { findConnection } from '../steps/find-connection.ts';
import { redirectToOidcIdp } from '../steps/redirect-to-oidc-idp.ts';
import { redirectToSamlIdp } from '../steps/redirect-to-saml-idp.ts';
import type { SamlPostForm } from '../saml/authn-request.ts';

/** How the browser is sent to the IdP: a redirect, or a form that posts itself. */
type ToIdp = { redirect: string } | { postForm: SamlPostForm };

export type Started = { ok: true; traceId: string; toIdp: ToIdp; binding: string } | RecordedFailure;

export async function startSignIn(deps: SignInDeps, input: StartInput, meta: RequestMeta): Promise<Started> {
  const ctx: StartContext = {
    ...newAttempt({ traceId: newTraceId(), kind: input.testTicket ? 'TEST' : 'SIGN_IN', audience: input.audience, meta, accountName: input.account?.trim() || null }),
    input,
  };
  const stopped = (await runStages(ctx, deps, [stage('started', findAccount, findConnection, checkTestTicket, checkSsoAvailable)]))
    ?? (await runStages(ctx, deps, [stage('sent_to_idp', checkIdpReachable, ctx.connection?.protocol === 'OIDC' ? redirectToOidcIdp : redirectToSamlIdp)]));
  if (stopped) return recordFailure(deps, ctx, stopped);
  try {
    await openAttempt(deps, ctx, ctx.pending!);
  } catch (error) {
    return recordFailure(deps, ctx, { failure: { code: 'UNEXPECTED_ERROR', params: {}, detail: 'The sign-in could not be saved.' }, step: 'open-attempt', unexpected: error });
  }
  return { ok: true, traceId: ctx.traceId, toIdp: ctx.postForm ? { postForm: ctx.postForm } : { redirect: ctx.redirect! }, binding: ctx.binding! };
}
