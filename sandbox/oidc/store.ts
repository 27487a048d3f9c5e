// oidc-provider storage for one issuer: a Map with TTL instead of the library's dev LRU,
// which silently drops codes and sessions past 1,000 entries (a login storm would end in
// invalid_grant). Expired entries go lazily on read and in a periodic sweep. Clients are
// not stored here: the "Client" model reads the directory, so admin changes apply at once.
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry { payload: AdapterPayload; expiresAt: number }

const SWEEP_MS = 30_000;
const now = () => Date.now();

export type ClientLookup = (clientId: string) => AdapterPayload | undefined;

export class MemoryStore {
  private entries = new Map<string, Entry>();
  private byGrant = new Map<string, Set<string>>();
  private byUid = new Map<string, string>();
  private byUserCode = new Map<string, string>();
  private sweeper: NodeJS.Timeout;

  constructor(private clients: ClientLookup) {
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    clearInterval(this.sweeper);
    this.entries.clear();
    this.byGrant.clear();
    this.byUid.clear();
    this.byUserCode.clear();
  }

  private sweep(): void {
    const t = now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= t) this.remove(key);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const { grantId, uid, userCode } = entry.payload;
    if (grantId) {
      const set = this.byGrant.get(grantId);
      set?.delete(key);
      if (set?.size === 0) this.byGrant.delete(grantId);
    }
    if (uid) this.byUid.delete(uid);
    if (userCode) this.byUserCode.delete(userCode);
  }

  private read(key: string | undefined): AdapterPayload | undefined {
    if (!key) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      this.remove(key);
      return undefined;
    }
    return entry.payload;
  }

  /** The adapter factory handed to oidc-provider: one adapter object per model name. */
  adapter = (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    if (model === 'Client') {
      return {
        upsert: async () => undefined,
        find: async (id: string) => this.clients(id),
        findByUserCode: async () => undefined,
        findByUid: async () => undefined,
        consume: async () => undefined,
        destroy: async () => undefined,
        revokeByGrantId: async () => undefined,
      };
    }
    return {
      upsert: async (id, payload, expiresIn) => {
        const k = key(id);
        this.remove(k);
        this.entries.set(k, { payload, expiresAt: now() + (expiresIn && expiresIn > 0 ? expiresIn : 3600) * 1000 });
        if (payload.grantId) {
          let set = this.byGrant.get(payload.grantId);
          if (!set) this.byGrant.set(payload.grantId, (set = new Set()));
          set.add(k);
        }
        if (payload.uid) this.byUid.set(payload.uid, k);
        if (payload.userCode) this.byUserCode.set(payload.userCode, k);
      },
      find: async (id) => this.read(key(id)),
      findByUid: async (uid) => this.read(this.byUid.get(uid)),
      findByUserCode: async (userCode) => this.read(this.byUserCode.get(userCode)),
      consume: async (id) => {
        const payload = this.read(key(id));
        if (payload) payload.consumed = Math.floor(now() / 1000);
      },
      destroy: async (id) => this.remove(key(id)),
      revokeByGrantId: async (grantId) => {
        for (const k of this.byGrant.get(grantId) ?? []) this.remove(k);
        this.byGrant.delete(grantId);
      },
    };
  };
}
