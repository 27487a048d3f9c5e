// Access decisions at sign-in: IP restriction (the connected app's setting, written to
// Login History as "Restricted IP" like Salesforce does) and access_denied for other
// reasons (an armed IDP_ACCESS_DENIED).
import type { Directory } from '../directory/directory.ts';
import type { OidcClient, Person } from '../directory/types.ts';
import type { SignInEffects } from './effects.ts';

export type AccessDecision = { allowed: true } | { allowed: false; status: string; description: string };

export function decideAccess(client: OidcClient | undefined, fx: SignInEffects): AccessDecision {
  if (client?.ipRestriction === 'enforced') {
    return { allowed: false, status: 'Restricted IP', description: `IP restrictions are enforced for the connected app "${client.name}" and the platform's address is not allowed` };
  }
  if (fx.accessDenied) return { allowed: false, status: 'Failed: Access Denied', description: 'the identity provider denied access (sandbox scenario IDP_ACCESS_DENIED)' };
  return { allowed: true };
}

export function recordSignIn(directory: Directory, input: {
  person: Person; application: string; protocol: 'oidc' | 'saml'; sourceIp: string; decision: AccessDecision; fx: SignInEffects;
}): void {
  directory.recordLogin({
    org: input.person.org,
    username: input.person.username,
    application: input.application,
    status: input.decision.allowed ? 'Success' : input.decision.status,
    protocol: input.protocol,
    sourceIp: input.sourceIp,
    scenario: input.fx.applied.map((a) => a.code).join(',') || undefined,
  });
}
