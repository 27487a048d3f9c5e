// SAML: an AuthnRequest to the IdP's SSO URL by HTTP-Redirect, asking for the ACS URL of
// this audience; RelayState is the pending request's id.
import { userKindOf } from '../../domain/signin/audience.ts';
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { randomToken, sha256 } from '../requests.ts';
import { buildAuthnRequest } from '../saml/authn-request.ts';
import { samlIdpOf } from '../saml/settings.ts';
import { safeReturnTo, spUrls } from '../../domain/signin/sp-urls.ts';

export const redirectToSamlIdp: Step<StartContext> = (ctx, { publicUrl }) => {
  const connection = ctx.connection!;
  const sp = spUrls(publicUrl, ctx.tenant!.accountName);
  const id = randomToken();
  const binding = randomToken();
  const built = buildAuthnRequest(samlIdpOf(connection), { entityId: sp.entityId, acsUrls: sp.acsUrls }, ctx.audience, id);
  ctx.binding = binding;
  ctx.pending = {
    id,
    tenantId: ctx.tenant!.id,
    connectionId: connection.id,
    audience: userKindOf(ctx.audience),
    protocol: 'SAML',
    browserBindingHash: sha256(binding),
    returnTo: safeReturnTo(ctx.input.returnTo),
    isTest: ctx.kind === 'TEST',
    nonce: null,
    codeVerifierSealed: null,
    samlRequestId: built.requestId,
  };
  ctx.redirect = built.redirectUrl;
};
