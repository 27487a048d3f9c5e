// Public API access with IdP tokens (R15): the connection's API access setting and what
// a request authenticated by an IdP access token asks. Typed by codegen like the rest.
import { graphql } from './generated/index.ts';

export const SetApiAccess = graphql(`
  mutation SetApiAccessOp($input: UpdateIdpConnectionInput!) {
    updateIdpConnection(input: $input) {
      connection { id oidc { issuer apiAccess { enabled audience } } }
      userErrors { code field message }
    }
  }
`);

export const CreateConnectionWithApiAccess = graphql(`
  mutation CreateConnectionWithApiAccessOp($input: CreateIdpConnectionInput!) {
    createIdpConnection(input: $input) {
      connection { id oidc { issuer apiAccess { enabled audience } } }
      userErrors { code field message }
    }
  }
`);

export const WhoAmI = graphql(`
  query WhoAmIOp {
    viewer { role credential name accountName }
  }
`);

export const WhoAmIWithTenant = graphql(`
  query WhoAmIWithTenantOp {
    viewer { role credential name accountName user { id username } tenant { id accountName users(first: 10) { totalCount } } }
  }
`);

export const VisibleTenants = graphql(`
  query VisibleTenantsOp {
    tenants(first: 10) { edges { node { id accountName } } }
  }
`);

export const RenameTenant = graphql(`
  mutation RenameTenantOp($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      tenant { id displayName }
      userErrors { code field message }
    }
  }
`);

export const NodeOfIdpToken = graphql(`
  query NodeOfIdpTokenOp($id: ID!) {
    node(id: $id) { id __typename }
  }
`);
