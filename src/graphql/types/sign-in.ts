// The sign-in side of the API: what the login page shows (public), the URLs an admin
// registers at the IdP, login history with a diagnosis per failure, a login-URL check,
// and a live feed of attempts (SSE).
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { visibleRows, visibleTenants } from '../../domain/viewer.ts';
import { FAILURE_CATALOG, FAILURE_CODES, type FailureCode } from '../../../common/failures/catalog.ts';
import { loginOptions, loginUrlExample, type LoginButton } from '../../domain/signin/login-options.ts';
import { checkLoginUrl } from '../../domain/signin/login-url.ts';
import { accountKey } from '../../domain/tenants/input.ts';
import { spUrls } from '../../signin/sp.ts';
import { pageComplexity, pageOptions } from '../pagination.ts';
import { Protocol, Provider, UserKind, IdentifierField } from './enums.ts';
import { Tenant } from './tenant.ts';

export const FailureCodeEnum = builder.enumType('FailureCode', {
  description: 'A documented sign-in failure (common/failures/catalog.ts).',
  values: Object.fromEntries(FAILURE_CODES.map((code) => [code, { description: FAILURE_CATALOG[code].title }])) as Record<FailureCode, { description: string }>,
});

const Diagnosis = builder.objectRef<FailureCode>('Diagnosis').implement({
  description: 'Why a sign-in failed and what fixes it, from the failure catalog.',
  fields: (t) => ({
    code: t.field({ type: FailureCodeEnum, resolve: (c) => c }),
    title: t.string({ resolve: (c) => FAILURE_CATALOG[c].title }),
    cause: t.string({ resolve: (c) => FAILURE_CATALOG[c].cause }),
    fix: t.string({ resolve: (c) => FAILURE_CATALOG[c].fix }),
    fixTarget: t.string({ description: 'The configuration field or IdP-side setting the fix touches.', resolve: (c) => FAILURE_CATALOG[c].fixTarget }),
    requirements: t.stringList({ resolve: (c) => [...FAILURE_CATALOG[c].requirements] }),
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

export const LoginAttempt = builder.prismaNode('LoginAttempt', {
  description: 'One sign-in attempt: what the person saw, and for the admin the precise cause.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    outcome: t.expose('outcome', { type: AttemptOutcome }),
    code: t.field({ type: FailureCodeEnum, nullable: true, resolve: (a) => (a.code as FailureCode | null) ?? null }),
    message: t.exposeString('message', { nullable: true, description: 'Exactly what the person was shown.' }),
    detail: t.exposeString('detail', { nullable: true, description: 'The precise cause, for the admin.' }),
    diagnosis: t.field({ type: Diagnosis, nullable: true, resolve: (a) => (a.code as FailureCode | null) ?? null }),
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
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const LoginButtonType = builder.objectRef<LoginButton & { startUrl: string }>('LoginButton').implement({
  fields: (t) => ({
    provider: t.field({ type: Provider, resolve: (b) => b.provider }),
    protocol: t.field({ type: Protocol, resolve: (b) => b.protocol }),
    label: t.exposeString('label'),
    startUrl: t.exposeString('startUrl'),
  }),
});

const LoginOptionsReason = builder.objectRef<{ code: FailureCode; message: string; cause: string }>('LoginOptionsReason').implement({
  fields: (t) => ({
    code: t.field({ type: FailureCodeEnum, resolve: (r) => r.code }),
    message: t.exposeString('message', { description: 'The hint the login page shows.' }),
    cause: t.exposeString('cause'),
  }),
});

const LoginOptionsType = builder.objectRef<{ accountName: string | null; buttons: (LoginButton & { startUrl: string })[]; reason: { code: FailureCode; message: string; cause: string } | null }>('LoginOptions').implement({
  description: 'What the login page shows for an account: one button per configured provider, or why there is none.',
  fields: (t) => ({
    accountName: t.exposeString('accountName', { nullable: true }),
    buttons: t.field({ type: [LoginButtonType], resolve: (o) => o.buttons }),
    reason: t.field({ type: LoginOptionsReason, nullable: true, resolve: (o) => o.reason }),
  }),
});

const SignInUrls = builder.objectRef<ReturnType<typeof spUrls> & { loginUrl: string; agentLoginUrl: string }>('SignInUrls').implement({
  description: 'The URLs to enter at the IdP ("See Instructions"): one for user login and one for agent login, plus what SAML and OIDC need besides.',
  fields: (t) => ({
    userAcsUrl: t.string({ description: 'SAML: the ACS URL for user (admin portal) login.', resolve: (u) => u.acsUrls.user }),
    agentAcsUrl: t.string({ description: 'SAML: the ACS URL for agent (softphone) login.', resolve: (u) => u.acsUrls.agent }),
    spEntityId: t.string({ description: 'SAML: the Audience / SP entity ID.', resolve: (u) => u.entityId }),
    spMetadataUrl: t.string({ resolve: (u) => u.metadataUrl }),
    oidcRedirectUri: t.string({ description: 'OIDC: the redirect (callback) URI to register.', resolve: (u) => u.oidcRedirectUri }),
    loginUrl: t.exposeString('loginUrl', { description: 'The single sign-on URL for users: …/login?account=AccountName.' }),
    agentLoginUrl: t.exposeString('agentLoginUrl', { description: 'The single sign-on URL for agents (softphone, CTI Adapter URL).' }),
  }),
});

builder.prismaObjectField('Tenant', 'signInUrls', (t) =>
  t.field({
    type: SignInUrls,
    select: { accountName: true },
    resolve: (tenant, _args, ctx) => ({
      ...spUrls(ctx.publicUrl, tenant.accountName),
      loginUrl: loginUrlExample(ctx.publicUrl, tenant.accountName),
      agentLoginUrl: `${loginUrlExample(ctx.publicUrl, tenant.accountName)}&audience=agent`,
    }),
  }),
);

builder.prismaObjectField('Tenant', 'loginAttempts', (t) =>
  t.prismaConnection({
    type: 'LoginAttempt',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: 'Sign-in attempts of this account, newest first.',
    args: { outcome: t.arg({ type: AttemptOutcome, required: false }), code: t.arg({ type: FailureCodeEnum, required: false }) },
    resolve: (query, tenant, args, ctx) =>
      ctx.db.loginAttempt.findMany({
        ...query,
        where: visibleRows(ctx.viewer!, { tenantId: tenant.id, ...(args.outcome ? { outcome: args.outcome } : {}), ...(args.code ? { code: args.code } : {}) }),
        orderBy: { id: 'desc' },
      }),
  }),
);

const LoginUrlCheckType = builder.objectRef<{ valid: boolean; accountName: string | null; problem: string | null; expected: string }>('LoginUrlCheck').implement({
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    accountName: t.exposeString('accountName', { nullable: true }),
    accountExists: t.boolean({ resolve: async (c, _a, ctx) => (c.accountName ? (await ctx.db.tenant.count({ where: { accountKey: accountKey(c.accountName) } })) > 0 : false) }),
    problem: t.exposeString('problem', { nullable: true }),
    expected: t.exposeString('expected', { description: 'The syntax the URL must follow.' }),
  }),
});

builder.queryFields((t) => ({
  loginOptions: t.field({
    type: LoginOptionsType,
    description: 'Public (no token needed): the SSO buttons the login page shows for ?account=…, or why none (R01, R02).',
    args: { accountName: t.arg.string({ required: false }), audience: t.arg({ type: UserKind, required: false }) },
    resolve: async (_, args, ctx) => {
      const options = await loginOptions(ctx.db, ctx.publicUrl, args.accountName, args.audience === 'AGENT' ? 'agent' : 'user');
      return { accountName: options.accountName, reason: options.reason, buttons: options.buttons.map((b) => ({ ...b, startUrl: `${ctx.publicUrl}${b.startPath}` })) };
    },
  }),
  checkLoginUrl: t.field({
    type: LoginUrlCheckType,
    description: 'Public: whether a URL (e.g. the CTI Adapter URL in Salesforce call-center settings) follows the SSO URL syntax (R03).',
    args: { url: t.arg.string({ required: true }) },
    resolve: (_, args, ctx) => {
      const check = checkLoginUrl(ctx.publicUrl, args.url);
      return { valid: check.valid, accountName: check.valid ? check.accountName : null, problem: check.valid ? null : check.problem, expected: loginUrlExample(ctx.publicUrl) };
    },
  }),
  loginAttempts: t.prismaConnection({
    type: 'LoginAttempt',
    cursor: 'id',
    ...pageOptions,
    complexity: pageComplexity,
    description: "An account's sign-in attempts, newest first, each failure with its diagnosis.",
    authScopes: { authenticated: true },
    args: { tenantId: t.arg.id({ required: true }), outcome: t.arg({ type: AttemptOutcome, required: false }), code: t.arg({ type: FailureCodeEnum, required: false }) },
    resolve: async (query, _, args, ctx) => {
      let tenantId: string;
      try {
        tenantId = localId(String(args.tenantId), 'Tenant', ['tenantId']);
      } catch {
        return [];
      }
      return ctx.db.loginAttempt.findMany({
        ...query,
        where: visibleRows(ctx.viewer!, { tenantId, ...(args.outcome ? { outcome: args.outcome } : {}), ...(args.code ? { code: args.code } : {}) }),
        orderBy: { id: 'desc' },
      });
    },
  }),
}));

builder.subscriptionType({});
builder.subscriptionField('loginAttemptRecorded', (t) =>
  t.field({
    type: LoginAttempt,
    description: "New sign-in attempts of an account as they happen (Server-Sent Events). Reads the shared database, so it sees every instance's attempts.",
    authScopes: { authenticated: true },
    args: { tenantId: t.arg.id({ required: true }) },
    subscribe: (_, args, ctx) => pollAttempts(ctx, String(args.tenantId)),
    resolve: (attempt) => attempt,
  }),
);

const POLL_MS = 500;
async function* pollAttempts(ctx: GraphQLContext, globalTenantId: string) {
  const tenantId = localId(globalTenantId, 'Tenant', ['tenantId']);
  const tenant = await ctx.db.tenant.findFirst({ where: visibleTenants(ctx.viewer!, { id: tenantId }) });
  if (!tenant) return;
  let last = (await ctx.db.loginAttempt.findFirst({ where: { tenantId }, orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? '';
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const fresh = await ctx.db.loginAttempt.findMany({ where: { tenantId, id: { gt: last } }, orderBy: { id: 'asc' }, take: 100 });
    for (const attempt of fresh) {
      last = attempt.id;
      yield attempt;
    }
  }
}

export { Tenant };
