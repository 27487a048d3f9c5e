// Rule: an ID token that lacks the claim the connection matches on is completed from the
// IdP's userinfo endpoint before matching. Entra, for one, puts `email` in its ID tokens
// only when the app registration asks for that optional claim, while userinfo returns it.
// The ID token's own claims win; userinfo only fills what it lacks, and openid-client
// refuses a userinfo answer for another subject. No userinfo endpoint, or an identity
// complete already: nothing is asked, and matching reports what is missing as before
// (MICROSOFT_NO_EMAIL when Microsoft holds no email at all).
import * as client from 'openid-client';
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { identifierOf } from '../../domain/users/identifier-field.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { identityFromClaims } from '../oidc/identity-from-claims.ts';

export const completeFromUserinfo: Step<OidcCallbackContext> = async (ctx, deps) => {
  const connection = ctx.connection!;
  if (identifierOf(ctx.identity!, connection.identifierField) !== null || !ctx.accessToken) return;
  const config = await oidcConfiguration(connection, deps).catch(failOidc);
  if (!config.serverMetadata().userinfo_endpoint) return;
  const subject = String(ctx.claims!.sub);
  const userinfo = await client.fetchUserInfo(config, ctx.accessToken, subject).catch(failOidc);
  const added = Object.keys(userinfo).filter((claim) => !(claim in ctx.claims!));
  if (!added.length) return;
  ctx.claims = { ...userinfo, ...ctx.claims };
  ctx.identity = identityFromClaims(connection.provider, ctx.claims);
  ctx.evidence = { ...ctx.evidence, userinfo: { claimsAdded: added.sort() } };
};
