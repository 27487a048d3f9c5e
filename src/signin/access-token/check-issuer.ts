// The verified `iss` must be exactly the connection's issuer (the stated one chose the
// connection and its keys; the signed one must agree).
import type { TokenContext } from './context.ts';
import { refuse } from './refusal.ts';

export function checkIssuer(ctx: TokenContext): void {
  const expected = ctx.connection!.oidcIssuer;
  if (ctx.claims!.iss !== expected) refuse('IDP_TOKEN_ISSUER_UNKNOWN', `The signed iss ${JSON.stringify(ctx.claims!.iss)} is not the connection's issuer ${expected}.`);
}
