// Token-level scenarios on an OIDC ID token: clock skew (iat/exp/auth_time moved by
// skewSeconds), wrong audience, a nonce the RP did not send, and a signature by a key
// the JWKS does not publish. Anything not named stays as oidc-provider issued it.
import { randomBytes } from 'node:crypto';
import { decodeJwt, signRs256 } from '../oidc/jwt.ts';
import type { SigningMaterial } from '../keys/keys.ts';
import type { SignInEffects } from './effects.ts';

export function needsIdTokenRewrite(fx: SignInEffects): boolean {
  return fx.skewSeconds !== undefined || fx.audience !== undefined || fx.signWith === 'foreign' || fx.wrongNonce === true;
}

export function rewriteIdToken(idToken: string, fx: SignInEffects, keys: { current: SigningMaterial; foreign: SigningMaterial }): string {
  const { header, payload } = decodeJwt(idToken);
  if (fx.skewSeconds !== undefined) {
    for (const claim of ['iat', 'exp', 'auth_time', 'nbf']) {
      if (typeof payload[claim] === 'number') payload[claim] = (payload[claim] as number) + fx.skewSeconds;
    }
    // An IdP clock running ahead issues tokens "not before" its own now (Entra sets nbf).
    if (payload.nbf === undefined && typeof payload.iat === 'number') payload.nbf = payload.iat;
  }
  if (fx.audience !== undefined) payload.aud = fx.audience;
  // Another sign-in's nonce (or one where the RP sent none): fresh, so it can never match.
  if (fx.wrongNonce) payload.nonce = `sandbox-other-${randomBytes(16).toString('base64url')}`;
  // A rotated key keeps the kid the SP knows: the signature, not the key lookup, fails.
  const key = fx.signWith === 'foreign' ? keys.foreign : keys.current;
  return signRs256({ ...header, kid: keys.current.kid }, payload, key.privateKey);
}
