// Rule: the code is redeemed at the IdP's token endpoint with the PKCE verifier, and the
// ID token it returns is valid: signature against the IdP's keys, issuer, audience,
// expiry, and the nonce this sign-in sent (openid-client's checks; see oidc/configuration.ts).
import * as client from 'openid-client';
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { idTokenEvidence, jwtHeader } from '../evidence/oidc-evidence.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { tokenRefusal } from '../oidc/token-refusal.ts';
import { failSignIn } from '../sign-in-error.ts';

export const exchangeCode: Step<OidcCallbackContext> = async (ctx, deps) => {
  const request = ctx.request!;
  const config = await oidcConfiguration(ctx.connection!, deps).catch(failOidc);
  try {
    const codeVerifier = deps.secrets.open(request.codeVerifierSealed!, `SignInRequest:${request.id}`);
    const tokens = await client.authorizationCodeGrant(config, ctx.callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: request.id, expectedNonce: request.nonce!, idTokenExpected: true });
    ctx.claims = tokens.claims() as Record<string, unknown> | undefined;
    ctx.accessToken = tokens.access_token;
    ctx.evidence = { ...ctx.evidence, idToken: idTokenEvidence(ctx.claims, jwtHeader(tokens.id_token), true) };
  } catch (error) {
    // The claims a refused ID token carried, when the library says (nonce, audience, expiry…).
    const cause = (error as { cause?: { claims?: Record<string, unknown>; cause?: { claims?: Record<string, unknown> } } }).cause;
    const claims = cause?.claims ?? cause?.cause?.claims;
    if (claims) ctx.evidence = { ...ctx.evidence, idToken: idTokenEvidence(claims, null, false) };
    // The IdP refusing the code, in whichever envelope it chose; else the library's verdict.
    const refused = await tokenRefusal(error, config.serverMetadata().token_endpoint);
    if (refused) failSignIn(refused.code, refused.detail);
    return failOidc(error);
  }
  if (!ctx.claims) failSignIn('OIDC_TOKEN_INVALID', 'The token response carried no ID token.');
};
