// The token's issuer selects among the OIDC connections with API access on; its audience
// must be the one configured there. The issuer alone never decides: two accounts may
// trust one IdP (one Entra tenant, one Okta org), and each then has an audience of its
// own (api-access.ts refuses a second connection with the same issuer and audience).
// When nothing accepts the token, the answer says what is missing: API access switched
// off, an account on SAML only, a wrong audience, or an issuer no one trusts. Those
// answers never name an account.
import { audiencesOf, type TokenContext, type TokenDeps } from './context.ts';
import { refuse } from './refusal.ts';

/** The issuer without a trailing slash or Entra's "/v2.0": what the IdP's SAML URLs usually begin with. */
function idpBase(issuer: string): string {
  return issuer.replace(/\/+$/, '').replace(/\/v2\.0$/, '');
}

/** `where` for SAML connections whose IdP URLs lie under the token's issuer (the same IdP, reached by SAML). */
function samlAtSameIdp(issuer: string) {
  const base = idpBase(issuer);
  const under = (column: 'samlEntityId' | 'samlSsoUrl' | 'samlMetadataUrl') => [{ [column]: base }, { [column]: { startsWith: `${base}/` } }];
  return { protocol: 'SAML' as const, OR: [...under('samlEntityId'), ...under('samlSsoUrl'), ...under('samlMetadataUrl')] };
}

export async function findConnection(ctx: TokenContext, deps: TokenDeps): Promise<void> {
  const issuer = ctx.stated.iss as string;
  const audiences = audiencesOf(ctx.stated);
  const trusting = await deps.db.idpConnection.findMany({ where: { protocol: 'OIDC', oidcIssuer: issuer }, include: { tenant: true } });
  const open = trusting.filter((c) => c.oidcApiAccessEnabled && c.oidcApiAudience);
  if (open.length) {
    const chosen = open.filter((c) => audiences.includes(c.oidcApiAudience!));
    if (chosen.length === 0) refuse('IDP_TOKEN_AUDIENCE_MISMATCH', `aud ${JSON.stringify(audiences)} is the API audience of no connection of the issuer ${issuer}.`);
    if (chosen.length > 1) refuse('IDP_TOKEN_AMBIGUOUS', `${chosen.length} connections accept issuer ${issuer} with aud ${JSON.stringify(audiences)}.`);
    ctx.connection = chosen[0]!;
    return;
  }
  if (trusting.length) refuse('PUBLIC_API_ACCESS_OFF', `${trusting.length} OIDC connection(s) trust ${issuer}, none with API access on.`);
  const saml = await deps.db.idpConnection.findFirst({ where: samlAtSameIdp(issuer), select: { id: true } });
  if (saml) refuse('PUBLIC_API_REQUIRES_OIDC', `The issuer ${issuer} is the IdP of SAML connection(s) only.`);
  refuse('IDP_TOKEN_ISSUER_UNKNOWN', `No OIDC connection has the issuer ${issuer}.`);
}
