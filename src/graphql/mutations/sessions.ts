// revokeSessions: an admin ends every active sign-in session of a user (audited).
import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { UserError } from '../types/user-error.ts';
import { attempt, type Payload } from './payload.ts';
import { revokeSessions } from '../../domain/sessions/service.ts';

const RevokeSessionsPayload = builder.objectRef<Payload<{ userId: string; revokedCount: number }>>('RevokeSessionsPayload').implement({
  fields: (t) => ({
    user: t.prismaField({ type: 'User', nullable: true, description: 'The user; null when userErrors is not empty.', resolve: (query, p, _a, ctx) => (p.result ? ctx.db.user.findUnique({ ...query, where: { id: p.result.userId } }) : null) }),
    revokedCount: t.int({ description: 'How many active sessions were ended (0 when the user had none).', resolve: (p) => p.result?.revokedCount ?? 0 }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

const RevokeSessionsInput = builder.inputType('RevokeSessionsInput', { fields: (t) => ({ userId: t.id({ required: true }) }) });

builder.mutationField('revokeSessions', (t) =>
  t.field({
    type: RevokeSessionsPayload,
    description: 'Ends every active sign-in session of the user: the next request with any of them, on any instance, is signed out. Audited.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RevokeSessionsInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => revokeSessions(serviceContext(ctx), localId(String(input.userId), 'User', ['input', 'userId']))),
  }),
);
