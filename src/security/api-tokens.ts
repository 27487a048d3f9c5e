// API bearer tokens: 192 random bits, shown once, stored only as a SHA-256 hash.
// A fast hash is right here: the token is high-entropy, so there is nothing to brute-force.
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'sso_';

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_\-.~+/=]{16,200})\s*$/i.exec(header ?? '');
  return match?.[1];
}
