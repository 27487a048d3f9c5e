// Which sandbox behaviour each failure code arms, and which code each behaviour should
// produce at an OIDC relying party and at a SAML SP. Codes come from the product's one
// failure catalog; nothing here spells a message.
import type { FailureCode } from '../../common/failures/catalog.ts';

export const BEHAVIOURS = [
  'email-unverified', 'no-email', 'other-org', 'ip-restricted', 'access-denied', 'clock-skew',
  'expired-cert', 'wrong-key', 'unsigned', 'wrong-audience', 'slow', 'down',
  'wrong-nonce', 'replay', 'encrypted', 'sha1',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/**
 * Where a down or slow IdP is so: the front channel is what the browser asks (OIDC
 * authorization and login pages, the SAML SSO URL); the back channel is what the SP asks
 * itself (OIDC discovery, JWKS, token, userinfo; SAML metadata). Unset: both.
 */
export const CHANNELS = ['front', 'back'] as const;
export type Channel = (typeof CHANNELS)[number];
/** slow's default delay: longer than any SP's limit for an IdP call (ours: 3 s probe, 5 s calls). */
export const SLOW_DEFAULT_MS = 8_000;

/** Codes that can be armed, with their behaviours; the first is the default. */
export const CODE_BEHAVIOURS = {
  SALESFORCE_EMAIL_UNVERIFIED: ['email-unverified'],
  MICROSOFT_NO_EMAIL: ['no-email'],
  SALESFORCE_WRONG_ORG: ['other-org'],
  SALESFORCE_ORG_NOT_LINKED: ['other-org'],
  ACCOUNT_SWITCH_ORG_MISMATCH: ['other-org'],
  IDP_IP_RESTRICTED: ['ip-restricted'],
  IDP_ACCESS_DENIED: ['access-denied'],
  SAML_ASSERTION_EXPIRED: ['clock-skew'],
  SAML_CERTIFICATE_EXPIRED: ['expired-cert'],
  SAML_SIGNATURE_INVALID: ['wrong-key'],
  SAML_ASSERTION_UNSIGNED: ['unsigned'],
  SAML_AUDIENCE_MISMATCH: ['wrong-audience'],
  OIDC_TOKEN_INVALID: ['wrong-key', 'clock-skew', 'wrong-audience'],
  IDP_UNAVAILABLE: ['down', 'slow'],
  OIDC_NONCE_MISMATCH: ['wrong-nonce'],
  SAML_ASSERTION_REPLAYED: ['replay'],
  SAML_ENCRYPTION_UNSUPPORTED: ['encrypted'],
  SAML_SIGNATURE_SHA1: ['sha1'],
  MICROSOFT_WRONG_TENANT: ['other-org'],
} as const satisfies Partial<Record<FailureCode, readonly Behaviour[]>>;

export type ArmableCode = keyof typeof CODE_BEHAVIOURS;
export const ARMABLE_CODES = Object.keys(CODE_BEHAVIOURS) as ArmableCode[];

export type Protocol = 'oidc' | 'saml';

/** The code an SP should report when the behaviour hits it; absent: no effect on that protocol. */
export function expectedCodes(code: ArmableCode, behaviour: Behaviour, channel?: Channel): Partial<Record<Protocol, FailureCode>> {
  // A SAML sign-in uses no back channel (the SP holds the IdP's certificates): only metadata
  // import and refresh meet a SAML IdP that is down there.
  if (channel === 'back' && AVAILABILITY.has(behaviour)) return { oidc: 'IDP_UNAVAILABLE' };
  switch (behaviour) {
    case 'clock-skew': return { oidc: 'OIDC_TOKEN_INVALID', saml: 'SAML_ASSERTION_EXPIRED' };
    case 'wrong-key': return { oidc: 'OIDC_TOKEN_INVALID', saml: 'SAML_SIGNATURE_INVALID' };
    case 'wrong-audience': return { oidc: 'OIDC_TOKEN_INVALID', saml: 'SAML_AUDIENCE_MISMATCH' };
    case 'expired-cert': return { saml: 'SAML_CERTIFICATE_EXPIRED' };
    case 'unsigned': return { saml: 'SAML_ASSERTION_UNSIGNED' };
    case 'ip-restricted': return { oidc: 'IDP_IP_RESTRICTED' };
    case 'wrong-nonce': return { oidc: 'OIDC_NONCE_MISMATCH' };
    case 'replay': return { saml: 'SAML_ASSERTION_REPLAYED' };
    case 'encrypted': return { saml: 'SAML_ENCRYPTION_UNSUPPORTED' };
    case 'sha1': return { saml: 'SAML_SIGNATURE_SHA1' };
    default: return { oidc: code, saml: code };
  }
}

/** Behaviours that act when the IdP endpoint is hit, before anyone signs in. */
export const AVAILABILITY: ReadonlySet<Behaviour> = new Set(['slow', 'down']);
