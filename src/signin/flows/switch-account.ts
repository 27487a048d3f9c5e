// GET /sso/switch?account=… (R04, R05): a signed-in person moves to another of their
// accounts without going back to the IdP — only where the same provider, linked to the
// same Salesforce org or Entra directory, is configured, and a user there matches them.
// One attempt of kind SWITCH, recorded like any sign-in.
//
//   started          the target account is one of the person's, and switching there is possible
//   matched          the user it lands on
//   session_created  the old session ends, a new one opens
import { audienceOfKind } from '../../domain/signin/audience.ts';
import { accountKey } from '../../domain/tenants/input.ts';
import { newAttempt, type RequestMeta } from '../attempt/context.ts';
import { runStages, stage, type Step } from '../attempt/pipeline.ts';
import { newTraceId, recordFailure, recordSuccess, type RecordedFailure } from '../attempt/record.ts';
import type { SignInDeps } from '../deps.ts';
import { createSession, endSession, type ActiveSession } from '../sessions.ts';
import { failSignIn } from '../sign-in-error.ts';
import { switchOptions, type SwitchOption } from '../switching.ts';
import type { CallbackContext } from './contexts.ts';

interface SwitchContext extends CallbackContext {
  active: ActiveSession;
  sessionCookie: string | undefined;
  target: string;
  option?: SwitchOption;
}

/** Rule: the target is one of the person's accounts and switching there is possible (switching.ts says why not). */
const findSwitchTarget: Step<SwitchContext> = async (ctx, { db }) => {
  const key = accountKey(ctx.target);
  const option = (await switchOptions(db, ctx.active)).find((o) => o.tenant.accountKey === key);
  ctx.option = option;
  if (option) ctx.tenant = option.tenant;
  if (!option) return failSignIn('ACCOUNT_UNKNOWN', 'Account switch refused: no such account among the person\'s accounts.', { accountName: ctx.target });
  if (!option.possible || !option.connection || !option.user) {
    const code = option.code ?? 'ACCOUNT_UNKNOWN';
    return failSignIn(code, 'Account switch refused.', { accountName: option.tenant.accountName, provider: ctx.active.identity.provider });
  }
  ctx.connection = option.connection;
};

const landOnUser: Step<SwitchContext> = (ctx) => {
  ctx.user = ctx.option!.user;
  ctx.audience = audienceOfKind(ctx.user!.kind);
};

const replaceSession: Step<SwitchContext> = async (ctx, { db }) => {
  await endSession(db, ctx.sessionCookie);
  const { token } = await createSession(db, { tenantId: ctx.tenant!.id, userId: ctx.user!.id, connectionId: ctx.connection!.id, identity: ctx.active.identity });
  ctx.sessionToken = token;
};

export async function switchAccount(deps: SignInDeps, active: ActiveSession, target: string, sessionCookie: string | undefined, meta: RequestMeta): Promise<{ ok: true; sessionToken: string } | RecordedFailure> {
  const ctx: SwitchContext = {
    ...newAttempt({ traceId: newTraceId(), kind: 'SWITCH', audience: audienceOfKind(active.user.kind), meta, accountName: target, identity: active.identity }),
    bindingCookie: undefined,
    active,
    sessionCookie,
    target,
    params: { switchedFrom: active.tenant.accountName },
  };
  const stopped = await runStages(ctx, deps, [stage('started', findSwitchTarget), stage('matched', landOnUser), stage('session_created', replaceSession)]);
  if (stopped) return recordFailure(deps, ctx, stopped);
  await recordSuccess(deps, ctx);
  return { ok: true, sessionToken: ctx.sessionToken! };
}
