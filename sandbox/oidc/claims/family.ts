// A provider family's claim shape: which claims each scope releases (oidc-provider's
// `claims` setting) and how a presented person becomes those claims.
import type { Presented } from '../../scenarios/claims.ts';

interface ClaimsContext {
  sandboxUrl: string;
  clientId?: string;
}

export interface ClaimsFamily {
  scopes: Record<string, string[]>;
  shape(p: Presented, ctx: ClaimsContext): Record<string, unknown> & { sub: string };
}
