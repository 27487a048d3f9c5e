// The sign-in side of the API: what the login page shows (public), the URLs an admin
// registers at the IdP, and a login-URL check. Login history is in login-attempt.ts.
import { builder } from '../builder.ts';
import { FAILURE_CATALOG, FAILURE_CODES, type FailureCode } from '../../../common/failures/catalog.ts';
import { loginOptions, loginUrlExample, type LoginButton } from '../../domain/signin/login-options.ts';
import { checkLoginUrl } from '../../domain/signin/login-url.ts';
import { audienceOfKind } from '../../domain/signin/audience.ts';
import { accountKey } from '../../domain/tenants/input.ts';
import { spUrls } from '../../domain/signin/sp-urls.ts';
import { Protocol, Provider, UserKind } from './enums.ts';

export const FailureCodeEnum = builder.enumType('FailureCode', {
  description: 'A documented sign-in failure (common/failures/catalog.ts).',
  values: Object.fromEntries(FAILURE_CODES.map((code) => [code, { description: FAILURE_CATALOG[code].title }])) as Record<FailureCode, { description: string }>,
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

type LoginUrlAnswer = { valid: boolean; accountName: string | null; code: FailureCode | null; message: string | null; problem: string | null; expected: string };

const LoginUrlCheckType = builder.objectRef<LoginUrlAnswer>('LoginUrlCheck').implement({
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    accountName: t.exposeString('accountName', { nullable: true }),
    accountExists: t.boolean({ resolve: async (c, _a, ctx) => (c.accountName ? (await ctx.db.tenant.count({ where: { accountKey: accountKey(c.accountName) } })) > 0 : false) }),
    code: t.field({ type: FailureCodeEnum, nullable: true, description: 'LOGIN_URL_INVALID when the URL does not follow the syntax.', resolve: (c) => c.code }),
    message: t.exposeString('message', { nullable: true, description: 'The catalog\'s message for the code, filled: what to show.' }),
    problem: t.exposeString('problem', { nullable: true, description: 'Which part of the URL is wrong, for the admin.' }),
    expected: t.exposeString('expected', { description: 'The syntax the URL must follow.' }),
  }),
});

builder.queryFields((t) => ({
  loginOptions: t.field({
    type: LoginOptionsType,
    description: 'Public (no token needed): the SSO buttons the login page shows for ?account=…, or why none (R01, R02).',
    args: { accountName: t.arg.string({ required: false }), audience: t.arg({ type: UserKind, required: false }) },
    resolve: async (_, args, ctx) => {
      const options = await loginOptions(ctx.db, ctx.publicUrl, args.accountName, audienceOfKind(args.audience ?? 'USER'));
      return { accountName: options.accountName, reason: options.reason, buttons: options.buttons.map((b) => ({ ...b, startUrl: `${ctx.publicUrl}${b.startPath}` })) };
    },
  }),
  checkLoginUrl: t.field({
    type: LoginUrlCheckType,
    description: 'Public: whether a URL (e.g. the CTI Adapter URL in Salesforce call-center settings) follows the SSO URL syntax (R03).',
    args: { url: t.arg.string({ required: true }) },
    resolve: (_, args, ctx) => {
      const check = checkLoginUrl(ctx.publicUrl, args.url);
      const expected = loginUrlExample(ctx.publicUrl);
      if (check.valid) return { valid: true, accountName: check.accountName, code: null, message: null, problem: null, expected };
      return { valid: false, accountName: null, code: check.code, message: check.message, problem: check.problem, expected };
    },
  }),
}));

