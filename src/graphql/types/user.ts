import { builder } from '../builder.ts';
import { visibleRows } from '../../domain/viewer.ts';
import { UserKind } from './enums.ts';
import { SignInSession } from './sign-in-session.ts';
import { activeSessionsOf } from '../../domain/sessions/service.ts';

export const User = builder.prismaNode('User', {
  description: 'A user (admin portal) or agent (softphone client) of one account.',
  id: { field: 'id' },
  nullable: true, // node(id:) of an invisible object is null, never an error
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    tenant: t.relation('tenant'),
    kind: t.expose('kind', { type: UserKind }),
    username: t.exposeString('username'),
    email: t.exposeString('email', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    displayName: t.exposeString('displayName', { nullable: true }),
    isAdmin: t.exposeBoolean('isAdmin'),
    passwordSignInAllowed: t.exposeBoolean('passwordSignInAllowed', { description: 'Whether password sign-in stays allowed while SSO is enabled (a break-glass path).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    activeSessions: t.field({
      type: [SignInSession],
      description: 'The sign-in sessions that still let this user in, newest first (revokeSessions ends them).',
      resolve: (user, _a, ctx) => activeSessionsOf(ctx.db, user.id),
    }),
  }),
});
