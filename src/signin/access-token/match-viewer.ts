// Who the request runs as. A client-credentials token names an application, no person
// (RFC 9068: its sub is the client id; Entra marks app tokens idtyp "app"). A person's
// token is matched to a platform user exactly as at sign-in: the same claims mapping
// (src/signin/oidc/identity-from-claims.ts) and the same matching rules with the
// connection's identifier field (src/signin/matching, src/domain/users/identifier-field.ts),
// in the connection's tenant only. The user's role decides what the request may do.
import type { IdpTokenViewer } from '../../domain/viewer.ts';
import { identityFromClaims } from '../oidc/identity-from-claims.ts';
import { matchUser } from '../matching/index.ts';
import { SignInError } from '../sign-in-error.ts';
import type { TokenContext, TokenDeps } from './context.ts';
import { refuse } from './refusal.ts';

function isApplicationToken(claims: Record<string, unknown>): boolean {
  return (typeof claims.client_id === 'string' && claims.sub === claims.client_id) || claims.idtyp === 'app';
}

export async function matchViewer(ctx: TokenContext, deps: TokenDeps): Promise<IdpTokenViewer> {
  const connection = ctx.connection!;
  const claims = ctx.claims!;
  const subject = String(claims.sub);
  const base = { via: 'IDP_TOKEN' as const, tenantId: connection.tenantId, connectionId: connection.id, subject };
  if (isApplicationToken(claims)) return { ...base, role: 'TENANT_APPLICATION', name: String(claims.client_id ?? subject), userId: null };
  const identity = identityFromClaims(connection.provider, claims);
  try {
    const { user } = await matchUser({ db: deps.db, tenant: connection.tenant, connection, identity });
    return { ...base, role: user.isAdmin ? 'TENANT_ADMIN' : 'TENANT_USER', name: user.username, userId: user.id };
  } catch (error) {
    if (error instanceof SignInError) return refuse('IDP_TOKEN_USER_NOT_MATCHED', error.failure.detail, error.failure.code);
    throw error;
  }
}
