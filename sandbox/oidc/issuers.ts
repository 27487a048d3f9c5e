// The OIDC issuers of one sandbox, created on first use (an org added through the admin
// API gets its issuer the moment someone asks for its discovery document).
import type { SandboxContext } from '../context.ts';
import type { OrgKey } from '../directory/types.ts';
import { freshSigningMaterial } from '../keys/keys.ts';
import { createIssuer, initialKeys, type IssuerKeys, type OidcIssuer } from './provider.ts';

export class IssuerRegistry {
  private issuers = new Map<OrgKey, Promise<OidcIssuer>>();
  /** Orgs whose OIDC signing key was rotated: the keys their issuer is built with. */
  private keys = new Map<OrgKey, IssuerKeys>();

  constructor(private ctx: SandboxContext) {}

  get(key: OrgKey): Promise<OidcIssuer> | undefined {
    const org = this.ctx.directory.org(key);
    if (!org) return undefined;
    let found = this.issuers.get(key);
    if (!found) {
      found = createIssuer(this.ctx, org, { keys: this.keys.get(key) });
      found.catch(() => this.issuers.delete(key));
      this.issuers.set(key, found);
    }
    return found;
  }

  /**
   * Rotates the org's OIDC signing key, as an IdP does: a new key (new kid) signs every
   * token from now on, and the JWKS publishes it beside the previous one (which still
   * verifies tokens already issued); the key before that leaves the JWKS. Codes, grants
   * and sessions survive the rotation.
   */
  async rotate(key: OrgKey): Promise<{ kid: string; published: string[] } | undefined> {
    const org = this.ctx.directory.org(key);
    if (!org) return undefined;
    const before = this.keys.get(key) ?? (await initialKeys(key));
    const next: IssuerKeys = { signer: await freshSigningMaterial(key), retired: [before.signer] };
    const previous = await this.issuers.get(key)?.catch(() => undefined);
    this.keys.set(key, next);
    const rebuilt = createIssuer(this.ctx, org, { keys: next, store: previous?.store });
    this.issuers.set(key, rebuilt);
    await rebuilt;
    return { kid: next.signer.kid, published: [next.signer.kid, ...next.retired.map((k) => k.kid)] };
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
