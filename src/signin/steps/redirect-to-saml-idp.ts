// SAML: an AuthnRequest to the IdP's SSO URL by HTTP-Redirect, asking for the ACS URL of
// this audience; RelayState is the pending request's id.
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { holdPendingRequest, newRequestId } from '../attempt/pending-request.ts';
import { buildAuthnRequest } from '../saml/authn-request.ts';
import { samlIdpOf } from '../saml/settings.ts';
import { spUrls } from '../../domain/signin/sp-urls.ts';

export const redirectToSamlIdp: Step<StartContext> = (ctx, { publicUrl }) => {
  const connection = ctx.connection!;
  const sp = spUrls(publicUrl, ctx.tenant!.accountName);
  const id = newRequestId();
  const built = buildAuthnRequest(samlIdpOf(connection), { entityId: sp.entityId, acsUrls: sp.acsUrls }, ctx.audience, id);
  holdPendingRequest(ctx, id, { protocol: 'SAML', nonce: null, codeVerifierSealed: null, samlRequestId: built.requestId });
  ctx.redirect = built.redirectUrl;
};
