// importSamlMetadata operations (R18), typed by codegen like the rest of test/graphql.
import { graphql } from './generated/index.ts';

export const ImportSamlMetadata = graphql(`
  mutation ImportSamlMetadataOp($input: ImportSamlMetadataInput!) {
    importSamlMetadata(input: $input) {
      connection { id saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 subject } } }
      changes { field before after }
      applied
      userErrors { code field message }
    }
  }
`);

export const ImportFederationMember = graphql(`
  mutation ImportFederationMemberOp($input: ImportSamlMetadataInput!) {
    importSamlMetadata(input: $input) {
      connection { id saml { entityId ssoUrl metadataUrl } }
      applied
      entities { entityId displayName }
      userErrors { code field message }
    }
  }
`);

export const SamlConnection = graphql(`
  query SamlConnectionOp($id: ID!) {
    node(id: $id) {
      id
      ... on IdpConnection { updatedAt saml { entityId ssoUrl metadataUrl signingCertificates { fingerprintSha256 } } }
    }
  }
`);

// The SSO binding (HTTP-Redirect or HTTP-POST) a SAML connection sends its AuthnRequest by (issue 14).
export const ImportSsoBinding = graphql(`
  mutation ImportSsoBindingOp($input: ImportSamlMetadataInput!) {
    importSamlMetadata(input: $input) {
      connection { id saml { ssoUrl ssoBinding } }
      changes { field before after }
      applied
      userErrors { code field message }
    }
  }
`);

export const CreateSamlConnectionWithBinding = graphql(`
  mutation CreateSamlConnectionWithBindingOp($input: CreateIdpConnectionInput!) {
    createIdpConnection(input: $input) {
      connection { id saml { ssoUrl ssoBinding } }
      userErrors { code field message }
    }
  }
`);

export const SetSsoBinding = graphql(`
  mutation SetSsoBindingOp($input: UpdateIdpConnectionInput!) {
    updateIdpConnection(input: $input) {
      connection { id saml { ssoUrl ssoBinding } }
      userErrors { code field message }
    }
  }
`);
