// The operations the API tests send, typed by codegen (npm run codegen) as a frontend
// would write them.
import { graphql } from './generated/index.ts';

export const CreateTenant = graphql(`
  mutation CreateTenantOp($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant { id accountName }
      userErrors { code field message }
    }
  }
`);

export const UpdateTenant = graphql(`
  mutation UpdateTenantOp($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant { id accountName displayName }
      userErrors { code field message }
    }
  }
`);

export const DeleteTenant = graphql(`
  mutation DeleteTenantOp($input: DeleteTenantInput!) {
    deleteTenant(input: $input) {
      tenant { id }
      userErrors { code field message }
    }
  }
`);

export const SetSsoEntitlement = graphql(`
  mutation SetSsoEntitlementOp($input: SetSsoEntitlementInput!) {
    setSsoEntitlement(input: $input) {
      tenant { id ssoEntitled ssoEnabled }
      userErrors { code field message }
    }
  }
`);

export const CreateConnection = graphql(`
  mutation CreateConnectionOp($input: CreateIdpConnectionInput!) {
    createIdpConnection(input: $input) {
      connection {
        id name provider protocol identifierField salesforceOrgId entraTenantId entraDomain
        oidc { issuer clientId clientSecretSet scopes }
        saml { entityId ssoUrl metadataUrl signingCertificates { subject notAfter fingerprintSha256 } }
      }
      userErrors { code field message }
    }
  }
`);

export const UpdateConnection = graphql(`
  mutation UpdateConnectionOp($input: UpdateIdpConnectionInput!) {
    updateIdpConnection(input: $input) {
      connection { id name identifierField salesforceOrgId oidc { issuer clientId clientSecretSet scopes } saml { entityId ssoUrl idpInitiated { enabled relayStates } } }
      userErrors { code field message }
    }
  }
`);

export const DeleteConnection = graphql(`
  mutation DeleteConnectionOp($input: DeleteIdpConnectionInput!) {
    deleteIdpConnection(input: $input) {
      connection { id }
      userErrors { code field message }
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUserOp($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id username email externalId kind isAdmin passwordSignInAllowed }
      userErrors { code field message }
    }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUserOp($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user { id username email externalId kind isAdmin }
      userErrors { code field message }
    }
  }
`);

export const DeleteUser = graphql(`
  mutation DeleteUserOp($input: DeleteUserInput!) {
    deleteUser(input: $input) {
      user { id }
      userErrors { code field message }
    }
  }
`);

export const ImportUsers = graphql(`
  mutation ImportUsersOp($input: ImportUsersInput!) {
    importUsers(input: $input) {
      importedCount
      userErrors { code field message row }
    }
  }
`);

export const CreateApiToken = graphql(`
  mutation CreateApiTokenOp($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { id name role prefix }
      userErrors { code field message }
    }
  }
`);

export const RevokeApiToken = graphql(`
  mutation RevokeApiTokenOp($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken { id revokedAt }
      userErrors { code field message }
    }
  }
`);

export const Node = graphql(`
  query NodeOp($id: ID!) {
    node(id: $id) { id __typename }
  }
`);

export const Nodes = graphql(`
  query NodesOp($ids: [ID!]!) {
    nodes(ids: $ids) { id }
  }
`);

export const Viewer = graphql(`
  query ViewerOp {
    viewer { role name tenant { accountName } }
  }
`);

export const Tenants = graphql(`
  query TenantsOp {
    tenants(first: 100) { edges { node { id accountName } } }
  }
`);

export const TenantByName = graphql(`
  query TenantByNameOp($accountName: String!) {
    tenant(accountName: $accountName) {
      id accountName ssoEntitled
      connections(first: 10) { totalCount edges { node { id name } } }
      users(first: 10) { totalCount edges { node { id username } } }
      apiTokens(first: 10) { edges { node { id name } } }
      auditEvents(first: 10) { edges { node { id action } } }
    }
  }
`);

export const AuditEvents = graphql(`
  query AuditEventsOp($first: Int) {
    auditEvents(first: $first) { edges { node { id action actor targetType targetId before after } } }
  }
`);

export const TenantUsers = graphql(`
  query TenantUsersOp($accountName: String!, $first: Int, $after: String, $kind: UserKind, $email: String, $username: String, $externalId: String) {
    tenant(accountName: $accountName) {
      users(first: $first, after: $after, kind: $kind, email: $email, username: $username, externalId: $externalId) {
        totalCount
        edges { node { id username email externalId kind } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** The typical admin screen: an account, its connections and the first page of users. */
export const AdminOverview = graphql(`
  query AdminOverview($accountName: String!, $first: Int!) {
    tenant(accountName: $accountName) {
      id accountName displayName ssoEntitled ssoEnabled
      connections(first: 10) { edges { node { id name provider protocol identifierField oidc { issuer clientId clientSecretSet } } } }
      users(first: $first) { edges { node { id username email externalId kind isAdmin } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

export const LoginOptions = graphql(`
  query LoginOptionsOp($accountName: String, $audience: UserKind) {
    loginOptions(accountName: $accountName, audience: $audience) {
      accountName
      buttons { provider protocol label startUrl }
      reason { code message }
    }
  }
`);

export const CheckLoginUrl = graphql(`
  query CheckLoginUrlOp($url: String!) {
    checkLoginUrl(url: $url) { valid accountName accountExists code message problem expected }
  }
`);

export const SignInUrls = graphql(`
  query SignInUrlsOp($accountName: String!) {
    tenant(accountName: $accountName) {
      signInUrls { userAcsUrl agentAcsUrl spEntityId spMetadataUrl oidcRedirectUri loginUrl agentLoginUrl }
    }
  }
`);

export const LoginAttempts = graphql(`
  query LoginAttemptsOp($tenantId: ID!, $outcome: AttemptOutcome, $code: FailureCode, $first: Int) {
    loginAttempts(tenantId: $tenantId, outcome: $outcome, code: $code, first: $first) {
      edges {
        node {
          id outcome code message detail traceId accountName provider protocol audience identifierField identifierValue externalUsername
          diagnosis { code title cause fix fixTarget requirements }
        }
      }
    }
  }
`);

export const SsoReadiness = graphql(`
  query SsoReadinessOp($tenantId: ID!) {
    ssoReadiness(tenantId: $tenantId) {
      ready blockerCount warningCount
      findings { code severity message fix fixTarget affected { type count firstIds } }
    }
  }
`);

export const EnableSso = graphql(`
  mutation EnableSsoOp($input: EnableSsoInput!) {
    enableSso(input: $input) {
      enabled
      tenant { id ssoEnabled }
      report { ready blockerCount findings { code severity affected { count firstIds } } }
      lockedOut { count sampleUserIds }
      userErrors { code field message }
    }
  }
`);

export const DisableSso = graphql(`
  mutation DisableSsoOp($input: DisableSsoInput!) {
    disableSso(input: $input) { tenant { id ssoEnabled } userErrors { code field message } }
  }
`);

export const TestIdpConnection = graphql(`
  mutation TestIdpConnectionOp($input: TestIdpConnectionInput!) {
    testIdpConnection(input: $input) { testUrl expiresAt userErrors { code field message } }
  }
`);

export const PreviewUserMatching = graphql(`
  query PreviewUserMatchingOp($connectionId: ID!, $identifierField: IdentifierField!) {
    previewUserMatching(connectionId: $connectionId, identifierField: $identifierField) {
      identifierField currentIdentifierField totalUsers
      unmatchable { count sampleUserIds }
      ambiguous { count groups sampleUserIds }
    }
  }
`);
