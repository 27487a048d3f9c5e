// The button names one of the account's connections (another account's id matches nothing).
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';

export const findConnection: Step<StartContext> = async (ctx, { db }) => {
  const id = ctx.input.connection;
  ctx.connection = id ? await db.idpConnection.findFirst({ where: { id, tenantId: ctx.tenant!.id } }) : null;
};
