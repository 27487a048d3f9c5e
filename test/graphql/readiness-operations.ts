// Readiness operations (R16–R21) beyond test/graphql/operations.ts, typed by codegen.
import { graphql } from './generated/index.ts';

/** enableSso with the whole report (messages, fixes, targets) and the lock-out sample. */
export const EnableSsoFull = graphql(`
  mutation EnableSsoFullOp($input: EnableSsoInput!) {
    enableSso(input: $input) {
      enabled
      tenant { id ssoEnabled }
      report {
        ready blockerCount warningCount
        findings { code severity message fix fixTarget affected { type count firstIds } }
      }
      lockedOut { count sampleUserIds }
      userErrors { code field message }
    }
  }
`);

/** The switch as the API reads it back. */
export const TenantSso = graphql(`
  query TenantSsoOp($id: ID!) {
    node(id: $id) {
      id
      ... on Tenant { ssoEntitled ssoEnabled }
    }
  }
`);
