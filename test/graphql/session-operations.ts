// A user's sign-in sessions and revokeSessions, typed by codegen like the rest of test/graphql.
import { graphql } from './generated/index.ts';

export const UserSessions = graphql(`
  query UserSessionsOp($id: ID!) {
    node(id: $id) { ... on User { id username activeSessions { createdAt expiresAt provider connection { id name } } } }
  }
`);

export const RevokeSessions = graphql(`
  mutation RevokeSessionsOp($input: RevokeSessionsInput!) {
    revokeSessions(input: $input) { user { id username } revokedCount userErrors { code field message } }
  }
`);
