// R17: agents sign in only through the agent URL, users only through the user URL.
import { failSignIn } from '../identity.ts';
import type { Match, MatchInput } from './context.ts';

export function checkSignInUrl({ audience }: MatchInput, match: Match): void {
  if (match.user.kind === audience) return;
  const expectedKind = match.user.kind === 'AGENT' ? 'agent' : 'user';
  failSignIn('WRONG_SIGN_IN_URL', `${match.user.username} is ${expectedKind === 'agent' ? 'an agent' : 'a user'} but came through the ${audience.toLowerCase()} sign-in URL.`, { expectedKind });
}
