// What an `Authorization: Bearer …` header carries: one of the product's own API tokens
// (`sso_` + base64url, no dots; see api-tokens.ts) or a JWT from a tenant's IdP (three
// base64url parts, the first a JSON object with an `alg`: it starts "eyJ"). The two
// shapes cannot be confused: an `sso_` token is never read as a JWT, and a JWT never
// reaches the API-token lookup. Anything else is treated as an API token, which the
// lookup simply does not find (what the API did before IdP tokens existed).
import { bearerToken } from './api-tokens.ts';

export type BearerCredential = { kind: 'API_TOKEN'; token: string } | { kind: 'JWT'; token: string };

/** A JWT larger than this is refused unread (IdP access tokens are a few KiB at most). */
const MAX_JWT_CHARS = 16_384;
const COMPACT_JWS = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]*)$/;

function hasJoseHeader(segment: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && !Array.isArray(header) && 'alg' in header;
  } catch {
    return false;
  }
}

export function bearerCredential(header: string | null | undefined): BearerCredential | null {
  const value = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!value) return null;
  if (!value.startsWith('sso_') && value.length <= MAX_JWT_CHARS) {
    const parts = COMPACT_JWS.exec(value);
    if (parts && hasJoseHeader(parts[1]!)) return { kind: 'JWT', token: value };
  }
  const token = bearerToken(header);
  return token ? { kind: 'API_TOKEN', token } : null;
}
