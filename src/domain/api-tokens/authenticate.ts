// Resolves a bearer token to a Viewer. Tokens are looked up by hash; a short-lived
// in-process cache keeps the lookup off the hot path (at most one statement per token
// per TOKEN_CACHE_MS). A revocation takes effect at once in the process that made it and
// within TOKEN_CACHE_MS in every other instance.
import type { Db } from '../../db/client.ts';
import type { Viewer } from '../viewer.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { hashApiToken } from '../../security/api-tokens.ts';

const TOKEN_CACHE_MS = 5_000;
const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_CACHED = 10_000;

interface Cached { viewer: Promise<Viewer | null>; until: number }

export class Authenticator {
  private cache = new Map<string, Cached>();
  private lastUsedWritten = new Map<string, number>();

  constructor(private db: Db) {}

  /** Concurrent requests with the same token share one lookup (no stampede when the entry expires). */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const hash = hashApiToken(token);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.viewer;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const viewer = this.lookup(hash, now);
    this.cache.set(hash, { viewer, until: now + TOKEN_CACHE_MS });
    viewer.catch(() => this.cache.delete(hash));
    return viewer;
  }

  private async lookup(hash: string, now: number): Promise<Viewer | null> {
    const row = await this.db.apiToken.findUnique({ where: { tokenHash: hash } });
    const viewer: Viewer | null =
      !row || row.revokedAt
        ? null
        : row.role === 'OPERATOR'
          ? { role: 'OPERATOR', tokenId: row.id, name: row.name }
          : row.tenantId
            ? { role: 'TENANT_ADMIN', tokenId: row.id, name: row.name, tenantId: row.tenantId }
            : null;
    if (viewer) this.touch(viewer.tokenId, now);
    return viewer;
  }

  /** Drops every cached answer (call after revoking a token). */
  forget(): void {
    this.cache.clear();
  }

  /** Records "last used" at one-minute resolution, off the request's critical path. */
  private touch(tokenId: string, now: number) {
    if ((this.lastUsedWritten.get(tokenId) ?? 0) + LAST_USED_RESOLUTION_MS > now) return;
    this.lastUsedWritten.set(tokenId, now);
    this.db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date(now) } }).catch(() => {
      this.lastUsedWritten.delete(tokenId);
    });
  }
}

/** Makes sure the configured bootstrap operator token exists (idempotent). */
export async function ensureBootstrapToken(db: Db, token: string): Promise<void> {
  const tokenHash = hashApiToken(token);
  try {
    await db.apiToken.upsert({
      where: { tokenHash },
      create: { name: 'bootstrap operator', role: 'OPERATOR', tokenHash, prefix: token.slice(0, 10) },
      update: {}, // a revoked bootstrap token stays revoked: rotate OPERATOR_TOKEN instead
    });
  } catch (error) {
    // Several instances starting together race on the insert: the loser finds it done.
    if (!isUniqueViolation(error)) throw error;
  }
}
