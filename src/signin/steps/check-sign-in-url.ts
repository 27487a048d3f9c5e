// Rule (R17): agents sign in only through the agent URL, users only through the user URL.
import { audienceOfKind, userKindOf } from '../../domain/signin/audience.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkSignInUrl: Step = (ctx) => {
  const user = ctx.user!;
  if (user.kind === userKindOf(ctx.audience)) return;
  const expectedKind = audienceOfKind(user.kind);
  failSignIn('WRONG_SIGN_IN_URL', `${user.username} is ${expectedKind === 'agent' ? 'an agent' : 'a user'} but came through the ${ctx.audience} sign-in URL.`, { expectedKind });
};
