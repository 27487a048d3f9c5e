// SAML: an AuthnRequest to the IdP's SSO URL, asking for the ACS URL of this audience, by the
// connection's binding: HTTP-Redirect (the browser is redirected), or HTTP-POST for an IdP
// that takes POST only (the browser gets a form that posts itself). RelayState is the
// pending request's id either way.
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { holdPendingRequest, newRequestId } from '../attempt/pending-request.ts';
import { buildAuthnRequest, buildPostAuthnRequest } from '../saml/authn-request.ts';
import { samlIdpOf } from '../saml/settings.ts';
import { spUrls } from '../../domain/signin/sp-urls.ts';

export const redirectToSamlIdp: Step<StartContext> = (ctx, { publicUrl }) => {
  const connection = ctx.connection!;
  const sp = spUrls(publicUrl, ctx.tenant!.accountName);
  const id = newRequestId();
  const idp = samlIdpOf(connection);
  const spSettings = { entityId: sp.entityId, acsUrls: sp.acsUrls };
  const hold = (samlRequestId: string) => holdPendingRequest(ctx, id, { protocol: 'SAML', nonce: null, codeVerifierSealed: null, samlRequestId });
  if (connection.samlSsoBinding === 'HTTP_POST') {
    const built = buildPostAuthnRequest(idp, spSettings, ctx.audience, id);
    hold(built.requestId);
    ctx.postForm = built.form;
    return;
  }
  const built = buildAuthnRequest(idp, spSettings, ctx.audience, id);
  hold(built.requestId);
  ctx.redirect = built.redirectUrl;
};
