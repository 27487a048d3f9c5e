// Neither `nbf` nor `iat` lies in the future beyond the allowed clock skew.
import type { TokenContext, TokenDeps } from './context.ts';
import { refuse } from './refusal.ts';

export function checkNotBefore(ctx: TokenContext, deps: TokenDeps): void {
  for (const claim of ['nbf', 'iat'] as const) {
    const value = ctx.claims![claim];
    if (value === undefined) continue;
    if (typeof value !== 'number') refuse('IDP_TOKEN_MALFORMED', `The signed ${claim} is not a number.`);
    if ((value as number) > ctx.now + deps.clockSkewSeconds)
      refuse('IDP_TOKEN_NOT_YET_VALID', `${claim} ${new Date((value as number) * 1000).toISOString()} is ${(value as number) - ctx.now} s ahead (clock skew allowed: ${deps.clockSkewSeconds} s).`);
  }
}
