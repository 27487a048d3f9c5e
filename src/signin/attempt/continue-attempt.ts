// Shared by both callbacks: the pending sign-in found by its state (OIDC) or by the
// request id its response answers (SAML) becomes this attempt — same trace id, same
// kind (a test sign-in stays one), its timeline continued — with the connection and
// account it was started for.
import type { SignInRequest } from '../../db/generated/sqlite/client.ts';
import type { Db } from '../../db/client.ts';
import { audienceOfKind } from '../../domain/signin/audience.ts';
import type { AttemptContext } from './context.ts';
import type { TimelineEntry } from './stages.ts';

export async function continueAttempt(ctx: AttemptContext, db: Db, request: SignInRequest): Promise<void> {
  ctx.request = request;
  ctx.traceId = request.traceId;
  ctx.persisted = true;
  ctx.kind = request.isTest ? 'TEST' : 'SIGN_IN';
  ctx.audience = audienceOfKind(request.audience);
  ctx.timeline = [...(JSON.parse(request.timeline) as TimelineEntry[]), ...ctx.timeline];
  await loadConnection(ctx, db, request);
}

/**
 * A refused callback is a new attempt, but when it names a sign-in of ours (used, expired)
 * it is that sign-in's account's business: the admin sees it in their history.
 */
export async function attributeToRequest(ctx: AttemptContext, db: Db, where: { id: string } | { samlRequestId: string }): Promise<void> {
  const request = await db.signInRequest.findUnique({ where, select: { tenantId: true, connectionId: true, audience: true } });
  if (request) await loadConnection(ctx, db, request);
}

async function loadConnection(ctx: AttemptContext, db: Db, request: Pick<SignInRequest, 'tenantId' | 'connectionId'>): Promise<void> {
  const connection = await db.idpConnection.findFirst({ where: { id: request.connectionId, tenantId: request.tenantId }, include: { tenant: true } });
  if (!connection) return;
  const { tenant, ...plain } = connection;
  ctx.tenant = tenant;
  ctx.connection = plain;
}
