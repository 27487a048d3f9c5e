// The verified `aud` must include the audience configured for API access on the connection.
import { audiencesOf, type TokenContext } from './context.ts';
import { refuse } from './refusal.ts';

export function checkAudience(ctx: TokenContext): void {
  const expected = ctx.connection!.oidcApiAudience!;
  const audiences = audiencesOf(ctx.claims!);
  if (!audiences.includes(expected)) refuse('IDP_TOKEN_AUDIENCE_MISMATCH', `The signed aud ${JSON.stringify(audiences)} does not include ${expected}.`);
}
