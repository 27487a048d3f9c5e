// Rule (RFC 9207, mix-up defence): an `iss` in the authorization response is the
// connection's issuer as discovered.
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkIssuerParameter: Step<OidcCallbackContext> = async (ctx, deps) => {
  const iss = ctx.callbackUrl.searchParams.get('iss');
  if (iss === null) return;
  const expected = (await oidcConfiguration(ctx.connection!, deps).catch(failOidc)).serverMetadata().issuer;
  if (iss !== expected) failSignIn('OIDC_ISSUER_MISMATCH', `The authorization response names issuer ${iss}, not ${expected}.`);
};
