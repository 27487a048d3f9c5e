// Login history (R13, R30): every attempt from its first request, with its stage timeline,
// what the person saw, the precise cause and a diagnosis filled in from the catalog; one
// attempt by the trace id its error page shows; the operator's view of attempts no
// account could be named for; and a live feed (SSE).
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { visibleRows, visibleTenants } from '../../domain/viewer.ts';
import type { FailureCode } from '../../../common/failures/catalog.ts';
import { diagnose, type Diagnosis as DiagnosisModel } from '../../domain/signin/diagnosis.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { IdentifierField, Protocol, Provider, UserKind } from './enums.ts';
import { FailureCodeEnum } from './sign-in.ts';

const Diagnosis = builder.objectRef<DiagnosisModel>('Diagnosis').implement({
  description: 'Why a sign-in failed and what fixes it: the catalog entry, filled in with what this attempt recorded.',
  fields: (t) => ({
    code: t.field({ type: FailureCodeEnum, resolve: (d) => d.code }),
    title: t.exposeString('title'),
    message: t.exposeString('message', { description: 'The message the person was shown.' }),
    cause: t.exposeString('cause'),
    fix: t.exposeString('fix'),
    fixTarget: t.exposeString('fixTarget', { description: 'The configuration field or IdP-side setting the fix touches.' }),
    requirements: t.exposeStringList('requirements'),
  }),
});

const AttemptOutcome = builder.enumType('AttemptOutcome', {
  values: {
    PENDING: { description: 'Started (or at the IdP) and not back yet.' },
    SUCCESS: { description: 'Signed in (or, for a test sign-in, matched a user).' },
    FAILURE: { description: 'Ended with a documented failure: see code and diagnosis.' },
    ABANDONED: { description: 'Never came back from the IdP within the abandon time.' },
  } as const,
});

const AttemptKind = builder.enumType('AttemptKind', {
  values: {
    SIGN_IN: { description: 'A sign-in through the login page.' },
    TEST: { description: 'A test sign-in (testIdpConnection): opens no session; readiness counts it.' },
    SWITCH: { description: 'A switch to another of the signed-in person\'s accounts.' },
  } as const,
});

interface StageEntry { stage: string; at: string; ms: number; ok: boolean; code?: FailureCode; step?: string }

const AttemptStage = builder.objectRef<StageEntry>('AttemptStage').implement({
  description: 'One stage of an attempt: started, sent_to_idp, returned, validated, matched, session_created.',
  fields: (t) => ({
    stage: t.exposeString('stage'),
    at: t.field({ type: 'DateTime', resolve: (s) => new Date(s.at) }),
    durationMs: t.float({ resolve: (s) => s.ms }),
    ok: t.exposeBoolean('ok'),
    code: t.field({ type: FailureCodeEnum, nullable: true, resolve: (s) => s.code ?? null }),
    step: t.string({ nullable: true, description: 'The step that failed the stage (a file under src/signin/steps).', resolve: (s) => s.step ?? null }),
  }),
});

const parsed = <T>(json: string | null, fallback: T): T => {
  try {
    return json === null ? fallback : (JSON.parse(json) as T);
  } catch {
    return fallback;
  }
};

const LoginAttempt = builder.prismaNode('LoginAttempt', {
  description: 'One sign-in attempt, from its first request: what the person saw, the stages it passed, and for the admin the precise cause.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    kind: t.expose('kind', { type: AttemptKind }),
    outcome: t.expose('outcome', { type: AttemptOutcome }),
    stage: t.exposeString('stage', { description: 'The last stage reached, or the stage that failed.' }),
    timeline: t.field({ type: [AttemptStage], resolve: (a) => parsed<StageEntry[]>(a.timeline, []) }),
    code: t.field({ type: FailureCodeEnum, nullable: true, resolve: (a) => (a.code as FailureCode | null) ?? null }),
    message: t.exposeString('message', { nullable: true, description: 'Exactly what the person was shown.' }),
    detail: t.exposeString('detail', { nullable: true, description: 'The precise cause, for the admin.' }),
    diagnosis: t.field({ type: Diagnosis, nullable: true, resolve: (a) => (a.code ? diagnose(a.code as FailureCode, parsed<Record<string, string>>(a.params, {})) : null) }),
    evidence: t.field({ type: 'JSON', nullable: true, description: 'What the IdP sent, decoded: a SAML response summary or the ID token\'s header and claims (never a token, signature or key).', resolve: (a) => parsed<unknown>(a.evidence, null) }),
    repeatCount: t.exposeInt('repeatCount', { description: 'How many identical failures from this address this row stands for (rate-limited history).' }),
    accountName: t.exposeString('accountName', { nullable: true }),
    provider: t.expose('provider', { type: Provider, nullable: true }),
    protocol: t.expose('protocol', { type: Protocol, nullable: true }),
    audience: t.expose('audience', { type: UserKind, nullable: true, description: 'Which SP URL was used: USER (admin portal) or AGENT (softphone).' }),
    externalSubject: t.exposeString('externalSubject', { nullable: true }),
    externalUsername: t.exposeString('externalUsername', { nullable: true }),
    identifierField: t.expose('identifierField', { type: IdentifierField, nullable: true }),
    identifierValue: t.exposeString('identifierValue', { nullable: true }),
    connectionId: t.exposeString('connectionId', { nullable: true }),
    matchedUserId: t.exposeString('matchedUserId', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    traceId: t.exposeString('traceId', { description: 'Shown on the error page; quote it to support.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the attempt began (its first request).' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', description: 'Its last change (or last repeat).' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

const historyArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  outcome: t.arg({ type: AttemptOutcome, required: false }),
  code: t.arg({ type: FailureCodeEnum, required: false }),
});
const filters = (args: { outcome?: string | null; code?: string | null }) => ({
  ...(args.outcome ? { outcome: args.outcome as 'SUCCESS' } : {}),
  ...(args.code ? { code: args.code } : {}),
});

builder.prismaObjectField('Tenant', 'loginAttempts', (t) =>
  t.prismaConnection({
    type: 'LoginAttempt',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: 'Sign-in attempts of this account, newest first.',
    args: { outcome: t.arg({ type: AttemptOutcome, required: false }), code: t.arg({ type: FailureCodeEnum, required: false }) },
    resolve: (query, tenant, args, ctx) =>
      ctx.db.loginAttempt.findMany({ ...query, where: visibleRows(ctx.viewer!, { tenantId: tenant.id, ...filters(args) }), orderBy: { id: 'desc' } }),
  }),
);

builder.queryFields((t) => ({
  loginAttempts: t.prismaConnection({
    type: 'LoginAttempt',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: "An account's sign-in attempts, newest first, each failure with its diagnosis.",
    authScopes: { authenticated: true },
    args: { tenantId: t.arg.id({ required: true }), ...historyArgs(t) },
    resolve: async (query, _, args, ctx) => {
      let tenantId: string;
      try {
        tenantId = localId(String(args.tenantId), 'Tenant', ['tenantId']);
      } catch {
        return [];
      }
      return ctx.db.loginAttempt.findMany({ ...query, where: visibleRows(ctx.viewer!, { tenantId, ...filters(args) }), orderBy: { id: 'desc' } });
    },
  }),
  loginAttempt: t.prismaField({
    type: 'LoginAttempt',
    nullable: true,
    description: 'The attempt with this trace id (the one its error page shows), if this token may see it: the admin of its account, or the operator.',
    authScopes: { authenticated: true },
    args: { traceId: t.arg.string({ required: true }) },
    resolve: (query, _, args, ctx) => ctx.db.loginAttempt.findFirst({ ...query, where: visibleRows(ctx.viewer!, { traceId: args.traceId.trim() }) }),
  }),
  unattributedLoginAttempts: t.prismaConnection({
    type: 'LoginAttempt',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: 'Operator only: attempts no account could be named for (a forged or unknown state, a response addressed to no account), newest first.',
    authScopes: { operator: true },
    args: historyArgs(t),
    resolve: (query, _, args, ctx) => ctx.db.loginAttempt.findMany({ ...query, where: { tenantId: null, ...filters(args) }, orderBy: { id: 'desc' } }),
  }),
}));

builder.subscriptionType({});
builder.subscriptionField('loginAttemptRecorded', (t) =>
  t.field({
    type: LoginAttempt,
    description: "An account's sign-in attempts as they happen and change (PENDING, then their outcome), over Server-Sent Events. Reads the shared database, so it sees every instance's attempts.",
    authScopes: { authenticated: true },
    args: { tenantId: t.arg.id({ required: true }) },
    subscribe: (_, args, ctx) => followAttempts(ctx, String(args.tenantId)),
    resolve: (attempt) => attempt,
  }),
);

const POLL_MS = 500;
/** Each change is delivered once: rows changed since the last poll, told apart by id and change time. */
async function* followAttempts(ctx: GraphQLContext, globalTenantId: string) {
  const tenantId = localId(globalTenantId, 'Tenant', ['tenantId']);
  const tenant = await ctx.db.tenant.findFirst({ where: visibleTenants(ctx.viewer!, { id: tenantId }) });
  if (!tenant) return;
  let since = new Date();
  let seen = new Set<string>();
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const changed = await ctx.db.loginAttempt.findMany({ where: { tenantId, lastSeenAt: { gte: since } }, orderBy: { lastSeenAt: 'asc' }, take: 100 });
    const next = new Set<string>();
    for (const attempt of changed) {
      const key = `${attempt.id}@${attempt.lastSeenAt.getTime()}:${attempt.outcome}:${attempt.repeatCount}`;
      next.add(key);
      if (seen.has(key)) continue;
      yield attempt;
    }
    if (changed.length) since = changed.at(-1)!.lastSeenAt;
    seen = next;
  }
}
