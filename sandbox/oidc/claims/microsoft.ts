// Microsoft Entra ID v2: tid/oid identify tenant and user, preferred_username and upn
// carry the sign-in name, and `email` appears only when the directory holds one
// (MICROSOFT_NO_EMAIL). sub is pairwise per application, as Entra's is.
import { createHash } from 'node:crypto';
import type { ClaimsFamily } from './family.ts';

export const microsoftClaims: ClaimsFamily = {
  scopes: {
    openid: ['sub', 'tid', 'oid', 'ver'],
    profile: ['name', 'preferred_username', 'upn'],
    email: ['email'],
  },
  shape: (p, ctx) => ({
    sub: createHash('sha256').update(`${p.person.externalId}|${ctx.clientId ?? ''}`).digest('base64url').slice(0, 43),
    tid: p.org.id,
    oid: p.person.externalId,
    ver: '2.0',
    name: p.person.name,
    preferred_username: p.person.username,
    upn: p.person.username,
    ...(p.email ? { email: p.email } : {}),
  }),
};
