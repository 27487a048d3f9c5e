// A user's sign-in session, as an admin lists it before revoking (never its token).
import { builder } from '../builder.ts';
import { visibleRows } from '../../domain/viewer.ts';
import { Provider } from './enums.ts';
import { IdpConnection } from './idp-connection.ts';

export const SignInSession = builder.prismaObject('Session', {
  name: 'SignInSession',
  description: 'A sign-in session of a user, opened by an SSO sign-in (the product\'s session cookie).',
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    provider: t.expose('provider', { type: Provider }),
    connection: t.field({
      type: IdpConnection,
      nullable: true,
      description: 'The connection it was opened through; null once deleted.',
      resolve: (s, _a, ctx) => ctx.db.idpConnection.findFirst({ where: visibleRows(ctx.viewer!, { id: s.connectionId }) }) as never,
    }),
  }),
});
