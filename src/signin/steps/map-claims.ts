// The ID token's claims → the person, in the provider's own claim names
// (Salesforce organization_id / user_id, Entra tid / oid / upn, …).
import type { OidcCallbackContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { identityFromClaims } from '../oidc/identity-from-claims.ts';

export const mapClaims: Step<OidcCallbackContext> = (ctx) => {
  ctx.identity = identityFromClaims(ctx.connection!.provider, ctx.claims!);
};
