// IDP_UNAVAILABLE: a slow IdP (delay) or a down one (5xx), on its front channel (OIDC
// authorization and login pages, SAML SSO), its back channel (OIDC discovery, JWKS, token,
// userinfo; SAML metadata), or both (catalog.ts: CHANNELS).
// The registry's take() picks the scenarios of the request's channel.
import type { ArmedScenario } from './registry.ts';

export interface Availability {
  delayMs: number;
  downStatus?: number;
  applied: ArmedScenario[];
}

export function foldAvailability(hit: ArmedScenario[]): Availability {
  let delayMs = 0;
  let downStatus: number | undefined;
  for (const s of hit) {
    if (s.behaviour === 'slow') delayMs = Math.max(delayMs, s.params.delayMs ?? 0);
    if (s.behaviour === 'down') downStatus = s.params.status ?? 503;
  }
  return { delayMs, downStatus, applied: hit };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function downBody(status: number): string {
  return JSON.stringify({ error: 'temporarily_unavailable', error_description: `sandbox scenario IDP_UNAVAILABLE: the IdP answers ${status}` });
}
