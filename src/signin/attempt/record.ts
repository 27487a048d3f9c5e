// Writes an attempt to login history. A sign-in that starts gets its row at /sso/start
// (PENDING, with the pending request, in one transaction); its callback updates that row
// once with the outcome. A request that continues no attempt of ours (unknown state,
// junk at the ACS) gets a row of its own — or is folded into a similar one under rate
// limits (coalesce.ts). Every outcome is also one log line and one observer event.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../db/generated/sqlite/client.ts';
import type { FailureCode } from '../../../common/failures/catalog.ts';
import { diagnose } from '../../domain/signin/diagnosis.ts';
import { loginUrlExample } from '../../domain/signin/login-options.ts';
import { userKindOf } from '../../domain/signin/audience.ts';
import { describeError } from '../../observability/log.ts';
import type { SignInDeps } from '../deps.ts';
import { SIGN_IN_TTL_MS, type NewSignInRequest } from '../requests.ts';
import type { Stopped } from './pipeline.ts';
import type { AttemptContext } from './context.ts';
import { connectionSnapshot } from './connection-snapshot.ts';
import { FailureCoalescer } from './coalesce.ts';
import type { IdentifierField } from '../../domain/users/identifier-field.ts';
import type { Stage } from './stages.ts';

export const newTraceId = () => randomUUID();

/** Evidence larger than this is cut (it is a summary for support, not an archive). */
const MAX_EVIDENCE_CHARS = 32_768;

export interface RecordedFailure {
  ok: false;
  traceId: string;
  code: FailureCode;
  message: string;
  /** Where "back to the sign-in page" leads, when the account is known. */
  retryPath: string | null;
}

const coalescers = new WeakMap<SignInDeps['settings'], FailureCoalescer>();
const coalescerFor = (deps: SignInDeps) => {
  let c = coalescers.get(deps.settings);
  if (!c) coalescers.set(deps.settings, (c = new FailureCoalescer(deps.settings)));
  return c;
};

function evidenceJson(ctx: AttemptContext): string | null {
  if (!ctx.evidence) return null;
  const json = JSON.stringify(ctx.evidence);
  return json.length <= MAX_EVIDENCE_CHARS ? json : JSON.stringify({ truncated: true, head: json.slice(0, MAX_EVIDENCE_CHARS - 100) });
}

/** The columns every write of this attempt carries. */
function attemptColumns(ctx: AttemptContext) {
  const identity = ctx.identity;
  return {
    kind: ctx.kind,
    tenantId: ctx.tenant?.id ?? null,
    accountName: ctx.tenant?.accountName ?? ctx.accountName ?? null,
    connectionId: ctx.connection?.id ?? null,
    provider: ctx.connection?.provider ?? ctx.identity?.provider ?? null,
    protocol: ctx.connection?.protocol ?? ctx.identity?.protocol ?? null,
    audience: userKindOf(ctx.audience),
    externalSubject: identity?.subject ?? null,
    externalUsername: identity?.username ?? identity?.email ?? null,
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent?.slice(0, 512) ?? null,
    timeline: JSON.stringify(ctx.timeline),
    stage: lastStage(ctx),
    evidence: evidenceJson(ctx),
    connectionConfig: ctx.connection ? connectionSnapshot(ctx.connection) : null,
  } satisfies Partial<Prisma.LoginAttemptUncheckedCreateInput>;
}

const lastStage = (ctx: AttemptContext): Stage => ctx.timeline.at(-1)?.stage ?? 'started';

/** /sso/start passed: the pending request and the PENDING attempt, written together. */
export async function openAttempt(deps: SignInDeps, ctx: AttemptContext, pending: Omit<NewSignInRequest, 'traceId' | 'timeline'> & { id: string }): Promise<void> {
  const timeline = JSON.stringify(ctx.timeline);
  await deps.db.$transaction([
    deps.db.loginAttempt.create({ data: { ...attemptColumns(ctx), traceId: ctx.traceId, outcome: 'PENDING' } }),
    deps.db.signInRequest.create({ data: { ...pending, traceId: ctx.traceId, timeline, expiresAt: new Date(Date.now() + SIGN_IN_TTL_MS) } }),
  ]);
  ctx.persisted = true;
  notify(deps, ctx, 'PENDING', null, null, false);
}

/** The attempt ended well: the row gets its outcome and the matched user. */
export async function recordSuccess(deps: SignInDeps, ctx: AttemptContext): Promise<void> {
  const data = {
    ...attemptColumns(ctx),
    outcome: 'SUCCESS' as const,
    identifierField: ctx.match?.identifierField ?? null,
    identifierValue: ctx.match?.identifierValue ?? null,
    matchedUserId: ctx.user?.id ?? null,
    detail: ctx.kind === 'TEST' ? 'Test sign-in (no session opened).' : ctx.kind === 'SWITCH' ? ctx.params.switchedFrom ? `Switched from ${ctx.params.switchedFrom}.` : null : null,
    finishedAt: new Date(),
    lastSeenAt: new Date(),
  };
  if (ctx.persisted) await deps.db.loginAttempt.update({ where: { traceId: ctx.traceId }, data });
  else await deps.db.loginAttempt.create({ data: { ...data, traceId: ctx.traceId } });
  ctx.persisted = true;
  await recordTestResult(deps, ctx, 'SUCCESS', null);
  notify(deps, ctx, 'SUCCESS', null, null, false);
  deps.logger.info(outcomeFields(ctx, 'SUCCESS', null, null), 'signin.outcome');
}

/** The attempt failed: the documented message, recorded (or folded into a similar row). */
export async function recordFailure(deps: SignInDeps, ctx: AttemptContext, stopped: Stopped): Promise<RecordedFailure> {
  const { failure } = stopped;
  if (stopped.unexpected !== undefined) deps.logger.error({ traceId: ctx.traceId, step: stopped.step, ...describeError(stopped.unexpected) }, 'signin.unexpected_error');
  const account = ctx.tenant?.accountName ?? ctx.accountName ?? null;
  const retryPath = account ? `/login?account=${encodeURIComponent(account)}${ctx.audience === 'agent' ? '&audience=agent' : ''}` : null;

  let coalesced = false;
  if (!ctx.persisted) {
    const folded = await coalescerFor(deps).fold(deps.db, { tenantId: ctx.tenant?.id ?? null, code: failure.code, ip: ctx.meta.ip });
    if (folded) {
      ctx.traceId = folded;
      coalesced = true;
    }
  }
  const params = { ...ctx.params, ...failure.params, traceId: ctx.traceId, loginUrlExample: loginUrlExample(deps.publicUrl, account ?? 'AccountName'), ...(account ? { accountName: failure.params.accountName ?? account } : {}) };
  const message = diagnose(failure.code, params).message;
  if (!coalesced) {
    const data = {
      ...attemptColumns(ctx),
      outcome: 'FAILURE' as const,
      code: failure.code,
      message,
      detail: ctx.params.attribution ? `${failure.detail} [account ${ctx.params.attribution}]` : failure.detail,
      params: JSON.stringify(params),
      identifierField: (failure.params.identifierField as IdentifierField | undefined) ?? ctx.connection?.identifierField ?? null,
      identifierValue: failure.params.identifierValue ?? null,
      finishedAt: new Date(),
      lastSeenAt: new Date(),
    };
    if (ctx.persisted) await deps.db.loginAttempt.update({ where: { traceId: ctx.traceId }, data });
    else await deps.db.loginAttempt.create({ data: { ...data, traceId: ctx.traceId } });
    ctx.persisted = true;
    await recordTestResult(deps, ctx, 'FAILURE', failure.code);
  }
  notify(deps, ctx, 'FAILURE', failure.code, stopped.step, coalesced);
  deps.logger.info({ ...outcomeFields(ctx, 'FAILURE', failure.code, stopped.step), ...(coalesced ? { coalesced: true } : {}) }, 'signin.outcome');
  return { ok: false, traceId: ctx.traceId, code: failure.code, message, retryPath };
}

/** A test sign-in's result is what readiness counts (NO_TEST_SIGN_IN). */
async function recordTestResult(deps: SignInDeps, ctx: AttemptContext, outcome: 'SUCCESS' | 'FAILURE', code: FailureCode | null): Promise<void> {
  if (ctx.kind !== 'TEST' || !ctx.tenant || !ctx.connection) return;
  await deps.db.connectionTest.create({
    data: { tenantId: ctx.tenant.id, connectionId: ctx.connection.id, audience: userKindOf(ctx.audience), connectionUpdatedAt: ctx.connection.updatedAt, outcome, code, matchedUserId: ctx.user?.id ?? null, traceId: ctx.traceId },
  });
}

function outcomeFields(ctx: AttemptContext, outcome: string, code: FailureCode | null, step: string | null) {
  return {
    traceId: ctx.traceId,
    kind: ctx.kind,
    outcome,
    code,
    stage: lastStage(ctx),
    step,
    tenantId: ctx.tenant?.id ?? null,
    account: ctx.tenant?.accountName ?? ctx.accountName ?? null,
    connectionId: ctx.connection?.id ?? null,
    provider: ctx.connection?.provider ?? null,
    protocol: ctx.connection?.protocol ?? null,
    audience: ctx.audience,
    durationMs: Math.round(performance.now() - ctx.startedAt),
  };
}

function notify(deps: SignInDeps, ctx: AttemptContext, outcome: 'PENDING' | 'SUCCESS' | 'FAILURE', code: FailureCode | null, step: string | null, coalesced: boolean): void {
  deps.observer?.outcome?.({ ...outcomeFields(ctx, outcome, code, step), outcome, code, audience: ctx.audience, durationMs: performance.now() - ctx.startedAt, coalesced });
}
