// Rule: the account and connection still exist, and SSO is still on (a test sign-in
// excepted) — an admin may have switched it off while the person was at the IdP.
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkSsoStillOn: Step = (ctx) => {
  if (!ctx.tenant || !ctx.connection || !ctx.identity) return failSignIn('UNEXPECTED_ERROR', 'The account or connection was deleted during the sign-in.');
  if (!ctx.tenant.ssoEnabled && ctx.kind !== 'TEST') failSignIn('SSO_NOT_CONFIGURED', 'SSO was switched off during the sign-in.', { accountName: ctx.tenant.accountName });
};
