// What one OIDC sign-in looked like, for the later steps of its flow. oidc-provider uses
// the accountId as `sub`, so the accountId is the provider-shaped subject (Salesforce's
// identity URL, Entra's pairwise sub, Okta's user id); this book maps it back to the
// person, and keeps the scenario effects per grant, so the claims, the token endpoint
// and userinfo of that flow all tell the same story.
import type { OrgKey } from '../directory/types.ts';
import type { SignInEffects } from '../scenarios/effects.ts';

const TTL_MS = 2 * 3600_000;
const NONE: SignInEffects = { applied: [] };

export class TicketBook {
  private subjects = new Map<string, string>();
  private effects = new Map<string, { fx: SignInEffects; expiresAt: number }>();

  remember(org: OrgKey, sub: string, personId: string): void {
    this.subjects.set(`${org}|${sub}`, personId);
  }

  personOf(org: OrgKey, sub: string): string | undefined {
    return this.subjects.get(`${org}|${sub}`);
  }

  attach(grantId: string, fx: SignInEffects): void {
    if (!fx.applied.length) return;
    if (this.effects.size > 50_000) this.sweep();
    this.effects.set(grantId, { fx, expiresAt: Date.now() + TTL_MS });
  }

  effectsOf(grantId: string | undefined): SignInEffects {
    const e = grantId ? this.effects.get(grantId) : undefined;
    return e && e.expiresAt > Date.now() ? e.fx : NONE;
  }

  private sweep(): void {
    const t = Date.now();
    for (const [id, v] of this.effects) if (v.expiresAt <= t) this.effects.delete(id);
  }

  clear(): void {
    this.subjects.clear();
    this.effects.clear();
  }
}
