// The signature, against the keys the connection's issuer publishes, with the allowed
// algorithms only. From here on the claims are the IdP's word.
import { compactVerify, errors } from 'jose';
import type { TokenContext, TokenDeps } from './context.ts';
import { ALLOWED_ALGORITHMS } from './check-algorithm.ts';
import { refuse } from './refusal.ts';

export async function verifySignature(ctx: TokenContext, deps: TokenDeps): Promise<void> {
  const issuer = ctx.connection!.oidcIssuer!;
  const keys = await deps.keySets.forIssuer(issuer);
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(ctx.jwt, keys, { algorithms: ALLOWED_ALGORITHMS }));
  } catch (error) {
    const kid = JSON.stringify(ctx.header.kid);
    if (error instanceof errors.JWKSNoMatchingKey) refuse('IDP_TOKEN_KEY_UNKNOWN', `No key of ${issuer}'s JWKS has kid ${kid} (alg ${String(ctx.header.alg)}).`);
    if (error instanceof errors.JWSSignatureVerificationFailed) refuse('IDP_TOKEN_SIGNATURE_INVALID', `The signature does not verify with ${issuer}'s key ${kid}.`);
    if (error instanceof errors.JOSEAlgNotAllowed) refuse('IDP_TOKEN_ALGORITHM_REFUSED', `Algorithm ${String(ctx.header.alg)} is not allowed.`);
    const unreadable = error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error?.constructor === errors.JOSEError; // JOSEError itself: the JWKS answered other than 200
    if (unreadable || (error as Error).name === 'OutboundRequestError' || error instanceof SyntaxError)
      refuse('IDP_TOKEN_KEYS_UNAVAILABLE', `The JWKS of ${issuer} could not be read: ${(error as Error).message.slice(0, 200)}`);
    if (error instanceof errors.JOSEError) refuse('IDP_TOKEN_SIGNATURE_INVALID', `${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`);
    throw error;
  }
  ctx.claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
}
