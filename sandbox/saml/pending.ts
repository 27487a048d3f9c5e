// SAML sign-ins waiting on the human login page (the AuthnRequest was already checked).
import { randomBytes } from 'node:crypto';

export interface PendingSaml {
  org: string;
  spEntityId: string;
  acs: string;
  inResponseTo?: string;
  requestedNameIdFormat?: string;
  relayState?: string;
  expiresAt: number;
}

const TTL_MS = 30 * 60_000;

export class PendingSamlBook {
  private pending = new Map<string, PendingSaml>();

  add(p: Omit<PendingSaml, 'expiresAt'>): string {
    const t = Date.now();
    for (const [k, v] of this.pending) if (v.expiresAt <= t) this.pending.delete(k);
    const id = randomBytes(12).toString('base64url');
    this.pending.set(id, { ...p, expiresAt: t + TTL_MS });
    return id;
  }

  get(id: string): PendingSaml | undefined {
    const p = this.pending.get(id);
    return p && p.expiresAt > Date.now() ? p : undefined;
  }

  delete(id: string): void {
    this.pending.delete(id);
  }
}
