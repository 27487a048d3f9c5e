// The signing keys of each IdP that API tokens come from: the issuer's discovery document
// names its jwks_uri, and jose's remote key set caches the JWKS, fetching it again when a
// token names a kid it does not hold (at most once per cooldown). Every request goes
// through the guarded outbound client (src/net/), like the sign-in's own IdP calls.
import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose';
import { guardedFetch, type OutboundKind, type OutboundPolicy } from '../../net/index.ts';
import { refuse } from './refusal.ts';

const IDP_TIMEOUT_MS = 5_000;
/** A JWKS is re-read at least this often even when every kid is known (a removed key stops verifying). */
const JWKS_MAX_AGE_MS = 10 * 60_000;
/** Discovery documents change rarely; a failed one is not kept. */
const DISCOVERY_TTL_MS = 60 * 60_000;
const MAX_ISSUERS = 1_000;

interface Entry { keys: Promise<JWTVerifyGetKey>; until: number }

export class KeySets {
  private issuers = new Map<string, Entry>();

  constructor(private options: { policy: OutboundPolicy; cooldownMs: number }) {}

  /** The key set of an issuer (discovered on first use, then cached). */
  forIssuer(issuer: string): Promise<JWTVerifyGetKey> {
    const now = Date.now();
    const hit = this.issuers.get(issuer);
    if (hit && hit.until > now) return hit.keys;
    if (this.issuers.size >= MAX_ISSUERS) this.issuers.clear();
    const keys = this.discover(issuer);
    this.issuers.set(issuer, { keys, until: now + DISCOVERY_TTL_MS });
    keys.catch(() => this.issuers.delete(issuer));
    return keys;
  }

  private fetchFor(kind: OutboundKind) {
    return (url: string | URL, init: RequestInit = {}) => guardedFetch(url, init, { ...this.options.policy, kind, timeoutMs: IDP_TIMEOUT_MS });
  }

  private async discover(issuer: string): Promise<JWTVerifyGetKey> {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await this.fetchFor('oidc-discovery')(url, { headers: { accept: 'application/json' } });
      if (!response.ok) refuse('IDP_TOKEN_KEYS_UNAVAILABLE', `Discovery at ${url} answered HTTP ${response.status}.`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      if ((error as Error).name === 'IdpTokenRefusal') throw error;
      return refuse('IDP_TOKEN_KEYS_UNAVAILABLE', `Discovery at ${url} failed: ${(error as Error).message.slice(0, 200)}`);
    }
    if (document.issuer !== issuer) refuse('IDP_TOKEN_KEYS_UNAVAILABLE', `The discovery document at ${url} names the issuer ${JSON.stringify(document.issuer)}, not ${issuer}.`);
    if (typeof document.jwks_uri !== 'string') refuse('IDP_TOKEN_KEYS_UNAVAILABLE', `The discovery document at ${url} names no jwks_uri.`);
    return createRemoteJWKSet(new URL(document.jwks_uri as string), {
      timeoutDuration: IDP_TIMEOUT_MS,
      cooldownDuration: this.options.cooldownMs,
      cacheMaxAge: JWKS_MAX_AGE_MS,
      [customFetch]: this.fetchFor('jwks'),
    });
  }
}
