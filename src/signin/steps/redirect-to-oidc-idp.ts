// OIDC: discover the IdP (cached per connection version) and send the browser to its
// authorization endpoint with PKCE (S256), state and nonce. The PKCE verifier is kept
// sealed in the pending request, bound to that request's id.
import * as client from 'openid-client';
import { userKindOf } from '../../domain/signin/audience.ts';
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { randomToken, sha256 } from '../requests.ts';
import { safeReturnTo, spUrls } from '../../domain/signin/sp-urls.ts';

export const redirectToOidcIdp: Step<StartContext> = async (ctx, deps) => {
  const { secrets, publicUrl } = deps;
  const connection = ctx.connection!;
  const config = await oidcConfiguration(connection, deps).catch(failOidc);
  const id = randomToken();
  const binding = randomToken();
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  ctx.binding = binding;
  ctx.pending = {
    id,
    tenantId: ctx.tenant!.id,
    connectionId: connection.id,
    audience: userKindOf(ctx.audience),
    protocol: 'OIDC',
    browserBindingHash: sha256(binding),
    returnTo: safeReturnTo(ctx.input.returnTo),
    isTest: ctx.kind === 'TEST',
    nonce,
    codeVerifierSealed: secrets.seal(codeVerifier, `SignInRequest:${id}`),
    samlRequestId: null,
  };
  ctx.redirect = client.buildAuthorizationUrl(config, {
    redirect_uri: spUrls(publicUrl, ctx.tenant!.accountName).oidcRedirectUri,
    scope: connection.oidcScopes,
    state: id,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).href;
};
