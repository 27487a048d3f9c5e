// The OIDC issuers of one sandbox, created on first use (an org added through the admin
// API gets its issuer the moment someone asks for its discovery document).
import type { SandboxContext } from '../context.ts';
import type { OrgKey } from '../directory/types.ts';
import { createIssuer, type OidcIssuer } from './provider.ts';

export class IssuerRegistry {
  private issuers = new Map<OrgKey, Promise<OidcIssuer>>();

  constructor(private ctx: SandboxContext) {}

  get(key: OrgKey): Promise<OidcIssuer> | undefined {
    const org = this.ctx.directory.org(key);
    if (!org) return undefined;
    let found = this.issuers.get(key);
    if (!found) {
      found = createIssuer(this.ctx, org);
      found.catch(() => this.issuers.delete(key));
      this.issuers.set(key, found);
    }
    return found;
  }

  /** Warms the issuers of every org (key generation) so the first sign-in is not slow. */
  async warm(): Promise<void> {
    await Promise.all(this.ctx.directory.listOrgs().map((o) => this.get(`${o.provider}/${o.id}`)));
  }

  async close(): Promise<void> {
    for (const p of this.issuers.values()) (await p.catch(() => undefined))?.store.close();
    this.issuers.clear();
  }
}
