/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Public API access with this IdP's access tokens (R15): POST /graphql then accepts "Authorization: Bearer <JWT>" issued by the IdP for this audience, and runs it as the matched user. Off by default. */
export type ApiAccessInput = {
  /** The `aud` the IdP puts in access tokens meant for the platform's API (not the client ID). Required to switch access on; absent keeps the stored one. */
  audience?: string | null | undefined;
  enabled: boolean;
};

/** OPERATOR: the platform operator, every tenant. TENANT_ADMIN: one tenant. */
export type ApiRole =
  | 'OPERATOR'
  | 'TENANT_ADMIN';

export type AttemptKind =
  /** A sign-in through the login page. */
  | 'SIGN_IN'
  /** A switch to another of the signed-in person's accounts. */
  | 'SWITCH'
  /** A test sign-in (testIdpConnection): opens no session; readiness counts it. */
  | 'TEST';

export type AttemptOutcome =
  /** Never came back from the IdP within the abandon time. */
  | 'ABANDONED'
  /** Ended with a documented failure: see code and diagnosis. */
  | 'FAILURE'
  /** Started (or at the IdP) and not back yet. */
  | 'PENDING'
  /** Signed in (or, for a test sign-in, matched a user). */
  | 'SUCCESS';

export type CreateApiTokenInput = {
  name: string;
  role: ApiRole;
  /** Required for TENANT_ADMIN tokens; absent for OPERATOR tokens. */
  tenantId?: string | number | null | undefined;
};

export type CreateIdpConnectionInput = {
  /** Microsoft/Azure connections: the linked Entra domain. */
  entraDomain?: string | null | undefined;
  /** Microsoft/Azure connections: the linked Entra tenant (GUID). */
  entraTenantId?: string | null | undefined;
  /** Default EMAIL. */
  identifierField?: IdentifierField | null | undefined;
  name: string;
  oidc?: OidcSettingsInput | null | undefined;
  protocol: Protocol;
  provider: Provider;
  /** Salesforce connections: the linked org (15 or 18 characters, starts with 00D). */
  salesforceOrgId?: string | null | undefined;
  saml?: SamlSettingsInput | null | undefined;
  tenantId: string | number;
};

export type CreateTenantInput = {
  /** URL-safe; login URLs carry it: /login?account=AccountName. */
  accountName: string;
  displayName: string;
};

export type CreateUserInput = {
  displayName?: string | null | undefined;
  /** Matched case-insensitively at sign-in; stored lower-cased. Need not be unique (duplicates are reported by readiness). */
  email?: string | null | undefined;
  /** The IdP-side identifier, when matching by external ID. */
  externalId?: string | null | undefined;
  /** Admins manage the account; agents cannot be admins. */
  isAdmin?: boolean | null | undefined;
  /** Default USER. */
  kind?: UserKind | null | undefined;
  /** Keep password sign-in while SSO is on (break-glass). Default true. */
  passwordSignInAllowed?: boolean | null | undefined;
  tenantId: string | number;
  /** Unique within the account. */
  username: string;
};

export type DeleteIdpConnectionInput = {
  id: string | number;
};

export type DeleteTenantInput = {
  id: string | number;
};

export type DeleteUserInput = {
  id: string | number;
};

export type DisableSsoInput = {
  tenantId: string | number;
};

export type EnableSsoInput = {
  /** Only report: readiness and who would be locked out; changes nothing. */
  dryRun?: boolean | null | undefined;
  tenantId: string | number;
};

/** A documented sign-in failure (common/failures/catalog.ts). */
export type FailureCode =
  /** The login URL names no account */
  | 'ACCOUNT_PARAMETER_MISSING'
  /** The other account is linked to a different Salesforce org or Entra domain */
  | 'ACCOUNT_SWITCH_ORG_MISMATCH'
  /** The other account uses a different identity provider */
  | 'ACCOUNT_SWITCH_PROVIDER_MISMATCH'
  /** The login URL names an unknown account */
  | 'ACCOUNT_UNKNOWN'
  /** The identity provider denied access */
  | 'IDP_ACCESS_DENIED'
  /** Salesforce restricts the platform by IP address */
  | 'IDP_IP_RESTRICTED'
  /** The identity provider did not answer */
  | 'IDP_UNAVAILABLE'
  /** A stored login URL does not follow the SSO URL syntax */
  | 'LOGIN_URL_INVALID'
  /** Microsoft provided no email for the user */
  | 'MICROSOFT_NO_EMAIL'
  /** The Microsoft user is in another Entra ID directory than the account in the URL */
  | 'MICROSOFT_WRONG_TENANT'
  /** Several users of the account match the external user */
  | 'MULTIPLE_USERS_FOUND'
  /** The IdP refused the authorization code */
  | 'OIDC_CODE_REJECTED'
  /** The response came from another identity provider */
  | 'OIDC_ISSUER_MISMATCH'
  /** The ID token was issued for another sign-in */
  | 'OIDC_NONCE_MISMATCH'
  /** The OIDC callback does not belong to this browser's sign-in */
  | 'OIDC_STATE_MISMATCH'
  /** The ID token failed validation */
  | 'OIDC_TOKEN_INVALID'
  /** Salesforce has not verified the user's email address */
  | 'SALESFORCE_EMAIL_UNVERIFIED'
  /** No account is linked to the Salesforce org */
  | 'SALESFORCE_ORG_NOT_LINKED'
  /** The Salesforce user is in another org than the account in the URL */
  | 'SALESFORCE_WRONG_ORG'
  /** The SAML assertion is outside its validity window */
  | 'SAML_ASSERTION_EXPIRED'
  /** The SAML assertion was already used */
  | 'SAML_ASSERTION_REPLAYED'
  /** The SAML assertion is not signed */
  | 'SAML_ASSERTION_UNSIGNED'
  /** The SAML assertion is for another service provider */
  | 'SAML_AUDIENCE_MISMATCH'
  /** The IdP signing certificate has expired */
  | 'SAML_CERTIFICATE_EXPIRED'
  /** The IdP encrypted the assertion */
  | 'SAML_ENCRYPTION_UNSUPPORTED'
  /** IdP-initiated SAML is off for the connection */
  | 'SAML_IDP_INITIATED_DISABLED'
  /** The SAML response answers a request this browser did not make */
  | 'SAML_IN_RESPONSE_TO_MISMATCH'
  /** The SAML response comes from another identity provider */
  | 'SAML_ISSUER_MISMATCH'
  /** The SAML response was sent for another address */
  | 'SAML_RECIPIENT_MISMATCH'
  /** The SAML response could not be read */
  | 'SAML_RESPONSE_MALFORMED'
  /** The SAML response signature does not verify */
  | 'SAML_SIGNATURE_INVALID'
  /** The IdP signs with SHA-1 */
  | 'SAML_SIGNATURE_SHA1'
  /** The single sign-on cookie is invalid or missing */
  | 'SSO_COOKIE_MISSING'
  /** Single sign-on is not configured for the account */
  | 'SSO_NOT_CONFIGURED'
  /** Something else went wrong */
  | 'UNEXPECTED_ERROR'
  /** No user of the account matches the external user */
  | 'USER_NOT_FOUND'
  /** An agent used the user sign-in URL, or a user the agent URL */
  | 'WRONG_SIGN_IN_URL';

export type FindingSeverity =
  /** enableSso refuses while it stands. */
  | 'BLOCKER'
  /** Reported; does not block. */
  | 'WARNING';

/** Which platform user field the external identity is matched on. */
export type IdentifierField =
  | 'EMAIL'
  | 'EXTERNAL_ID'
  | 'USERNAME';

/** IdP-initiated SAML (unsolicited responses from the IdP's app dashboard). Off by default; when on, a response is accepted only within 2 minutes of its IssueInstant, once, with no InResponseTo, and lands on its RelayState only when that is one of relayStates (otherwise on the default page). */
export type IdpInitiatedInput = {
  enabled: boolean;
  /** Paths on this site a RelayState may name, e.g. "/agent" (no scheme, host, "//", backslash or control characters). Absent keeps the stored ones; null clears them. */
  relayStates?: Array<string> | null | undefined;
};

/** Exactly one of url and xml. A failed fetch or parse changes nothing: the last good configuration stays. */
export type ImportSamlMetadataInput = {
  /** false: preview only (nothing is written, nothing audited). */
  apply?: boolean | null | undefined;
  /** A SAML connection. */
  connectionId: string | number;
  /** Which IdP to import from a document that describes several (a federation aggregate). Without it, the connection's current entity ID when the document has it, else the only IdP; several and none chosen is INVALID_INPUT, an entity ID the document lacks NOT_FOUND, both on input.entityId and naming the entities offered. */
  entityId?: string | null | undefined;
  /** The IdP metadata URL: https (http only for a loopback test IdP), at most 3 redirects, 1 MiB, 5 s. Private and loopback addresses are refused unless the deployment allows them; link-local (cloud metadata) never. Stored as saml.metadataUrl when applied. */
  url?: string | null | undefined;
  /** The metadata document itself (EntityDescriptor, or an EntitiesDescriptor such as a federation aggregate), at most 1 MiB. DTDs are refused. */
  xml?: string | null | undefined;
};

export type ImportUserRow = {
  displayName?: string | null | undefined;
  /** Matched case-insensitively at sign-in; stored lower-cased. Need not be unique (duplicates are reported by readiness). */
  email?: string | null | undefined;
  /** The IdP-side identifier, when matching by external ID. */
  externalId?: string | null | undefined;
  /** Admins manage the account; agents cannot be admins. */
  isAdmin?: boolean | null | undefined;
  /** Default USER. */
  kind?: UserKind | null | undefined;
  /** Keep password sign-in while SSO is on (break-glass). Default true. */
  passwordSignInAllowed?: boolean | null | undefined;
  username: string;
};

export type ImportUsersInput = {
  tenantId: string | number;
  /** Up to 100,000 rows. Send them as a variable, not inline. */
  users: Array<ImportUserRow>;
};

/** A SAML setting that a metadata import can change. */
export type MetadataField =
  /** saml.entityId */
  | 'ENTITY_ID'
  /** saml.metadataUrl (set when the import was from a URL) */
  | 'METADATA_URL'
  /** One signing certificate, by SHA-256 fingerprint: before null = added, after null = removed. */
  | 'SIGNING_CERTIFICATE'
  /** saml.ssoBinding: HTTP_POST when the metadata lists the SSO endpoint for HTTP-POST only, else HTTP_REDIRECT */
  | 'SSO_BINDING'
  /** saml.ssoUrl (HTTP-Redirect binding, else HTTP-POST) */
  | 'SSO_URL';

/** The attributes obtained from the IdP for OpenID Connect. In updates, an absent field is left as it is and null clears it. */
export type OidcSettingsInput = {
  /** null switches API access off and forgets the audience. */
  apiAccess?: ApiAccessInput | null | undefined;
  clientId?: string | null | undefined;
  /** Write-only: stored encrypted, never returned. */
  clientSecret?: string | null | undefined;
  /** https URL (http only for a loopback test IdP). */
  issuer?: string | null | undefined;
  /** Space-separated; must include openid. Default: "openid email profile". */
  scopes?: string | null | undefined;
};

/** SAML 2.0 or OpenID Connect. The platform public APIs require OIDC. */
export type Protocol =
  | 'OIDC'
  | 'SAML';

/** The identity provider a connection talks to. AZURE and MICROSOFT are both Microsoft Entra ID. */
export type Provider =
  | 'AZURE'
  | 'GENERIC'
  | 'MICROSOFT'
  | 'OKTA'
  | 'SALESFORCE';

export type ReadinessFindingCode =
  /** The signing certificate {subject} of {connection} expired on {notAfter}. */
  | 'CERTIFICATE_EXPIRED'
  /** The signing certificate {subject} of {connection} expires on {notAfter}. */
  | 'CERTIFICATE_EXPIRING'
  /** The connection {connection} lacks {missing}. */
  | 'CONNECTION_INCOMPLETE'
  /** {count} users and agents share a {field} with someone else ({groups} values): they would see "Multiple users found". */
  | 'DUPLICATE_IDENTIFIERS'
  /** The Microsoft connection {connection} is linked to no Entra ID tenant or domain. */
  | 'ENTRA_DIRECTORY_NOT_SET'
  /** The metadata URL of {connection} could not be read: {problem} */
  | 'METADATA_UNREACHABLE'
  /** No admin keeps password sign-in or has passed a test SSO sign-in: a broken IdP would lock everyone out. */
  | 'NO_BREAK_GLASS'
  /** The account has no IdP connection. */
  | 'NO_CONNECTION'
  /** No user or agent has a {field}, which {connection} matches on: nobody could sign in. */
  | 'NO_MATCHABLE_USERS'
  /** No successful test sign-in through {connection} for {audience} since it last changed. */
  | 'NO_TEST_SIGN_IN'
  /** The OIDC discovery document of {connection} could not be read: {problem} */
  | 'OIDC_DISCOVERY_FAILED'
  /** The IdP of {connection} calls itself {actual}, not {expected}. */
  | 'OIDC_ISSUER_MISMATCH'
  /** {count} recent Microsoft sign-ins failed because Microsoft holds no email for the user, and {connection} matches on Email. */
  | 'RECENT_MICROSOFT_NO_EMAIL'
  /** {count} recent Salesforce sign-ins failed because Salesforce has not verified the email, and {connection} matches on Email. */
  | 'RECENT_SALESFORCE_UNVERIFIED_EMAILS'
  /** The Salesforce connection {connection} is linked to no Salesforce org. */
  | 'SALESFORCE_ORG_NOT_SET'
  /** The connection {connection} accepts SHA-1 signatures (the legacy opt-in): a forged response could pass. */
  | 'SAML_SHA1_ALLOWED'
  /** The platform operator has not granted this account the Single Sign On entitlement. */
  | 'SSO_NOT_ENTITLED'
  /** {count} users and agents have no {field}, which {connection} matches on: they cannot sign in with it; {lockedOut} of them have no password sign-in and no other connection that matches them, and would be locked out. */
  | 'USERS_UNMATCHABLE';

export type RevokeApiTokenInput = {
  id: string | number;
};

export type RevokeSessionsInput = {
  userId: string | number;
};

/** How the AuthnRequest reaches the IdP: HTTP_REDIRECT (a GET with the deflated request in the query) or HTTP_POST (an auto-submitted form), as its metadata lists its SingleSignOnService. */
export type SamlBinding =
  | 'HTTP_POST'
  | 'HTTP_REDIRECT';

/** The parameters obtained from the IdP for SAML 2.0. In updates, an absent field is left as it is and null clears it. */
export type SamlSettingsInput = {
  /** Legacy IdPs only: accept SHA-1 signatures and digests (default false; readiness warns while on). Prefer switching the IdP to RSA-SHA256. */
  allowSha1Signatures?: boolean | null | undefined;
  entityId?: string | null | undefined;
  /** null switches IdP-initiated sign-in off and forgets the RelayState targets. */
  idpInitiated?: IdpInitiatedInput | null | undefined;
  /** For dynamic configuration. */
  metadataUrl?: string | null | undefined;
  /** PEM certificates the IdP signs with; several during a key rollover. */
  signingCertificates?: Array<string> | null | undefined;
  /** HTTP_REDIRECT (default) or HTTP_POST, for an IdP whose SSO endpoint takes POST only. Cannot be null. */
  ssoBinding?: SamlBinding | null | undefined;
  /** Where AuthnRequests go, by ssoBinding. */
  ssoUrl?: string | null | undefined;
};

export type SetSsoEntitlementInput = {
  entitled: boolean;
  tenantId: string | number;
};

export type TestIdpConnectionInput = {
  /** USER tests the user SP URL, AGENT the agent one. */
  audience: UserKind;
  connectionId: string | number;
};

/** Provider and protocol are fixed once created. Absent fields are left as they are. */
export type UpdateIdpConnectionInput = {
  /** Microsoft/Azure connections: the linked Entra domain. */
  entraDomain?: string | null | undefined;
  /** Microsoft/Azure connections: the linked Entra tenant (GUID). */
  entraTenantId?: string | null | undefined;
  id: string | number;
  /** Default EMAIL. */
  identifierField?: IdentifierField | null | undefined;
  name?: string | null | undefined;
  oidc?: OidcSettingsInput | null | undefined;
  /** Salesforce connections: the linked org (15 or 18 characters, starts with 00D). */
  salesforceOrgId?: string | null | undefined;
  saml?: SamlSettingsInput | null | undefined;
};

export type UpdateTenantInput = {
  accountName?: string | null | undefined;
  displayName?: string | null | undefined;
  id: string | number;
};

/** Absent fields are left as they are; null clears email, externalId and displayName. */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** Matched case-insensitively at sign-in; stored lower-cased. Need not be unique (duplicates are reported by readiness). */
  email?: string | null | undefined;
  /** The IdP-side identifier, when matching by external ID. */
  externalId?: string | null | undefined;
  id: string | number;
  /** Admins manage the account; agents cannot be admins. */
  isAdmin?: boolean | null | undefined;
  kind?: UserKind | null | undefined;
  /** Keep password sign-in while SSO is on (break-glass). Default true. */
  passwordSignInAllowed?: boolean | null | undefined;
  username?: string | null | undefined;
};

/** Why a mutation refused its input. Stable: clients may branch on it. */
export type UserErrorCode =
  /** The change clashes with existing data (for example a name already taken). */
  | 'CONFLICT'
  /** This token may not perform the operation. */
  | 'FORBIDDEN'
  /** A field is missing, malformed or out of range. */
  | 'INVALID_INPUT'
  /** The request is larger than the operation allows. */
  | 'LIMIT_EXCEEDED'
  /** The object does not exist, or is not visible to this token. */
  | 'NOT_FOUND'
  /** SSO cannot be enabled yet: the readiness report lists the blockers. */
  | 'NOT_READY';

/** USER signs in to the admin portal; AGENT to the softphone client. */
export type UserKind =
  | 'AGENT'
  | 'USER';

/** How the request authenticated. */
export type ViewerCredential =
  /** The platform's own API token (sso_…). */
  | 'API_TOKEN'
  /** An access token (JWT) from the tenant's IdP, accepted through a connection with API access (R15). */
  | 'IDP_TOKEN';

/** What the credential of the request may do. */
export type ViewerRole =
  /** The platform operator (API token): every tenant. */
  | 'OPERATOR'
  /** One tenant: a tenant admin API token, or an IdP access token of a user who is an admin of the account. */
  | 'TENANT_ADMIN'
  /** A client-credentials IdP access token: names an application, no person; may ask who it is (viewer), nothing else. */
  | 'TENANT_APPLICATION'
  /** An IdP access token of a user who is not an admin: may ask who it is (viewer), nothing of the account's data. */
  | 'TENANT_USER';

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { tenant: { id: string, accountName: string, displayName: string, ssoEntitled: boolean, ssoEnabled: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateTenantMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { tenant: { id: string, accountName: string, displayName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteTenantMutationVariables = Exact<{
  input: DeleteTenantInput;
}>;


export type DeleteTenantMutation = { deleteTenant: { tenant: { id: string, accountName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TenantByNameQueryVariables = Exact<{
  accountName: string;
}>;


export type TenantByNameQuery = { tenant: { id: string, accountName: string, displayName: string } | null };

export type TenantsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenantsPageQuery = { tenants: { edges: Array<{ cursor: string, node: { accountName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetApiAccessOpMutationVariables = Exact<{
  input: UpdateIdpConnectionInput;
}>;


export type SetApiAccessOpMutation = { updateIdpConnection: { connection: { id: string, oidc: { issuer: string | null, apiAccess: { enabled: boolean, audience: string | null } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateConnectionWithApiAccessOpMutationVariables = Exact<{
  input: CreateIdpConnectionInput;
}>;


export type CreateConnectionWithApiAccessOpMutation = { createIdpConnection: { connection: { id: string, oidc: { issuer: string | null, apiAccess: { enabled: boolean, audience: string | null } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WhoAmIOpQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIOpQuery = { viewer: { role: ViewerRole, credential: ViewerCredential, name: string, accountName: string | null } };

export type WhoAmIWithTenantOpQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIWithTenantOpQuery = { viewer: { role: ViewerRole, credential: ViewerCredential, name: string, accountName: string | null, user: { id: string, username: string } | null, tenant: { id: string, accountName: string, users: { totalCount: number } } | null } };

export type VisibleTenantsOpQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibleTenantsOpQuery = { tenants: { edges: Array<{ node: { id: string, accountName: string } }> } };

export type RenameTenantOpMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type RenameTenantOpMutation = { updateTenant: { tenant: { id: string, displayName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NodeOfIdpTokenOpQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeOfIdpTokenOpQuery = { node:
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'IdpConnection', id: string }
    | { __typename: 'LoginAttempt', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'User', id: string }
   | null };

export type ImportSamlMetadataOpMutationVariables = Exact<{
  input: ImportSamlMetadataInput;
}>;


export type ImportSamlMetadataOpMutation = { importSamlMetadata: { applied: boolean, connection: { id: string, saml: { entityId: string | null, ssoUrl: string | null, metadataUrl: string | null, signingCertificates: Array<{ fingerprintSha256: string, subject: string }> } | null } | null, changes: Array<{ field: MetadataField, before: string | null, after: string | null }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ImportFederationMemberOpMutationVariables = Exact<{
  input: ImportSamlMetadataInput;
}>;


export type ImportFederationMemberOpMutation = { importSamlMetadata: { applied: boolean, connection: { id: string, saml: { entityId: string | null, ssoUrl: string | null, metadataUrl: string | null } | null } | null, entities: Array<{ entityId: string, displayName: string | null }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SamlConnectionOpQueryVariables = Exact<{
  id: string | number;
}>;


export type SamlConnectionOpQuery = { node:
    | { id: string }
    | { id: string }
    | { updatedAt: string, id: string, saml: { entityId: string | null, ssoUrl: string | null, metadataUrl: string | null, signingCertificates: Array<{ fingerprintSha256: string }> } | null }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ImportSsoBindingOpMutationVariables = Exact<{
  input: ImportSamlMetadataInput;
}>;


export type ImportSsoBindingOpMutation = { importSamlMetadata: { applied: boolean, connection: { id: string, saml: { ssoUrl: string | null, ssoBinding: SamlBinding } | null } | null, changes: Array<{ field: MetadataField, before: string | null, after: string | null }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateSamlConnectionWithBindingOpMutationVariables = Exact<{
  input: CreateIdpConnectionInput;
}>;


export type CreateSamlConnectionWithBindingOpMutation = { createIdpConnection: { connection: { id: string, saml: { ssoUrl: string | null, ssoBinding: SamlBinding } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SetSsoBindingOpMutationVariables = Exact<{
  input: UpdateIdpConnectionInput;
}>;


export type SetSsoBindingOpMutation = { updateIdpConnection: { connection: { id: string, saml: { ssoUrl: string | null, ssoBinding: SamlBinding } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateTenantOpMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantOpMutation = { createTenant: { tenant: { id: string, accountName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateTenantOpMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type UpdateTenantOpMutation = { updateTenant: { tenant: { id: string, accountName: string, displayName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteTenantOpMutationVariables = Exact<{
  input: DeleteTenantInput;
}>;


export type DeleteTenantOpMutation = { deleteTenant: { tenant: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SetSsoEntitlementOpMutationVariables = Exact<{
  input: SetSsoEntitlementInput;
}>;


export type SetSsoEntitlementOpMutation = { setSsoEntitlement: { tenant: { id: string, ssoEntitled: boolean, ssoEnabled: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateConnectionOpMutationVariables = Exact<{
  input: CreateIdpConnectionInput;
}>;


export type CreateConnectionOpMutation = { createIdpConnection: { connection: { id: string, name: string, provider: Provider, protocol: Protocol, identifierField: IdentifierField, salesforceOrgId: string | null, entraTenantId: string | null, entraDomain: string | null, oidc: { issuer: string | null, clientId: string | null, clientSecretSet: boolean, scopes: Array<string> } | null, saml: { entityId: string | null, ssoUrl: string | null, metadataUrl: string | null, signingCertificates: Array<{ subject: string, notAfter: string, fingerprintSha256: string }> } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateConnectionOpMutationVariables = Exact<{
  input: UpdateIdpConnectionInput;
}>;


export type UpdateConnectionOpMutation = { updateIdpConnection: { connection: { id: string, name: string, identifierField: IdentifierField, salesforceOrgId: string | null, oidc: { issuer: string | null, clientId: string | null, clientSecretSet: boolean, scopes: Array<string> } | null, saml: { entityId: string | null, ssoUrl: string | null, idpInitiated: { enabled: boolean, relayStates: Array<string> } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteConnectionOpMutationVariables = Exact<{
  input: DeleteIdpConnectionInput;
}>;


export type DeleteConnectionOpMutation = { deleteIdpConnection: { connection: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateUserOpMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserOpMutation = { createUser: { user: { id: string, username: string, email: string | null, externalId: string | null, kind: UserKind, isAdmin: boolean, passwordSignInAllowed: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateUserOpMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserOpMutation = { updateUser: { user: { id: string, username: string, email: string | null, externalId: string | null, kind: UserKind, isAdmin: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteUserOpMutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type DeleteUserOpMutation = { deleteUser: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ImportUsersOpMutationVariables = Exact<{
  input: ImportUsersInput;
}>;


export type ImportUsersOpMutation = { importUsers: { importedCount: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string, row: number | null }> } };

export type CreateApiTokenOpMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenOpMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, role: ApiRole, prefix: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeApiTokenOpMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenOpMutation = { revokeApiToken: { apiToken: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NodeOpQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeOpQuery = { node:
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'IdpConnection', id: string }
    | { __typename: 'LoginAttempt', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'User', id: string }
   | null };

export type NodesOpQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesOpQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ViewerOpQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerOpQuery = { viewer: { role: ViewerRole, name: string, tenant: { accountName: string } | null } };

export type TenantsOpQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantsOpQuery = { tenants: { edges: Array<{ node: { id: string, accountName: string } }> } };

export type TenantByNameOpQueryVariables = Exact<{
  accountName: string;
}>;


export type TenantByNameOpQuery = { tenant: { id: string, accountName: string, ssoEntitled: boolean, connections: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> }, users: { totalCount: number, edges: Array<{ node: { id: string, username: string } }> }, apiTokens: { edges: Array<{ node: { id: string, name: string } }> }, auditEvents: { edges: Array<{ node: { id: string, action: string } }> } } | null };

export type AuditEventsOpQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AuditEventsOpQuery = { auditEvents: { edges: Array<{ node: { id: string, action: string, actor: string, targetType: string, targetId: string, before: string | null, after: string | null } }> } };

export type TenantUsersOpQueryVariables = Exact<{
  accountName: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: UserKind | null | undefined;
  email?: string | null | undefined;
  username?: string | null | undefined;
  externalId?: string | null | undefined;
}>;


export type TenantUsersOpQuery = { tenant: { users: { totalCount: number, edges: Array<{ node: { id: string, username: string, email: string | null, externalId: string | null, kind: UserKind } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type AdminOverviewQueryVariables = Exact<{
  accountName: string;
  first: number;
}>;


export type AdminOverviewQuery = { tenant: { id: string, accountName: string, displayName: string, ssoEntitled: boolean, ssoEnabled: boolean, connections: { edges: Array<{ node: { id: string, name: string, provider: Provider, protocol: Protocol, identifierField: IdentifierField, oidc: { issuer: string | null, clientId: string | null, clientSecretSet: boolean } | null } }> }, users: { edges: Array<{ node: { id: string, username: string, email: string | null, externalId: string | null, kind: UserKind, isAdmin: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LoginOptionsOpQueryVariables = Exact<{
  accountName?: string | null | undefined;
  audience?: UserKind | null | undefined;
}>;


export type LoginOptionsOpQuery = { loginOptions: { accountName: string | null, buttons: Array<{ provider: Provider, protocol: Protocol, label: string, startUrl: string }>, reason: { code: FailureCode, message: string } | null } };

export type CheckLoginUrlOpQueryVariables = Exact<{
  url: string;
}>;


export type CheckLoginUrlOpQuery = { checkLoginUrl: { valid: boolean, accountName: string | null, accountExists: boolean, code: FailureCode | null, message: string | null, problem: string | null, expected: string } };

export type SignInUrlsOpQueryVariables = Exact<{
  accountName: string;
}>;


export type SignInUrlsOpQuery = { tenant: { signInUrls: { userAcsUrl: string, agentAcsUrl: string, spEntityId: string, spMetadataUrl: string, oidcRedirectUri: string, loginUrl: string, agentLoginUrl: string } } | null };

export type LoginAttemptsOpQueryVariables = Exact<{
  tenantId: string | number;
  outcome?: AttemptOutcome | null | undefined;
  code?: FailureCode | null | undefined;
  first?: number | null | undefined;
}>;


export type LoginAttemptsOpQuery = { loginAttempts: { edges: Array<{ node: { id: string, outcome: AttemptOutcome, code: FailureCode | null, message: string | null, detail: string | null, traceId: string, accountName: string | null, provider: Provider | null, protocol: Protocol | null, audience: UserKind | null, identifierField: IdentifierField | null, identifierValue: string | null, externalUsername: string | null, diagnosis: { code: FailureCode, title: string, cause: string, fix: string, fixTarget: string, requirements: Array<string> } | null } }> } };

export type SsoReadinessOpQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type SsoReadinessOpQuery = { ssoReadiness: { ready: boolean, blockerCount: number, warningCount: number, findings: Array<{ code: ReadinessFindingCode, severity: FindingSeverity, message: string, fix: string, fixTarget: string, affected: { type: string, count: number, firstIds: Array<string> } }> } | null };

export type EnableSsoOpMutationVariables = Exact<{
  input: EnableSsoInput;
}>;


export type EnableSsoOpMutation = { enableSso: { enabled: boolean, tenant: { id: string, ssoEnabled: boolean } | null, report: { ready: boolean, blockerCount: number, findings: Array<{ code: ReadinessFindingCode, severity: FindingSeverity, affected: { count: number, firstIds: Array<string> } }> } | null, lockedOut: { count: number, sampleUserIds: Array<string> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DisableSsoOpMutationVariables = Exact<{
  input: DisableSsoInput;
}>;


export type DisableSsoOpMutation = { disableSso: { tenant: { id: string, ssoEnabled: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TestIdpConnectionOpMutationVariables = Exact<{
  input: TestIdpConnectionInput;
}>;


export type TestIdpConnectionOpMutation = { testIdpConnection: { testUrl: string | null, expiresAt: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type PreviewUserMatchingOpQueryVariables = Exact<{
  connectionId: string | number;
  identifierField: IdentifierField;
}>;


export type PreviewUserMatchingOpQuery = { previewUserMatching: { identifierField: IdentifierField, currentIdentifierField: IdentifierField, totalUsers: number, unmatchable: { count: number, sampleUserIds: Array<string> }, ambiguous: { count: number, groups: number | null, sampleUserIds: Array<string> } } | null };

export type EnableSsoFullOpMutationVariables = Exact<{
  input: EnableSsoInput;
}>;


export type EnableSsoFullOpMutation = { enableSso: { enabled: boolean, tenant: { id: string, ssoEnabled: boolean } | null, report: { ready: boolean, blockerCount: number, warningCount: number, findings: Array<{ code: ReadinessFindingCode, severity: FindingSeverity, message: string, fix: string, fixTarget: string, affected: { type: string, count: number, firstIds: Array<string> } }> } | null, lockedOut: { count: number, sampleUserIds: Array<string> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TenantSsoOpQueryVariables = Exact<{
  id: string | number;
}>;


export type TenantSsoOpQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { ssoEntitled: boolean, ssoEnabled: boolean, id: string }
    | { id: string }
   | null };

export type UserSessionsOpQueryVariables = Exact<{
  id: string | number;
}>;


export type UserSessionsOpQuery = { node:
    | { id: string, username: string, activeSessions: Array<{ createdAt: string, expiresAt: string, provider: Provider, connection: { id: string, name: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type RevokeSessionsOpMutationVariables = Exact<{
  input: RevokeSessionsInput;
}>;


export type RevokeSessionsOpMutation = { revokeSessions: { revokedCount: number, user: { id: string, username: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AttemptByTraceOpQueryVariables = Exact<{
  traceId: string;
}>;


export type AttemptByTraceOpQuery = { loginAttempt: { id: string, kind: AttemptKind, outcome: AttemptOutcome, stage: string, code: FailureCode | null, message: string | null, detail: string | null, accountName: string | null, audience: UserKind | null, protocol: Protocol | null, provider: Provider | null, repeatCount: number, traceId: string, evidence: unknown, timeline: Array<{ stage: string, ok: boolean, code: FailureCode | null, step: string | null, durationMs: number, at: string }>, diagnosis: { code: FailureCode, title: string, message: string, cause: string, fix: string, fixTarget: string, requirements: Array<string> } | null } | null };

export type SupportBundleOpQueryVariables = Exact<{
  traceId: string;
}>;


export type SupportBundleOpQuery = { supportBundle: { traceId: string, document: unknown, downloadUrl: string, downloadExpiresAt: string } | null };

export type UnattributedAttemptsOpQueryVariables = Exact<{
  code?: FailureCode | null | undefined;
  first?: number | null | undefined;
}>;


export type UnattributedAttemptsOpQuery = { unattributedLoginAttempts: { edges: Array<{ node: { traceId: string, code: FailureCode | null, repeatCount: number, accountName: string | null, detail: string | null } }> } };


export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const DeleteTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTenantMutation, DeleteTenantMutationVariables>;
export const TenantByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TenantByNameQuery, TenantByNameQueryVariables>;
export const TenantsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsPageQuery, TenantsPageQueryVariables>;
export const SetApiAccessOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetApiAccessOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"apiAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetApiAccessOpMutation, SetApiAccessOpMutationVariables>;
export const CreateConnectionWithApiAccessOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConnectionWithApiAccessOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"apiAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateConnectionWithApiAccessOpMutation, CreateConnectionWithApiAccessOpMutationVariables>;
export const WhoAmIOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmIOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]} as unknown as DocumentNode<WhoAmIOpQuery, WhoAmIOpQueryVariables>;
export const WhoAmIWithTenantOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmIWithTenantOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoAmIWithTenantOpQuery, WhoAmIWithTenantOpQueryVariables>;
export const VisibleTenantsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleTenantsOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisibleTenantsOpQuery, VisibleTenantsOpQueryVariables>;
export const RenameTenantOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameTenantOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenameTenantOpMutation, RenameTenantOpMutationVariables>;
export const NodeOfIdpTokenOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeOfIdpTokenOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodeOfIdpTokenOpQuery, NodeOfIdpTokenOpQueryVariables>;
export const ImportSamlMetadataOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSamlMetadataOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSamlMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSamlMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signingCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSamlMetadataOpMutation, ImportSamlMetadataOpMutationVariables>;
export const ImportFederationMemberOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFederationMemberOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSamlMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSamlMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportFederationMemberOpMutation, ImportFederationMemberOpMutationVariables>;
export const SamlConnectionOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SamlConnectionOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signingCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SamlConnectionOpQuery, SamlConnectionOpQueryVariables>;
export const ImportSsoBindingOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSsoBindingOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSamlMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSamlMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ssoBinding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSsoBindingOpMutation, ImportSsoBindingOpMutationVariables>;
export const CreateSamlConnectionWithBindingOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSamlConnectionWithBindingOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ssoBinding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSamlConnectionWithBindingOpMutation, CreateSamlConnectionWithBindingOpMutationVariables>;
export const SetSsoBindingOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSsoBindingOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ssoBinding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetSsoBindingOpMutation, SetSsoBindingOpMutationVariables>;
export const CreateTenantOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenantOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTenantOpMutation, CreateTenantOpMutationVariables>;
export const UpdateTenantOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTenantOpMutation, UpdateTenantOpMutationVariables>;
export const DeleteTenantOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTenantOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteTenantOpMutation, DeleteTenantOpMutationVariables>;
export const SetSsoEntitlementOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSsoEntitlementOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSsoEntitlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSsoEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetSsoEntitlementOpMutation, SetSsoEntitlementOpMutationVariables>;
export const CreateConnectionOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConnectionOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"identifierField"}},{"kind":"Field","name":{"kind":"Name","value":"salesforceOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"entraTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"entraDomain"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"metadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signingCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateConnectionOpMutation, CreateConnectionOpMutationVariables>;
export const UpdateConnectionOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConnectionOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierField"}},{"kind":"Field","name":{"kind":"Name","value":"salesforceOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saml"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"ssoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"idpInitiated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"relayStates"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateConnectionOpMutation, UpdateConnectionOpMutationVariables>;
export const DeleteConnectionOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConnectionOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteConnectionOpMutation, DeleteConnectionOpMutationVariables>;
export const CreateUserOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSignInAllowed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserOpMutation, CreateUserOpMutationVariables>;
export const UpdateUserOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserOpMutation, UpdateUserOpMutationVariables>;
export const DeleteUserOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUserOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteUserOpMutation, DeleteUserOpMutationVariables>;
export const ImportUsersOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUsersOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}}]}}]}}]} as unknown as DocumentNode<ImportUsersOpMutation, ImportUsersOpMutationVariables>;
export const CreateApiTokenOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiTokenOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenOpMutation, CreateApiTokenOpMutationVariables>;
export const RevokeApiTokenOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiTokenOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenOpMutation, RevokeApiTokenOpMutationVariables>;
export const NodeOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodeOpQuery, NodeOpQueryVariables>;
export const NodesOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesOpQuery, NodesOpQueryVariables>;
export const ViewerOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerOpQuery, ViewerOpQueryVariables>;
export const TenantsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantsOp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantsOpQuery, TenantsOpQueryVariables>;
export const TenantByNameOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantByNameOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantByNameOpQuery, TenantByNameOpQueryVariables>;
export const AuditEventsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsOpQuery, AuditEventsOpQueryVariables>;
export const TenantUsersOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantUsersOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantUsersOpQuery, TenantUsersOpQueryVariables>;
export const AdminOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"identifierField"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const LoginOptionsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginOptionsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"buttons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginOptionsOpQuery, LoginOptionsOpQueryVariables>;
export const CheckLoginUrlOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckLoginUrlOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkLoginUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}}]} as unknown as DocumentNode<CheckLoginUrlOpQuery, CheckLoginUrlOpQueryVariables>;
export const SignInUrlsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInUrlsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInUrls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAcsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agentAcsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"spEntityId"}},{"kind":"Field","name":{"kind":"Name","value":"spMetadataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"oidcRedirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"loginUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agentLoginUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SignInUrlsOpQuery, SignInUrlsOpQueryVariables>;
export const LoginAttemptsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginAttemptsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FailureCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"identifierField"}},{"kind":"Field","name":{"kind":"Name","value":"identifierValue"}},{"kind":"Field","name":{"kind":"Name","value":"externalUsername"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"fixTarget"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginAttemptsOpQuery, LoginAttemptsOpQueryVariables>;
export const SsoReadinessOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoReadinessOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockerCount"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"fixTarget"}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SsoReadinessOpQuery, SsoReadinessOpQueryVariables>;
export const EnableSsoOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableSsoOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableSsoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockerCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstIds"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnableSsoOpMutation, EnableSsoOpMutationVariables>;
export const DisableSsoOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableSsoOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableSsoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DisableSsoOpMutation, DisableSsoOpMutationVariables>;
export const TestIdpConnectionOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestIdpConnectionOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestIdpConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testIdpConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestIdpConnectionOpMutation, TestIdpConnectionOpMutationVariables>;
export const PreviewUserMatchingOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewUserMatchingOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierField"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentifierField"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUserMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifierField"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierField"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierField"}},{"kind":"Field","name":{"kind":"Name","value":"currentIdentifierField"}},{"kind":"Field","name":{"kind":"Name","value":"totalUsers"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserIds"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewUserMatchingOpQuery, PreviewUserMatchingOpQueryVariables>;
export const EnableSsoFullOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableSsoFullOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableSsoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableSso"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockerCount"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"fixTarget"}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstIds"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnableSsoFullOpMutation, EnableSsoFullOpMutationVariables>;
export const TenantSsoOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSsoOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoEntitled"}},{"kind":"Field","name":{"kind":"Name","value":"ssoEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<TenantSsoOpQuery, TenantSsoOpQueryVariables>;
export const UserSessionsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserSessionsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"activeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserSessionsOpQuery, UserSessionsOpQueryVariables>;
export const RevokeSessionsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSessionsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeSessionsOpMutation, RevokeSessionsOpMutationVariables>;
export const AttemptByTraceOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttemptByTraceOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"traceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}},{"kind":"Field","name":{"kind":"Name","value":"fixTarget"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}}]}}]}}]}}]} as unknown as DocumentNode<AttemptByTraceOpQuery, AttemptByTraceOpQueryVariables>;
export const SupportBundleOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportBundleOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"traceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadExpiresAt"}}]}}]}}]} as unknown as DocumentNode<SupportBundleOpQuery, SupportBundleOpQueryVariables>;
export const UnattributedAttemptsOpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnattributedAttemptsOp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FailureCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unattributedLoginAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnattributedAttemptsOpQuery, UnattributedAttemptsOpQueryVariables>;