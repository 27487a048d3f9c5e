// Rule (R02): the login URL names an account that exists.
import { accountKey } from '../../domain/tenants/input.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const findAccount: Step = async (ctx, { db }) => {
  if (!ctx.accountName) return failSignIn('ACCOUNT_PARAMETER_MISSING', 'The sign-in started without an account.');
  ctx.tenant = await db.tenant.findUnique({ where: { accountKey: accountKey(ctx.accountName) } });
  if (!ctx.tenant) failSignIn('ACCOUNT_UNKNOWN', `No account named ${ctx.accountName}.`, { accountName: ctx.accountName });
};
