// What both callbacks (OIDC redirect, SAML ACS) add to an attempt: the browser's sign-in
// cookie, and what they open at the end.
import type { AttemptContext } from '../attempt/context.ts';

export interface CallbackContext extends AttemptContext {
  bindingCookie: string | undefined;
  /** Set by open-session (never for a test sign-in). */
  sessionToken?: string;
}

/** Where a finished callback sends the browser. */
export type Completed =
  | { ok: true; traceId: string; sessionToken: string | null; redirect: string }
  | import('../attempt/record.ts').RecordedFailure;

export function landing(ctx: CallbackContext): string {
  return ctx.kind === 'TEST' ? `/sso/test-result?trace=${encodeURIComponent(ctx.traceId)}` : (ctx.request?.returnTo ?? '/');
}
