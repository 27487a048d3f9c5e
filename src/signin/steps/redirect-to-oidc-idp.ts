// OIDC: discover the IdP (cached per connection version) and send the browser to its
// authorization endpoint with PKCE (S256), state and nonce. The PKCE verifier is kept
// sealed in the pending request, bound to that request's id.
import * as client from 'openid-client';
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { holdPendingRequest, newRequestId } from '../attempt/pending-request.ts';
import { spUrls } from '../../domain/signin/sp-urls.ts';

export const redirectToOidcIdp: Step<StartContext> = async (ctx, deps) => {
  const { secrets, publicUrl } = deps;
  const connection = ctx.connection!;
  const config = await oidcConfiguration(connection, deps).catch(failOidc);
  const id = newRequestId();
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  holdPendingRequest(ctx, id, { protocol: 'OIDC', nonce, codeVerifierSealed: secrets.seal(codeVerifier, `SignInRequest:${id}`), samlRequestId: null });
  ctx.redirect = client.buildAuthorizationUrl(config, {
    redirect_uri: spUrls(publicUrl, ctx.tenant!.accountName).oidcRedirectUri,
    scope: connection.oidcScopes,
    state: id,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).href;
};
