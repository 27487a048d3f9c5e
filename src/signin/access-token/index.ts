// Public API access with the tenant IdP's access tokens (R15): one JWT in, the viewer it
// acts as or the typed refusal out. The checks run in order, each one rule (files beside
// this one); a refusal is traced (a trace id in the answer and in one log line, never the
// token) and counted. Accepted tokens are remembered for a few seconds (like API tokens,
// src/domain/api-tokens/authenticate.ts), never past their expiry.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { IdpTokenViewer } from '../../domain/viewer.ts';
import { describeError, type Logger } from '../../observability/log.ts';
import type { OutboundPolicy } from '../../net/index.ts';
import type { TokenContext, TokenDeps } from './context.ts';
import { KeySets } from './jwks.ts';
import { IdpTokenRefusal } from './refusal.ts';
import { IDP_TOKEN_REFUSALS, type IdpTokenRefusalCode } from './refusals.ts';
import { readToken } from './read-token.ts';
import { checkAlgorithm } from './check-algorithm.ts';
import { findConnection } from './find-connection.ts';
import { verifySignature } from './verify-signature.ts';
import { checkIssuer } from './check-issuer.ts';
import { checkAudience } from './check-audience.ts';
import { checkExpiry } from './check-expiry.ts';
import { checkNotBefore } from './check-not-before.ts';
import { matchViewer } from './match-viewer.ts';

type Check = (ctx: TokenContext, deps: TokenDeps) => void | Promise<void>;

/** Before anything is fetched or looked up: the token's shape and algorithm; then its connection, signature and claims. */
const CHECKS: Check[] = [readToken, checkAlgorithm, findConnection, verifySignature, checkIssuer, checkAudience, checkExpiry, checkNotBefore];

const ACCEPTED_CACHE_MS = 5_000;
const MAX_CACHED = 10_000;

export type IdpTokenOutcome =
  | { ok: true; viewer: IdpTokenViewer }
  | { ok: false; code: IdpTokenRefusalCode; message: string; status: number; traceId: string; signInCode?: string };

export interface IdpTokenSettings {
  db: Db;
  logger: Logger;
  policy: OutboundPolicy;
  clockSkewSeconds: number;
  jwksCooldownMs: number;
  /** Counts each validation (metrics; optional). */
  observe?: (outcome: 'accepted' | 'refused', code: string | null) => void;
}

export class IdpTokenAuthenticator {
  private deps: TokenDeps;
  private accepted = new Map<string, { viewer: IdpTokenViewer; until: number }>();

  constructor(private settings: IdpTokenSettings) {
    this.deps = { db: settings.db, clockSkewSeconds: settings.clockSkewSeconds, keySets: new KeySets({ policy: settings.policy, cooldownMs: settings.jwksCooldownMs }) };
  }

  async authenticate(jwt: string): Promise<IdpTokenOutcome> {
    const key = createHash('sha256').update(jwt).digest('base64url');
    const now = Date.now();
    const hit = this.accepted.get(key);
    if (hit && hit.until > now) return { ok: true, viewer: hit.viewer };
    const ctx: TokenContext = { jwt, header: {}, stated: {}, now: Math.floor(now / 1000) };
    try {
      for (const check of CHECKS) await check(ctx, this.deps);
      const viewer = await matchViewer(ctx, this.deps);
      if (this.accepted.size >= MAX_CACHED) this.accepted.clear();
      this.accepted.set(key, { viewer, until: Math.min(now + ACCEPTED_CACHE_MS, (ctx.claims!.exp as number) * 1000) });
      this.settings.observe?.('accepted', null);
      return { ok: true, viewer };
    } catch (error) {
      if (!(error instanceof IdpTokenRefusal)) throw error;
      return this.refused(ctx, error);
    }
  }

  private refused(ctx: TokenContext, refusal: IdpTokenRefusal): IdpTokenOutcome {
    const traceId = randomUUID();
    const entry = IDP_TOKEN_REFUSALS[refusal.code];
    const stated = (claim: string) => (typeof ctx.stated[claim] === 'string' ? (ctx.stated[claim] as string).slice(0, 300) : undefined);
    this.settings.logger.warn(
      {
        traceId, code: refusal.code, signInCode: refusal.signInCode, detail: describeError(new Error(refusal.detail)).message,
        issuer: stated('iss'), alg: typeof ctx.header.alg === 'string' ? ctx.header.alg.slice(0, 20) : undefined, kid: typeof ctx.header.kid === 'string' ? ctx.header.kid.slice(0, 100) : undefined,
        connectionId: ctx.connection?.id, tenantId: ctx.connection?.tenantId,
      },
      'api.idp_token_refused',
    );
    this.settings.observe?.('refused', refusal.code);
    return { ok: false, code: refusal.code, message: entry.message, status: entry.status, traceId, ...(refusal.signInCode ? { signInCode: refusal.signInCode } : {}) };
  }
}
