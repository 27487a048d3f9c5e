// What each flow adds to an attempt (the start; both callbacks, OIDC redirect and SAML
// ACS: the browser's sign-in cookie, and what they open at the end). Types only, apart
// from `landing`: the steps read them, so they live apart from the flows that run the
// steps (no import cycles).
import type { AttemptContext } from '../attempt/context.ts';
import type { RecordedFailure } from '../attempt/record.ts';
import type { Audience } from '../../domain/signin/audience.ts';
import type { NewSignInRequest } from '../requests.ts';
import type { SamlPostForm } from '../saml/authn-request.ts';

export interface StartInput {
  account: string | null;
  connection: string | null;
  audience: Audience;
  returnTo: string | null;
  testTicket: string | null;
}

export interface StartContext extends AttemptContext {
  input: StartInput;
  pending?: Omit<NewSignInRequest, 'traceId' | 'timeline'> & { id: string };
  redirect?: string;
  /** Instead of redirect: the AuthnRequest form for an IdP that takes HTTP-POST only. */
  postForm?: SamlPostForm;
  binding?: string;
}


export interface CallbackContext extends AttemptContext {
  bindingCookie: string | undefined;
  /** Set by open-session (never for a test sign-in). */
  sessionToken?: string;
  /** Where a sign-in without a pending request lands (IdP-initiated: an allowlisted RelayState). */
  landingTarget?: string;
}

/** Where a finished callback sends the browser. */
export type Completed =
  | { ok: true; traceId: string; sessionToken: string | null; redirect: string }
  | RecordedFailure;

export function landing(ctx: CallbackContext): string {
  return ctx.kind === 'TEST' ? `/sso/test-result?trace=${encodeURIComponent(ctx.traceId)}` : (ctx.request?.returnTo ?? ctx.landingTarget ?? '/');
}

export interface OidcCallbackContext extends CallbackContext {
  /** The callback URL as registered (built from PUBLIC_URL), with the IdP's parameters. */
  callbackUrl: URL;
  claims?: Record<string, unknown>;
  /** For the userinfo call only; held in memory for this request, never stored or logged. */
  accessToken?: string;
}

export interface SamlAcsContext extends CallbackContext {
  form: { samlResponse: string | null; relayState: string | null };
  /** Which ACS URL it was posted to. */
  acsAudience: Audience;
  inResponseTo?: string | null;
  /** The one parse of the response, once validation has read it. */
  parsed?: Document;
}
