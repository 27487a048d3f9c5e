// A plain standards-shaped IdP.
import type { ClaimsFamily } from './family.ts';

export const genericClaims: ClaimsFamily = {
  scopes: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
    groups: ['groups'],
  },
  shape: (p) => ({
    sub: p.person.externalId,
    name: p.person.name,
    preferred_username: p.person.username,
    ...(p.email ? { email: p.email } : {}),
    email_verified: p.emailVerified,
    groups: p.person.groups,
  }),
};
