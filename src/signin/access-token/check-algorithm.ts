// Only asymmetric signatures: "none" proves nothing, and an HS* token "signed" with the
// IdP's public key (which anyone can fetch) is the classic key-confusion forgery. The
// list is also handed to the signature verification, so the two cannot disagree.
import type { TokenContext } from './context.ts';
import { refuse } from './refusal.ts';

export const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export function checkAlgorithm(ctx: TokenContext): void {
  const alg = ctx.header.alg;
  if (typeof alg !== 'string' || !ALLOWED_ALGORITHMS.includes(alg)) {
    refuse('IDP_TOKEN_ALGORITHM_REFUSED', `The token's header names the algorithm ${JSON.stringify(alg)}; accepted: ${ALLOWED_ALGORITHMS.join(', ')}.`);
  }
  if (ctx.header.crit !== undefined) refuse('IDP_TOKEN_MALFORMED', 'The token\'s header lists critical extensions ("crit"), which the API does not support.');
}
