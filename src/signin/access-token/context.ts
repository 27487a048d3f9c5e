// What the checks of one IdP access token share: the token, what it says about itself
// before anything is verified, the connection it selected, and the verified claims.
import type { Db } from '../../db/client.ts';
import type { IdpConnection, Tenant } from '../../db/generated/sqlite/client.ts';
import type { KeySets } from './jwks.ts';

export interface TokenDeps {
  db: Db;
  keySets: KeySets;
  /** How far exp / nbf / iat may be off our clock (Config.idpTokens.clockSkewSeconds). */
  clockSkewSeconds: number;
}

export interface TokenContext {
  jwt: string;
  /** The JOSE header and the claims as the token states them: read, not yet trusted. */
  header: Record<string, unknown>;
  stated: Record<string, unknown>;
  /** Seconds since the epoch, fixed for the whole validation. */
  now: number;
  connection?: IdpConnection & { tenant: Tenant };
  /** The claims, once the signature verified. */
  claims?: Record<string, unknown>;
}

/** The `aud` claim as a list (a JWT may carry one string or several). */
export const audiencesOf = (claims: Record<string, unknown>): string[] =>
  typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.filter((a): a is string => typeof a === 'string') : [];
