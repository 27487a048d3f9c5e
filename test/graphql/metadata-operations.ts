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
