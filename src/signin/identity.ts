// What a validated sign-in response tells us about the person, whatever the protocol.
// Protocol validation (src/signin/oidc, src/signin/saml) produces it; identity matching
// (src/signin/matching) reads it.
export type ProviderName = 'SALESFORCE' | 'MICROSOFT' | 'OKTA' | 'AZURE' | 'GENERIC';


export interface ExternalIdentity {
  provider: ProviderName;
  protocol: 'OIDC' | 'SAML';
  /** The IdP that vouched for it (OIDC iss / SAML Issuer). */
  issuer: string;
  /** The IdP's stable subject (OIDC sub / SAML NameID). */
  subject: string;
  /** What the IdP calls the user's username: Salesforce/Okta preferred_username, Entra preferred_username or upn, SAML login attribute. */
  username?: string;
  email?: string;
  /** Only when the IdP says (Salesforce, Okta): undefined means "not stated". */
  emailVerified?: boolean;
  /** The identifier an EXTERNAL_ID match uses: Salesforce user_id, Entra oid, Okta user id, SAML persistent NameID or externalId attribute. */
  externalId?: string;
  displayName?: string;
  /** Salesforce: the org the user signed in to. */
  salesforceOrgId?: string;
  /** Entra ID: the directory (tenant) the user signed in to. */
  entraTenantId?: string;
}
