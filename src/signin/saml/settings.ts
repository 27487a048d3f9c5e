// The two sides of one SAML connection, as the sign-in service hands them to the SP code:
// the IdP's entity ID, SSO URL, signing certificates and provider family, and our SP's
// entity ID and two ACS URLs (users and agents sign in through different URLs).
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { ProviderName } from '../identity.ts';

export type { ProviderName };

export interface SamlIdpSettings {
  entityId: string;
  ssoUrl: string;
  /** PEM certificates (a bare base64 body is accepted too). Only these are trusted: never a certificate inside a message. */
  signingCertificates: string[];
  provider: ProviderName;
  /** The legacy opt-in: SHA-1 signatures and digests accepted. Default false. */
  allowSha1?: boolean;
}

/** A SAML connection's IdP side, as the SP code reads it. */
export function samlIdpOf(connection: IdpConnection): SamlIdpSettings {
  return { entityId: connection.samlEntityId!, ssoUrl: connection.samlSsoUrl!, signingCertificates: JSON.parse(connection.samlSigningCertificates) as string[], provider: connection.provider, allowSha1: connection.samlAllowSha1Signatures };
}

export interface SamlSpSettings {
  entityId: string;
  acsUrls: { user: string; agent: string };
}


export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

export const BINDING = {
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
} as const;

export const NAMEID_FORMAT = {
  emailAddress: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
  transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  entity: 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity',
} as const;

export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
export const CM_BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
