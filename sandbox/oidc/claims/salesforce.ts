// Salesforce: sub is the identity URL (…/id/ORG_ID/USER_ID); user_id and organization_id
// are what an SP checks the org with (SALESFORCE_WRONG_ORG / _ORG_NOT_LINKED).
import type { ClaimsFamily } from './family.ts';

export const salesforceClaims: ClaimsFamily = {
  scopes: {
    openid: ['sub', 'user_id', 'organization_id'],
    profile: ['name', 'preferred_username', 'nickname'],
    email: ['email', 'email_verified'],
  },
  shape: (p, ctx) => ({
    sub: `${ctx.sandboxUrl}/id/${p.org.id}/${p.person.externalId}`,
    user_id: p.person.externalId,
    organization_id: p.org.id,
    preferred_username: p.person.username,
    nickname: p.person.username.split('@')[0],
    name: p.person.name,
    ...(p.email ? { email: p.email } : {}),
    email_verified: p.emailVerified,
  }),
};
