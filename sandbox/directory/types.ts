// The sandbox's directory model: impersonated orgs (Salesforce orgs, Entra tenants, Okta
// orgs, generic IdPs), their people, OIDC clients (Salesforce "connected apps") and SAML
// service providers. Plain data so fixtures, the admin API and tests share one shape.
export const PROVIDERS = ['salesforce', 'microsoft', 'okta', 'generic'] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

/** "salesforce/00D000000000001AAA", "microsoft/<tenant id>", "okta/globex", "generic/<slug>". */
export type OrgKey = string;

export interface Org {
  provider: ProviderKind;
  /** Salesforce org id, Entra tenant id, Okta org slug or generic slug. */
  id: string;
  name: string;
  /** Entra verified domains (informational, shown by the admin API). */
  domains?: string[];
  /** The SAML IdP accepts AuthnRequests by HTTP-POST only (JumpCloud, OneLogin): its metadata lists no Redirect endpoint. */
  samlPostOnly?: boolean;
}

export interface Person {
  /** Stable id inside the sandbox. */
  id: string;
  org: OrgKey;
  username: string;
  /** Absent: the IdP holds no email for the person (Entra's MICROSOFT_NO_EMAIL case). */
  email?: string;
  emailVerified: boolean;
  /** Provider's own user id: Salesforce 005…, Entra object id, Okta 00u…. */
  externalId: string;
  name: string;
  groups: string[];
}

export type IpRestriction = 'enforced' | 'relaxed';

export interface OidcClient {
  org: OrgKey;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** The connected app's name, as Salesforce's Login History shows it under Application. */
  name: string;
  /** Salesforce connected app OAuth policy "IP Relaxation". */
  ipRestriction: IpRestriction;
  /** false: email and email_verified in userinfo only, not in the ID token (Entra without the email optional claim). */
  idTokenEmail: boolean;
}

export type NameIdFormat = 'emailAddress' | 'persistent' | 'unspecified';

export interface SamlSp {
  org: OrgKey;
  entityId: string;
  acsUrls: string[];
  /** PEM or base64 body; when set, AuthnRequests from this SP must be signed by it. */
  cert?: string;
  /** PEM or base64 body: the SP's encryption certificate, used when an armed scenario encrypts the assertion. */
  encryptionCert?: string;
  nameIdFormat: NameIdFormat;
  /** SAML attribute name -> person field (email, username, name, externalId, groups, orgId). */
  attributes: Record<string, PersonField>;
  name: string;
}

export const PERSON_FIELDS = ['email', 'username', 'name', 'externalId', 'groups', 'orgId', 'emailVerified'] as const;
type PersonField = (typeof PERSON_FIELDS)[number];

export interface LoginHistoryEntry {
  id: string;
  time: string;
  org: OrgKey;
  username: string;
  /** Connected app / SP name. */
  application: string;
  /** Salesforce-style status: "Success", "Restricted IP", "Failed: …". */
  status: string;
  protocol: 'oidc' | 'saml';
  sourceIp: string;
  scenario?: string;
}

export interface SandboxFixtures {
  version: 1;
  orgs: Org[];
  people: Person[];
  oidcClients: OidcClient[];
  samlSps: SamlSp[];
}

export const orgKeyOf = (org: Pick<Org, 'provider' | 'id'>): OrgKey => `${org.provider}/${org.id}`;
