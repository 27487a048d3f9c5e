// A JWT access token must be three base64url parts whose first two are JSON objects, and
// state the claims every later check needs. Nothing read here is trusted yet.
import type { TokenContext } from './context.ts';
import { refuse } from './refusal.ts';

function jsonPart(part: string | undefined, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  return refuse('IDP_TOKEN_MALFORMED', `The ${what} is not a base64url JSON object.`);
}

export function readToken(ctx: TokenContext): void {
  const parts = ctx.jwt.split('.');
  if (parts.length !== 3) refuse('IDP_TOKEN_MALFORMED', `A JWS has three parts; this token has ${parts.length}.`);
  ctx.header = jsonPart(parts[0], 'JOSE header');
  ctx.stated = jsonPart(parts[1], 'claims set');
  const missing = ['iss', 'sub'].filter((claim) => typeof ctx.stated[claim] !== 'string' || ctx.stated[claim] === '');
  if (typeof ctx.stated.exp !== 'number') missing.push('exp');
  if (ctx.stated.aud === undefined) missing.push('aud');
  if (missing.length) refuse('IDP_TOKEN_MALFORMED', `The token states no ${missing.join(', ')}.`);
}
