// SP-initiated sign-in: an unsigned AuthnRequest by the HTTP-Redirect binding (raw DEFLATE,
// base64, URL-encoded, RelayState alongside), asking for the response by HTTP-POST to the
// ACS URL of the audience (user or agent). Its ID is what InResponseTo must echo.
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
