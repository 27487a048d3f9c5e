// SP-initiated sign-in: an unsigned AuthnRequest by the HTTP-Redirect binding (raw DEFLATE,
// base64, URL-encoded, RelayState alongside) or, for an IdP that takes POST only, by the
// HTTP-POST binding (base64 of the XML itself, in a form), asking for the response by
// HTTP-POST to the ACS URL of the audience (user or agent). Its ID is what InResponseTo must echo.
import { deflateRawSync } from 'node:zlib';
import { newSamlId } from './ids.ts';
import type { Audience } from '../../domain/signin/audience.ts';
import { BINDING, NS, type SamlIdpSettings, type SamlSpSettings } from './settings.ts';
import { escapeXml } from './xml-escape.ts';

function authnRequestXml(idp: SamlIdpSettings, sp: SamlSpSettings, audience: Audience, id: string, issueInstant: Date): string {
  return `<samlp:AuthnRequest xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}" ID="${id}" Version="2.0"`
    + ` IssueInstant="${issueInstant.toISOString()}" Destination="${escapeXml(idp.ssoUrl)}"`
    + ` AssertionConsumerServiceURL="${escapeXml(sp.acsUrls[audience])}" ProtocolBinding="${BINDING.post}">`
    + `<saml:Issuer>${escapeXml(sp.entityId)}</saml:Issuer></samlp:AuthnRequest>`;
}

/**
 * The URL to send the browser to. RelayState should stay within 80 bytes (SAML bindings
 * 3.4.3); it is passed through as given.
 */
export function buildAuthnRequest(idp: SamlIdpSettings, sp: SamlSpSettings, audience: Audience, relayState: string): { redirectUrl: string; requestId: string } {
  const requestId = newSamlId();
  const xml = authnRequestXml(idp, sp, audience, requestId, new Date());
  const url = new URL(idp.ssoUrl);
  url.searchParams.append('SAMLRequest', deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'));
  if (relayState !== '') url.searchParams.append('RelayState', relayState);
  return { redirectUrl: url.toString(), requestId };
}

/** The fields of the form the browser posts to the IdP's SSO URL (SAML bindings 3.5.4). */
export interface SamlPostForm {
  action: string;
  fields: { SAMLRequest: string; RelayState?: string };
}

/** The HTTP-POST binding: the same request, base64 and not deflated, for an auto-submitted form. */
export function buildPostAuthnRequest(idp: SamlIdpSettings, sp: SamlSpSettings, audience: Audience, relayState: string): { form: SamlPostForm; requestId: string } {
  const requestId = newSamlId();
  const xml = authnRequestXml(idp, sp, audience, requestId, new Date());
  const fields = { SAMLRequest: Buffer.from(xml, 'utf8').toString('base64'), ...(relayState !== '' ? { RelayState: relayState } : {}) };
  return { form: { action: idp.ssoUrl, fields }, requestId };
}
