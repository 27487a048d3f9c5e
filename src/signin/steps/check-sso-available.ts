// Rule (R01, R16, R20): SSO is entitled, switched on (a test sign-in is the exception),
// and the connection exists in this account with everything its protocol needs.
import { isConnectionComplete } from '../../domain/signin/login-options.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkSsoAvailable: Step = (ctx) => {
  const tenant = ctx.tenant!;
  const connection = ctx.connection;
  const why = !tenant.ssoEntitled ? 'the account is not entitled to SSO'
    : !tenant.ssoEnabled && ctx.kind !== 'TEST' ? 'SSO is switched off'
      : !connection ? 'the connection does not exist in this account'
        : !isConnectionComplete(connection) ? 'the connection is incomplete'
          : null;
  if (why) failSignIn('SSO_NOT_CONFIGURED', `Sign-in refused: ${why}.`, { accountName: tenant.accountName });
};
