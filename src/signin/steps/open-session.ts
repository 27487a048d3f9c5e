// A session for the matched user (server-side, any instance recognises its cookie). A test
// sign-in opens none: its result is recorded with the outcome instead.
import type { Step } from '../attempt/pipeline.ts';
import type { CallbackContext } from '../flows/contexts.ts';
import { createSession } from '../sessions.ts';

export const openSession: Step<CallbackContext> = async (ctx, { db }) => {
  if (ctx.kind === 'TEST') return;
  const { token } = await createSession(db, { tenantId: ctx.tenant!.id, userId: ctx.user!.id, connectionId: ctx.connection!.id, identity: ctx.identity! });
  ctx.sessionToken = token;
};
