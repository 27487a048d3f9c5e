/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DeleteTenantDocument,
    "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n": typeof types.TenantByNameDocument,
    "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TenantsPageDocument,
    "\n  mutation SetApiAccessOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SetApiAccessOpDocument,
    "\n  mutation CreateConnectionWithApiAccessOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateConnectionWithApiAccessOpDocument,
    "\n  query WhoAmIOp {\n    viewer { role credential name accountName }\n  }\n": typeof types.WhoAmIOpDocument,
    "\n  query WhoAmIWithTenantOp {\n    viewer { role credential name accountName user { id username } tenant { id accountName users(first: 10) { totalCount } } }\n  }\n": typeof types.WhoAmIWithTenantOpDocument,
    "\n  query VisibleTenantsOp {\n    tenants(first: 10) { edges { node { id accountName } } }\n  }\n": typeof types.VisibleTenantsOpDocument,
    "\n  mutation RenameTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id displayName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RenameTenantOpDocument,
    "\n  query NodeOfIdpTokenOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": typeof types.NodeOfIdpTokenOpDocument,
    "\n  mutation ImportSamlMetadataOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 subject } } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImportSamlMetadataOpDocument,
    "\n  mutation ImportFederationMemberOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl } }\n      applied\n      entities { entityId displayName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImportFederationMemberOpDocument,
    "\n  query SamlConnectionOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on IdpConnection { updatedAt saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 } } }\n    }\n  }\n": typeof types.SamlConnectionOpDocument,
    "\n  mutation ImportSsoBindingOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImportSsoBindingOpDocument,
    "\n  mutation CreateSamlConnectionWithBindingOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateSamlConnectionWithBindingOpDocument,
    "\n  mutation SetSsoBindingOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SetSsoBindingOpDocument,
    "\n  mutation CreateTenantOp($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateTenantOpDocument,
    "\n  mutation UpdateTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateTenantOpDocument,
    "\n  mutation DeleteTenantOp($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DeleteTenantOpDocument,
    "\n  mutation SetSsoEntitlementOp($input: SetSsoEntitlementInput!) {\n    setSsoEntitlement(input: $input) {\n      tenant { id ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SetSsoEntitlementOpDocument,
    "\n  mutation CreateConnectionOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection {\n        id name provider protocol identifierField salesforceOrgId entraTenantId entraDomain\n        oidc { issuer clientId clientSecretSet scopes }\n        saml { entityId ssoUrl metadataUrl signingCertificates { subject notAfter fingerprintSha256 } }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateConnectionOpDocument,
    "\n  mutation UpdateConnectionOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id name identifierField salesforceOrgId oidc { issuer clientId clientSecretSet scopes } saml { entityId ssoUrl idpInitiated { enabled relayStates } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateConnectionOpDocument,
    "\n  mutation DeleteConnectionOp($input: DeleteIdpConnectionInput!) {\n    deleteIdpConnection(input: $input) {\n      connection { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DeleteConnectionOpDocument,
    "\n  mutation CreateUserOp($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username email externalId kind isAdmin passwordSignInAllowed }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateUserOpDocument,
    "\n  mutation UpdateUserOp($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id username email externalId kind isAdmin }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UpdateUserOpDocument,
    "\n  mutation DeleteUserOp($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      user { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.DeleteUserOpDocument,
    "\n  mutation ImportUsersOp($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      importedCount\n      userErrors { code field message row }\n    }\n  }\n": typeof types.ImportUsersOpDocument,
    "\n  mutation CreateApiTokenOp($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name role prefix }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateApiTokenOpDocument,
    "\n  mutation RevokeApiTokenOp($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RevokeApiTokenOpDocument,
    "\n  query NodeOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": typeof types.NodeOpDocument,
    "\n  query NodesOp($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": typeof types.NodesOpDocument,
    "\n  query ViewerOp {\n    viewer { role name tenant { accountName } }\n  }\n": typeof types.ViewerOpDocument,
    "\n  query TenantsOp {\n    tenants(first: 100) { edges { node { id accountName } } }\n  }\n": typeof types.TenantsOpDocument,
    "\n  query TenantByNameOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      id accountName ssoEntitled\n      connections(first: 10) { totalCount edges { node { id name } } }\n      users(first: 10) { totalCount edges { node { id username } } }\n      apiTokens(first: 10) { edges { node { id name } } }\n      auditEvents(first: 10) { edges { node { id action } } }\n    }\n  }\n": typeof types.TenantByNameOpDocument,
    "\n  query AuditEventsOp($first: Int) {\n    auditEvents(first: $first) { edges { node { id action actor targetType targetId before after } } }\n  }\n": typeof types.AuditEventsOpDocument,
    "\n  query TenantUsersOp($accountName: String!, $first: Int, $after: String, $kind: UserKind, $email: String, $username: String, $externalId: String) {\n    tenant(accountName: $accountName) {\n      users(first: $first, after: $after, kind: $kind, email: $email, username: $username, externalId: $externalId) {\n        totalCount\n        edges { node { id username email externalId kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.TenantUsersOpDocument,
    "\n  query AdminOverview($accountName: String!, $first: Int!) {\n    tenant(accountName: $accountName) {\n      id accountName displayName ssoEntitled ssoEnabled\n      connections(first: 10) { edges { node { id name provider protocol identifierField oidc { issuer clientId clientSecretSet } } } }\n      users(first: $first) { edges { node { id username email externalId kind isAdmin } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  query LoginOptionsOp($accountName: String, $audience: UserKind) {\n    loginOptions(accountName: $accountName, audience: $audience) {\n      accountName\n      buttons { provider protocol label startUrl }\n      reason { code message }\n    }\n  }\n": typeof types.LoginOptionsOpDocument,
    "\n  query CheckLoginUrlOp($url: String!) {\n    checkLoginUrl(url: $url) { valid accountName accountExists code message problem expected }\n  }\n": typeof types.CheckLoginUrlOpDocument,
    "\n  query SignInUrlsOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      signInUrls { userAcsUrl agentAcsUrl spEntityId spMetadataUrl oidcRedirectUri loginUrl agentLoginUrl }\n    }\n  }\n": typeof types.SignInUrlsOpDocument,
    "\n  query LoginAttemptsOp($tenantId: ID!, $outcome: AttemptOutcome, $code: FailureCode, $first: Int) {\n    loginAttempts(tenantId: $tenantId, outcome: $outcome, code: $code, first: $first) {\n      edges {\n        node {\n          id outcome code message detail traceId accountName provider protocol audience identifierField identifierValue externalUsername\n          diagnosis { code title cause fix fixTarget requirements }\n        }\n      }\n    }\n  }\n": typeof types.LoginAttemptsOpDocument,
    "\n  query SsoReadinessOp($tenantId: ID!) {\n    ssoReadiness(tenantId: $tenantId) {\n      ready blockerCount warningCount\n      findings { code severity message fix fixTarget affected { type count firstIds } }\n    }\n  }\n": typeof types.SsoReadinessOpDocument,
    "\n  mutation EnableSsoOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report { ready blockerCount findings { code severity affected { count firstIds } } }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n": typeof types.EnableSsoOpDocument,
    "\n  mutation DisableSsoOp($input: DisableSsoInput!) {\n    disableSso(input: $input) { tenant { id ssoEnabled } userErrors { code field message } }\n  }\n": typeof types.DisableSsoOpDocument,
    "\n  mutation TestIdpConnectionOp($input: TestIdpConnectionInput!) {\n    testIdpConnection(input: $input) { testUrl expiresAt userErrors { code field message } }\n  }\n": typeof types.TestIdpConnectionOpDocument,
    "\n  query PreviewUserMatchingOp($connectionId: ID!, $identifierField: IdentifierField!) {\n    previewUserMatching(connectionId: $connectionId, identifierField: $identifierField) {\n      identifierField currentIdentifierField totalUsers\n      unmatchable { count sampleUserIds }\n      ambiguous { count groups sampleUserIds }\n    }\n  }\n": typeof types.PreviewUserMatchingOpDocument,
    "\n  mutation EnableSsoFullOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report {\n        ready blockerCount warningCount\n        findings { code severity message fix fixTarget affected { type count firstIds } }\n      }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n": typeof types.EnableSsoFullOpDocument,
    "\n  query TenantSsoOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Tenant { ssoEntitled ssoEnabled }\n    }\n  }\n": typeof types.TenantSsoOpDocument,
    "\n  query UserSessionsOp($id: ID!) {\n    node(id: $id) { ... on User { id username activeSessions { createdAt expiresAt provider connection { id name } } } }\n  }\n": typeof types.UserSessionsOpDocument,
    "\n  mutation RevokeSessionsOp($input: RevokeSessionsInput!) {\n    revokeSessions(input: $input) { user { id username } revokedCount userErrors { code field message } }\n  }\n": typeof types.RevokeSessionsOpDocument,
    "\n  query AttemptByTraceOp($traceId: String!) {\n    loginAttempt(traceId: $traceId) {\n      id kind outcome stage code message detail accountName audience protocol provider repeatCount traceId evidence\n      timeline { stage ok code step durationMs at }\n      diagnosis { code title message cause fix fixTarget requirements }\n    }\n  }\n": typeof types.AttemptByTraceOpDocument,
    "\n  query SupportBundleOp($traceId: String!) {\n    supportBundle(traceId: $traceId) { traceId document downloadUrl downloadExpiresAt }\n  }\n": typeof types.SupportBundleOpDocument,
    "\n  query UnattributedAttemptsOp($code: FailureCode, $first: Int) {\n    unattributedLoginAttempts(code: $code, first: $first) { edges { node { traceId code repeatCount accountName detail } } }\n  }\n": typeof types.UnattributedAttemptsOpDocument,
};
const documents: Documents = {
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": types.DeleteTenantDocument,
    "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n": types.TenantByNameDocument,
    "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TenantsPageDocument,
    "\n  mutation SetApiAccessOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n": types.SetApiAccessOpDocument,
    "\n  mutation CreateConnectionWithApiAccessOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n": types.CreateConnectionWithApiAccessOpDocument,
    "\n  query WhoAmIOp {\n    viewer { role credential name accountName }\n  }\n": types.WhoAmIOpDocument,
    "\n  query WhoAmIWithTenantOp {\n    viewer { role credential name accountName user { id username } tenant { id accountName users(first: 10) { totalCount } } }\n  }\n": types.WhoAmIWithTenantOpDocument,
    "\n  query VisibleTenantsOp {\n    tenants(first: 10) { edges { node { id accountName } } }\n  }\n": types.VisibleTenantsOpDocument,
    "\n  mutation RenameTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id displayName }\n      userErrors { code field message }\n    }\n  }\n": types.RenameTenantOpDocument,
    "\n  query NodeOfIdpTokenOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": types.NodeOfIdpTokenOpDocument,
    "\n  mutation ImportSamlMetadataOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 subject } } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n": types.ImportSamlMetadataOpDocument,
    "\n  mutation ImportFederationMemberOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl } }\n      applied\n      entities { entityId displayName }\n      userErrors { code field message }\n    }\n  }\n": types.ImportFederationMemberOpDocument,
    "\n  query SamlConnectionOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on IdpConnection { updatedAt saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 } } }\n    }\n  }\n": types.SamlConnectionOpDocument,
    "\n  mutation ImportSsoBindingOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n": types.ImportSsoBindingOpDocument,
    "\n  mutation CreateSamlConnectionWithBindingOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n": types.CreateSamlConnectionWithBindingOpDocument,
    "\n  mutation SetSsoBindingOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n": types.SetSsoBindingOpDocument,
    "\n  mutation CreateTenantOp($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n": types.CreateTenantOpDocument,
    "\n  mutation UpdateTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateTenantOpDocument,
    "\n  mutation DeleteTenantOp($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id }\n      userErrors { code field message }\n    }\n  }\n": types.DeleteTenantOpDocument,
    "\n  mutation SetSsoEntitlementOp($input: SetSsoEntitlementInput!) {\n    setSsoEntitlement(input: $input) {\n      tenant { id ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n": types.SetSsoEntitlementOpDocument,
    "\n  mutation CreateConnectionOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection {\n        id name provider protocol identifierField salesforceOrgId entraTenantId entraDomain\n        oidc { issuer clientId clientSecretSet scopes }\n        saml { entityId ssoUrl metadataUrl signingCertificates { subject notAfter fingerprintSha256 } }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.CreateConnectionOpDocument,
    "\n  mutation UpdateConnectionOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id name identifierField salesforceOrgId oidc { issuer clientId clientSecretSet scopes } saml { entityId ssoUrl idpInitiated { enabled relayStates } } }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateConnectionOpDocument,
    "\n  mutation DeleteConnectionOp($input: DeleteIdpConnectionInput!) {\n    deleteIdpConnection(input: $input) {\n      connection { id }\n      userErrors { code field message }\n    }\n  }\n": types.DeleteConnectionOpDocument,
    "\n  mutation CreateUserOp($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username email externalId kind isAdmin passwordSignInAllowed }\n      userErrors { code field message }\n    }\n  }\n": types.CreateUserOpDocument,
    "\n  mutation UpdateUserOp($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id username email externalId kind isAdmin }\n      userErrors { code field message }\n    }\n  }\n": types.UpdateUserOpDocument,
    "\n  mutation DeleteUserOp($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      user { id }\n      userErrors { code field message }\n    }\n  }\n": types.DeleteUserOpDocument,
    "\n  mutation ImportUsersOp($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      importedCount\n      userErrors { code field message row }\n    }\n  }\n": types.ImportUsersOpDocument,
    "\n  mutation CreateApiTokenOp($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name role prefix }\n      userErrors { code field message }\n    }\n  }\n": types.CreateApiTokenOpDocument,
    "\n  mutation RevokeApiTokenOp($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt }\n      userErrors { code field message }\n    }\n  }\n": types.RevokeApiTokenOpDocument,
    "\n  query NodeOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": types.NodeOpDocument,
    "\n  query NodesOp($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n": types.NodesOpDocument,
    "\n  query ViewerOp {\n    viewer { role name tenant { accountName } }\n  }\n": types.ViewerOpDocument,
    "\n  query TenantsOp {\n    tenants(first: 100) { edges { node { id accountName } } }\n  }\n": types.TenantsOpDocument,
    "\n  query TenantByNameOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      id accountName ssoEntitled\n      connections(first: 10) { totalCount edges { node { id name } } }\n      users(first: 10) { totalCount edges { node { id username } } }\n      apiTokens(first: 10) { edges { node { id name } } }\n      auditEvents(first: 10) { edges { node { id action } } }\n    }\n  }\n": types.TenantByNameOpDocument,
    "\n  query AuditEventsOp($first: Int) {\n    auditEvents(first: $first) { edges { node { id action actor targetType targetId before after } } }\n  }\n": types.AuditEventsOpDocument,
    "\n  query TenantUsersOp($accountName: String!, $first: Int, $after: String, $kind: UserKind, $email: String, $username: String, $externalId: String) {\n    tenant(accountName: $accountName) {\n      users(first: $first, after: $after, kind: $kind, email: $email, username: $username, externalId: $externalId) {\n        totalCount\n        edges { node { id username email externalId kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.TenantUsersOpDocument,
    "\n  query AdminOverview($accountName: String!, $first: Int!) {\n    tenant(accountName: $accountName) {\n      id accountName displayName ssoEntitled ssoEnabled\n      connections(first: 10) { edges { node { id name provider protocol identifierField oidc { issuer clientId clientSecretSet } } } }\n      users(first: $first) { edges { node { id username email externalId kind isAdmin } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  query LoginOptionsOp($accountName: String, $audience: UserKind) {\n    loginOptions(accountName: $accountName, audience: $audience) {\n      accountName\n      buttons { provider protocol label startUrl }\n      reason { code message }\n    }\n  }\n": types.LoginOptionsOpDocument,
    "\n  query CheckLoginUrlOp($url: String!) {\n    checkLoginUrl(url: $url) { valid accountName accountExists code message problem expected }\n  }\n": types.CheckLoginUrlOpDocument,
    "\n  query SignInUrlsOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      signInUrls { userAcsUrl agentAcsUrl spEntityId spMetadataUrl oidcRedirectUri loginUrl agentLoginUrl }\n    }\n  }\n": types.SignInUrlsOpDocument,
    "\n  query LoginAttemptsOp($tenantId: ID!, $outcome: AttemptOutcome, $code: FailureCode, $first: Int) {\n    loginAttempts(tenantId: $tenantId, outcome: $outcome, code: $code, first: $first) {\n      edges {\n        node {\n          id outcome code message detail traceId accountName provider protocol audience identifierField identifierValue externalUsername\n          diagnosis { code title cause fix fixTarget requirements }\n        }\n      }\n    }\n  }\n": types.LoginAttemptsOpDocument,
    "\n  query SsoReadinessOp($tenantId: ID!) {\n    ssoReadiness(tenantId: $tenantId) {\n      ready blockerCount warningCount\n      findings { code severity message fix fixTarget affected { type count firstIds } }\n    }\n  }\n": types.SsoReadinessOpDocument,
    "\n  mutation EnableSsoOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report { ready blockerCount findings { code severity affected { count firstIds } } }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n": types.EnableSsoOpDocument,
    "\n  mutation DisableSsoOp($input: DisableSsoInput!) {\n    disableSso(input: $input) { tenant { id ssoEnabled } userErrors { code field message } }\n  }\n": types.DisableSsoOpDocument,
    "\n  mutation TestIdpConnectionOp($input: TestIdpConnectionInput!) {\n    testIdpConnection(input: $input) { testUrl expiresAt userErrors { code field message } }\n  }\n": types.TestIdpConnectionOpDocument,
    "\n  query PreviewUserMatchingOp($connectionId: ID!, $identifierField: IdentifierField!) {\n    previewUserMatching(connectionId: $connectionId, identifierField: $identifierField) {\n      identifierField currentIdentifierField totalUsers\n      unmatchable { count sampleUserIds }\n      ambiguous { count groups sampleUserIds }\n    }\n  }\n": types.PreviewUserMatchingOpDocument,
    "\n  mutation EnableSsoFullOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report {\n        ready blockerCount warningCount\n        findings { code severity message fix fixTarget affected { type count firstIds } }\n      }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n": types.EnableSsoFullOpDocument,
    "\n  query TenantSsoOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Tenant { ssoEntitled ssoEnabled }\n    }\n  }\n": types.TenantSsoOpDocument,
    "\n  query UserSessionsOp($id: ID!) {\n    node(id: $id) { ... on User { id username activeSessions { createdAt expiresAt provider connection { id name } } } }\n  }\n": types.UserSessionsOpDocument,
    "\n  mutation RevokeSessionsOp($input: RevokeSessionsInput!) {\n    revokeSessions(input: $input) { user { id username } revokedCount userErrors { code field message } }\n  }\n": types.RevokeSessionsOpDocument,
    "\n  query AttemptByTraceOp($traceId: String!) {\n    loginAttempt(traceId: $traceId) {\n      id kind outcome stage code message detail accountName audience protocol provider repeatCount traceId evidence\n      timeline { stage ok code step durationMs at }\n      diagnosis { code title message cause fix fixTarget requirements }\n    }\n  }\n": types.AttemptByTraceOpDocument,
    "\n  query SupportBundleOp($traceId: String!) {\n    supportBundle(traceId: $traceId) { traceId document downloadUrl downloadExpiresAt }\n  }\n": types.SupportBundleOpDocument,
    "\n  query UnattributedAttemptsOp($code: FailureCode, $first: Int) {\n    unattributedLoginAttempts(code: $code, first: $first) { edges { node { traceId code repeatCount accountName detail } } }\n  }\n": types.UnattributedAttemptsOpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName displayName ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenant($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n"): (typeof documents)["\n  query TenantByName($accountName: String!) {\n    tenant(accountName: $accountName) { id accountName displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TenantsPage($first: Int, $after: String) {\n    tenants(first: $first, after: $after) {\n      edges { cursor node { accountName } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiAccessOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetApiAccessOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConnectionWithApiAccessOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConnectionWithApiAccessOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id oidc { issuer apiAccess { enabled audience } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmIOp {\n    viewer { role credential name accountName }\n  }\n"): (typeof documents)["\n  query WhoAmIOp {\n    viewer { role credential name accountName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmIWithTenantOp {\n    viewer { role credential name accountName user { id username } tenant { id accountName users(first: 10) { totalCount } } }\n  }\n"): (typeof documents)["\n  query WhoAmIWithTenantOp {\n    viewer { role credential name accountName user { id username } tenant { id accountName users(first: 10) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleTenantsOp {\n    tenants(first: 10) { edges { node { id accountName } } }\n  }\n"): (typeof documents)["\n  query VisibleTenantsOp {\n    tenants(first: 10) { edges { node { id accountName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id displayName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id displayName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeOfIdpTokenOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"): (typeof documents)["\n  query NodeOfIdpTokenOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSamlMetadataOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 subject } } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSamlMetadataOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 subject } } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFederationMemberOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl } }\n      applied\n      entities { entityId displayName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFederationMemberOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { entityId ssoUrl metadataUrl } }\n      applied\n      entities { entityId displayName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SamlConnectionOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on IdpConnection { updatedAt saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 } } }\n    }\n  }\n"): (typeof documents)["\n  query SamlConnectionOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on IdpConnection { updatedAt saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSsoBindingOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSsoBindingOp($input: ImportSamlMetadataInput!) {\n    importSamlMetadata(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      changes { field before after }\n      applied\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSamlConnectionWithBindingOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSamlConnectionWithBindingOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSsoBindingOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSsoBindingOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id saml { ssoUrl ssoBinding } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenantOp($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenantOp($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant { id accountName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantOp($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant { id accountName displayName }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenantOp($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenantOp($input: DeleteTenantInput!) {\n    deleteTenant(input: $input) {\n      tenant { id }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSsoEntitlementOp($input: SetSsoEntitlementInput!) {\n    setSsoEntitlement(input: $input) {\n      tenant { id ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSsoEntitlementOp($input: SetSsoEntitlementInput!) {\n    setSsoEntitlement(input: $input) {\n      tenant { id ssoEntitled ssoEnabled }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConnectionOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection {\n        id name provider protocol identifierField salesforceOrgId entraTenantId entraDomain\n        oidc { issuer clientId clientSecretSet scopes }\n        saml { entityId ssoUrl metadataUrl signingCertificates { subject notAfter fingerprintSha256 } }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConnectionOp($input: CreateIdpConnectionInput!) {\n    createIdpConnection(input: $input) {\n      connection {\n        id name provider protocol identifierField salesforceOrgId entraTenantId entraDomain\n        oidc { issuer clientId clientSecretSet scopes }\n        saml { entityId ssoUrl metadataUrl signingCertificates { subject notAfter fingerprintSha256 } }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConnectionOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id name identifierField salesforceOrgId oidc { issuer clientId clientSecretSet scopes } saml { entityId ssoUrl idpInitiated { enabled relayStates } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConnectionOp($input: UpdateIdpConnectionInput!) {\n    updateIdpConnection(input: $input) {\n      connection { id name identifierField salesforceOrgId oidc { issuer clientId clientSecretSet scopes } saml { entityId ssoUrl idpInitiated { enabled relayStates } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConnectionOp($input: DeleteIdpConnectionInput!) {\n    deleteIdpConnection(input: $input) {\n      connection { id }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteConnectionOp($input: DeleteIdpConnectionInput!) {\n    deleteIdpConnection(input: $input) {\n      connection { id }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserOp($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username email externalId kind isAdmin passwordSignInAllowed }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserOp($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id username email externalId kind isAdmin passwordSignInAllowed }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserOp($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id username email externalId kind isAdmin }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserOp($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id username email externalId kind isAdmin }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUserOp($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      user { id }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUserOp($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      user { id }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsersOp($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      importedCount\n      userErrors { code field message row }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsersOp($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      importedCount\n      userErrors { code field message row }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiTokenOp($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name role prefix }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiTokenOp($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken { id name role prefix }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiTokenOp($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiTokenOp($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"): (typeof documents)["\n  query NodeOp($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesOp($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"): (typeof documents)["\n  query NodesOp($ids: [ID!]!) {\n    nodes(ids: $ids) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOp {\n    viewer { role name tenant { accountName } }\n  }\n"): (typeof documents)["\n  query ViewerOp {\n    viewer { role name tenant { accountName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsOp {\n    tenants(first: 100) { edges { node { id accountName } } }\n  }\n"): (typeof documents)["\n  query TenantsOp {\n    tenants(first: 100) { edges { node { id accountName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantByNameOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      id accountName ssoEntitled\n      connections(first: 10) { totalCount edges { node { id name } } }\n      users(first: 10) { totalCount edges { node { id username } } }\n      apiTokens(first: 10) { edges { node { id name } } }\n      auditEvents(first: 10) { edges { node { id action } } }\n    }\n  }\n"): (typeof documents)["\n  query TenantByNameOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      id accountName ssoEntitled\n      connections(first: 10) { totalCount edges { node { id name } } }\n      users(first: 10) { totalCount edges { node { id username } } }\n      apiTokens(first: 10) { edges { node { id name } } }\n      auditEvents(first: 10) { edges { node { id action } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsOp($first: Int) {\n    auditEvents(first: $first) { edges { node { id action actor targetType targetId before after } } }\n  }\n"): (typeof documents)["\n  query AuditEventsOp($first: Int) {\n    auditEvents(first: $first) { edges { node { id action actor targetType targetId before after } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantUsersOp($accountName: String!, $first: Int, $after: String, $kind: UserKind, $email: String, $username: String, $externalId: String) {\n    tenant(accountName: $accountName) {\n      users(first: $first, after: $after, kind: $kind, email: $email, username: $username, externalId: $externalId) {\n        totalCount\n        edges { node { id username email externalId kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantUsersOp($accountName: String!, $first: Int, $after: String, $kind: UserKind, $email: String, $username: String, $externalId: String) {\n    tenant(accountName: $accountName) {\n      users(first: $first, after: $after, kind: $kind, email: $email, username: $username, externalId: $externalId) {\n        totalCount\n        edges { node { id username email externalId kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview($accountName: String!, $first: Int!) {\n    tenant(accountName: $accountName) {\n      id accountName displayName ssoEntitled ssoEnabled\n      connections(first: 10) { edges { node { id name provider protocol identifierField oidc { issuer clientId clientSecretSet } } } }\n      users(first: $first) { edges { node { id username email externalId kind isAdmin } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview($accountName: String!, $first: Int!) {\n    tenant(accountName: $accountName) {\n      id accountName displayName ssoEntitled ssoEnabled\n      connections(first: 10) { edges { node { id name provider protocol identifierField oidc { issuer clientId clientSecretSet } } } }\n      users(first: $first) { edges { node { id username email externalId kind isAdmin } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginOptionsOp($accountName: String, $audience: UserKind) {\n    loginOptions(accountName: $accountName, audience: $audience) {\n      accountName\n      buttons { provider protocol label startUrl }\n      reason { code message }\n    }\n  }\n"): (typeof documents)["\n  query LoginOptionsOp($accountName: String, $audience: UserKind) {\n    loginOptions(accountName: $accountName, audience: $audience) {\n      accountName\n      buttons { provider protocol label startUrl }\n      reason { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckLoginUrlOp($url: String!) {\n    checkLoginUrl(url: $url) { valid accountName accountExists code message problem expected }\n  }\n"): (typeof documents)["\n  query CheckLoginUrlOp($url: String!) {\n    checkLoginUrl(url: $url) { valid accountName accountExists code message problem expected }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInUrlsOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      signInUrls { userAcsUrl agentAcsUrl spEntityId spMetadataUrl oidcRedirectUri loginUrl agentLoginUrl }\n    }\n  }\n"): (typeof documents)["\n  query SignInUrlsOp($accountName: String!) {\n    tenant(accountName: $accountName) {\n      signInUrls { userAcsUrl agentAcsUrl spEntityId spMetadataUrl oidcRedirectUri loginUrl agentLoginUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginAttemptsOp($tenantId: ID!, $outcome: AttemptOutcome, $code: FailureCode, $first: Int) {\n    loginAttempts(tenantId: $tenantId, outcome: $outcome, code: $code, first: $first) {\n      edges {\n        node {\n          id outcome code message detail traceId accountName provider protocol audience identifierField identifierValue externalUsername\n          diagnosis { code title cause fix fixTarget requirements }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoginAttemptsOp($tenantId: ID!, $outcome: AttemptOutcome, $code: FailureCode, $first: Int) {\n    loginAttempts(tenantId: $tenantId, outcome: $outcome, code: $code, first: $first) {\n      edges {\n        node {\n          id outcome code message detail traceId accountName provider protocol audience identifierField identifierValue externalUsername\n          diagnosis { code title cause fix fixTarget requirements }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoReadinessOp($tenantId: ID!) {\n    ssoReadiness(tenantId: $tenantId) {\n      ready blockerCount warningCount\n      findings { code severity message fix fixTarget affected { type count firstIds } }\n    }\n  }\n"): (typeof documents)["\n  query SsoReadinessOp($tenantId: ID!) {\n    ssoReadiness(tenantId: $tenantId) {\n      ready blockerCount warningCount\n      findings { code severity message fix fixTarget affected { type count firstIds } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableSsoOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report { ready blockerCount findings { code severity affected { count firstIds } } }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation EnableSsoOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report { ready blockerCount findings { code severity affected { count firstIds } } }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableSsoOp($input: DisableSsoInput!) {\n    disableSso(input: $input) { tenant { id ssoEnabled } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DisableSsoOp($input: DisableSsoInput!) {\n    disableSso(input: $input) { tenant { id ssoEnabled } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestIdpConnectionOp($input: TestIdpConnectionInput!) {\n    testIdpConnection(input: $input) { testUrl expiresAt userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TestIdpConnectionOp($input: TestIdpConnectionInput!) {\n    testIdpConnection(input: $input) { testUrl expiresAt userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewUserMatchingOp($connectionId: ID!, $identifierField: IdentifierField!) {\n    previewUserMatching(connectionId: $connectionId, identifierField: $identifierField) {\n      identifierField currentIdentifierField totalUsers\n      unmatchable { count sampleUserIds }\n      ambiguous { count groups sampleUserIds }\n    }\n  }\n"): (typeof documents)["\n  query PreviewUserMatchingOp($connectionId: ID!, $identifierField: IdentifierField!) {\n    previewUserMatching(connectionId: $connectionId, identifierField: $identifierField) {\n      identifierField currentIdentifierField totalUsers\n      unmatchable { count sampleUserIds }\n      ambiguous { count groups sampleUserIds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableSsoFullOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report {\n        ready blockerCount warningCount\n        findings { code severity message fix fixTarget affected { type count firstIds } }\n      }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation EnableSsoFullOp($input: EnableSsoInput!) {\n    enableSso(input: $input) {\n      enabled\n      tenant { id ssoEnabled }\n      report {\n        ready blockerCount warningCount\n        findings { code severity message fix fixTarget affected { type count firstIds } }\n      }\n      lockedOut { count sampleUserIds }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSsoOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Tenant { ssoEntitled ssoEnabled }\n    }\n  }\n"): (typeof documents)["\n  query TenantSsoOp($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Tenant { ssoEntitled ssoEnabled }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessionsOp($id: ID!) {\n    node(id: $id) { ... on User { id username activeSessions { createdAt expiresAt provider connection { id name } } } }\n  }\n"): (typeof documents)["\n  query UserSessionsOp($id: ID!) {\n    node(id: $id) { ... on User { id username activeSessions { createdAt expiresAt provider connection { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessionsOp($input: RevokeSessionsInput!) {\n    revokeSessions(input: $input) { user { id username } revokedCount userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RevokeSessionsOp($input: RevokeSessionsInput!) {\n    revokeSessions(input: $input) { user { id username } revokedCount userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptByTraceOp($traceId: String!) {\n    loginAttempt(traceId: $traceId) {\n      id kind outcome stage code message detail accountName audience protocol provider repeatCount traceId evidence\n      timeline { stage ok code step durationMs at }\n      diagnosis { code title message cause fix fixTarget requirements }\n    }\n  }\n"): (typeof documents)["\n  query AttemptByTraceOp($traceId: String!) {\n    loginAttempt(traceId: $traceId) {\n      id kind outcome stage code message detail accountName audience protocol provider repeatCount traceId evidence\n      timeline { stage ok code step durationMs at }\n      diagnosis { code title message cause fix fixTarget requirements }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportBundleOp($traceId: String!) {\n    supportBundle(traceId: $traceId) { traceId document downloadUrl downloadExpiresAt }\n  }\n"): (typeof documents)["\n  query SupportBundleOp($traceId: String!) {\n    supportBundle(traceId: $traceId) { traceId document downloadUrl downloadExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnattributedAttemptsOp($code: FailureCode, $first: Int) {\n    unattributedLoginAttempts(code: $code, first: $first) { edges { node { traceId code repeatCount accountName detail } } }\n  }\n"): (typeof documents)["\n  query UnattributedAttemptsOp($code: FailureCode, $first: Int) {\n    unattributedLoginAttempts(code: $code, first: $first) { edges { node { traceId code repeatCount accountName detail } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;