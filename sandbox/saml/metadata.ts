// IdP metadata XML for one impersonated org (entity ID, signing certificate(s), NameID
// formats, the SSO endpoints, its name), and every org's at once as a federation
// aggregate. The routes list each org's expired certificate too, as an IdP that never
// removed its retired certificate would. A POST-only org lists no Redirect endpoint, as
// JumpCloud's and OneLogin's exports do.
import type { SigningMaterial } from '../keys/keys.ts';
import { NAMEID_URNS } from './nameid.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** One org's md:EntityDescriptor, with its name as mdui:DisplayName (how federations name their IdPs). */
function entityDescriptor(entityId: string, ssoUrl: string, certs: SigningMaterial[], displayName?: string, postOnly = false): string {
  const keys = certs.map((c) => `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${c.certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`).join('');
  const formats = Object.values(NAMEID_URNS).map((u) => `<md:NameIDFormat>${u}</md:NameIDFormat>`).join('');
  const ui = displayName ? `<md:Extensions><mdui:UIInfo><mdui:DisplayName xml:lang="en">${esc(displayName)}</mdui:DisplayName></mdui:UIInfo></md:Extensions>` : '';
  return `<md:EntityDescriptor entityID="${esc(entityId)}">`
    + `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${ui}${keys}${formats}`
    + (postOnly ? '' : `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${esc(ssoUrl)}"/>`)
    + `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${esc(ssoUrl)}"/>`
    + '</md:IDPSSODescriptor></md:EntityDescriptor>';
}

const NAMESPACES = 'xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui"';

export function idpMetadataXml(entityId: string, ssoUrl: string, certs: SigningMaterial[], displayName?: string, postOnly = false): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${entityDescriptor(entityId, ssoUrl, certs, displayName, postOnly).replace('<md:EntityDescriptor ', `<md:EntityDescriptor ${NAMESPACES} `)}\n`;
}

export interface FederationMember {
  entityId: string;
  ssoUrl: string;
  certs: SigningMaterial[];
  displayName: string;
  postOnly?: boolean;
}

/** Every org's IdP in one md:EntitiesDescriptor, as a federation's aggregate publishes its members. */
export function federationMetadataXml(name: string, members: FederationMember[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<md:EntitiesDescriptor ${NAMESPACES} Name="${esc(name)}">`
    + members.map((m) => entityDescriptor(m.entityId, m.ssoUrl, m.certs, m.displayName, m.postOnly)).join('')
    + '</md:EntitiesDescriptor>\n';
}
