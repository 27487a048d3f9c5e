// Why an IdP access token presented to POST /graphql was refused (R15), once: the code a
// client branches on, the HTTP status, and the message, which says what to configure or
// what to ask the IdP for. These are API answers, not sign-in pages: the sign-in failure
// catalog (common/failures/catalog.ts) holds what a person signing in sees, and a token
// that names no platform user carries that catalog's code as `signInCode` beside ours.

export interface IdpTokenRefusalEntry {
  status: 401 | 503;
  message: string;
}

const ASK_AGAIN = 'Ask the IdP for a new access token.';

export const IDP_TOKEN_REFUSALS = {
  PUBLIC_API_REQUIRES_OIDC: {
    status: 401,
    message:
      'Public API access requires OIDC: this token comes from an identity provider the account reaches through SAML only, and SAML cannot authenticate API requests. An admin adds an OIDC connection to the same IdP and turns on its API access with the audience the IdP puts in access tokens (createIdpConnection / updateIdpConnection, input.oidc.apiAccess: { enabled: true, audience }), or the caller uses a platform API token.',
  },
  PUBLIC_API_ACCESS_OFF: {
    status: 401,
    message:
      'Public API access with IdP tokens is off for the OIDC connection of this issuer. An admin turns it on with the audience the IdP puts in access tokens: updateIdpConnection(input: { id, oidc: { apiAccess: { enabled: true, audience } } }).',
  },
  IDP_TOKEN_ISSUER_UNKNOWN: {
    status: 401,
    message:
      'No OIDC connection with API access trusts the issuer (iss) of this token. An admin sets the connection\'s issuer to exactly the one the IdP writes in its tokens and turns on its API access (input.oidc.apiAccess).',
  },
  IDP_TOKEN_AUDIENCE_MISMATCH: {
    status: 401,
    message:
      'The token\'s audience (aud) is not the one configured for API access on the connection of its issuer. Request the token for that audience (OAuth resource / audience parameter), or an admin corrects input.oidc.apiAccess.audience.',
  },
  IDP_TOKEN_AMBIGUOUS: {
    status: 401,
    message: 'More than one connection accepts tokens of this issuer and audience, so the account cannot be told. An admin gives each account an API audience of its own.',
  },
  IDP_TOKEN_MALFORMED: { status: 401, message: `The bearer token is not a well-formed JWT access token (three base64url parts, JSON header and claims with iss, sub, aud and exp). ${ASK_AGAIN}` },
  IDP_TOKEN_ALGORITHM_REFUSED: {
    status: 401,
    message: 'The token is signed with an algorithm the API refuses. Only asymmetric signatures are accepted (RS256/384/512, PS256/384/512, ES256/384/512, EdDSA): never "none", never a shared-secret (HS*) signature.',
  },
  IDP_TOKEN_KEY_UNKNOWN: {
    status: 401,
    message: `The token is signed with a key (kid) the IdP does not publish in its JWKS, even after fetching it again. ${ASK_AGAIN}`,
  },
  IDP_TOKEN_SIGNATURE_INVALID: { status: 401, message: `The token's signature does not verify with the IdP's published keys. ${ASK_AGAIN}` },
  IDP_TOKEN_EXPIRED: { status: 401, message: `The token has expired (exp). ${ASK_AGAIN}` },
  IDP_TOKEN_NOT_YET_VALID: { status: 401, message: 'The token is not valid yet (nbf or iat lies in the future beyond the allowed clock skew). Check the clocks of the IdP and the caller.' },
  IDP_TOKEN_USER_NOT_MATCHED: {
    status: 401,
    message: 'The token is valid, but its claims match no single platform user of the account, matched as at sign-in by the connection\'s identifier field (signInCode says which rule refused it). An admin creates or corrects the user.',
  },
  IDP_TOKEN_KEYS_UNAVAILABLE: {
    status: 503,
    message: 'The IdP\'s discovery document or signing keys (JWKS) could not be fetched, so the token cannot be checked. Try again later; if it lasts, an admin checks the connection\'s issuer and the IdP\'s availability.',
  },
} as const satisfies Record<string, IdpTokenRefusalEntry>;

export type IdpTokenRefusalCode = keyof typeof IDP_TOKEN_REFUSALS;
