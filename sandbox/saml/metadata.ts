// IdP metadata XML for one impersonated org: entity ID, signing certificate(s), NameID
// formats and the SSO endpoints. The routes list the org's expired certificate too, as an
// IdP that never removed its retired certificate would.
import type { SigningMaterial } from '../keys/keys.ts';
import { NAMEID_URNS } from './nameid.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function idpMetadataXml(entityId: string, ssoUrl: string, certs: SigningMaterial[]): string {
  const keys = certs.map((c) => `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${c.certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`).join('');
  const formats = Object.values(NAMEID_URNS).map((u) => `<md:NameIDFormat>${u}</md:NameIDFormat>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${esc(entityId)}">`
    + `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${keys}${formats}`
    + `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${esc(ssoUrl)}"/>`
    + `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${esc(ssoUrl)}"/>`
    + '</md:IDPSSODescriptor></md:EntityDescriptor>\n';
}
