// `exp` has not passed, give or take the allowed clock skew.
import type { TokenContext, TokenDeps } from './context.ts';
import { refuse } from './refusal.ts';

export function checkExpiry(ctx: TokenContext, deps: TokenDeps): void {
  const exp = ctx.claims!.exp;
  if (typeof exp !== 'number') return refuse('IDP_TOKEN_MALFORMED', 'The signed claims state no numeric exp.');
  if (ctx.now - deps.clockSkewSeconds >= exp)
    refuse('IDP_TOKEN_EXPIRED', `exp ${new Date(exp * 1000).toISOString()} is ${ctx.now - exp} s ago (clock skew allowed: ${deps.clockSkewSeconds} s).`);
}
