// SSO readiness and the Single Sign On switch (R20, R21), test sign-ins, and the
// identifier-field preview.
import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { globalId, localId } from '../global-id.ts';
import { attempt } from '../mutations/payload.ts';
import { UserError } from './user-error.ts';
import { IdentifierField, UserKind } from './enums.ts';
import { Tenant } from './tenant.ts';
import { FINDING_CODES, READINESS_FINDINGS, type Finding, type FindingCode } from '../../domain/readiness/findings.ts';
import { guardedFetcher, type ReadinessReport } from '../../domain/readiness/index.ts';
import { assessReadiness, disableSso, enableSso, NotReadyError, type EnableSsoResult } from '../../domain/readiness/enable-sso.ts';
import { previewUserMatching } from '../../domain/readiness/preview-matching.ts';
import { findVisibleConnection } from '../../domain/connections/service.ts';
import { isConnectionComplete } from '../../domain/signin/login-options.ts';
import { fail } from '../../domain/errors.ts';
import { newTestTicket, TEST_TICKET_TTL_MS } from '../../domain/signin/test-tickets.ts';
import { audienceOfKind } from '../../domain/signin/audience.ts';

const Severity = builder.enumType('FindingSeverity', { values: { BLOCKER: { description: 'enableSso refuses while it stands.' }, WARNING: { description: 'Reported; does not block.' } } });
const FindingCodeEnum = builder.enumType('ReadinessFindingCode', {
  values: Object.fromEntries(FINDING_CODES.map((c) => [c, { description: READINESS_FINDINGS[c].message }])) as Record<FindingCode, { description: string }>,
});

const Affected = builder.objectRef<Finding['affected']>('AffectedObjects').implement({
  description: 'What a finding is about: how many objects, and the global IDs of the first few.',
  fields: (t) => ({
    type: t.exposeString('type'),
    count: t.exposeInt('count'),
    firstIds: t.stringList({ resolve: (a) => a.firstIds.map((id) => globalId(a.type, id)) }),
  }),
});

const FindingType = builder.objectRef<Finding>('ReadinessFinding').implement({
  fields: (t) => ({
    code: t.field({ type: FindingCodeEnum, resolve: (f) => f.code }),
    severity: t.field({ type: Severity, resolve: (f) => f.severity }),
    message: t.exposeString('message'),
    fix: t.exposeString('fix'),
    fixTarget: t.exposeString('fixTarget', { description: 'The field or IdP-side setting to change.' }),
    affected: t.field({ type: Affected, resolve: (f) => f.affected }),
  }),
});

const Report = builder.objectRef<ReadinessReport>('SsoReadinessReport').implement({
  description: 'Whether SSO can be switched on without locking anyone out, and what is missing.',
  fields: (t) => ({
    ready: t.exposeBoolean('ready', { description: 'No blocker stands.' }),
    blockerCount: t.int({ resolve: (r) => r.findings.filter((f) => f.severity === 'BLOCKER').length }),
    warningCount: t.int({ resolve: (r) => r.findings.filter((f) => f.severity === 'WARNING').length }),
    findings: t.field({ type: [FindingType], resolve: (r) => r.findings }),
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
  }),
});

const LockedOut = builder.objectRef<EnableSsoResult['lockedOut']>('LockedOutUsers').implement({
  description: 'Users and agents SSO would lock out: no usable identifier and no password sign-in.',
  fields: (t) => ({
    count: t.exposeInt('count'),
    sampleUserIds: t.stringList({ resolve: (l) => l.sampleUserIds.map((id) => globalId('User', id)) }),
  }),
});

const EnableSsoPayload = builder.objectRef<{ result: EnableSsoResult | null; userErrors: unknown[] }>('EnableSsoPayload').implement({
  fields: (t) => ({
    tenant: t.field({ type: Tenant, nullable: true, resolve: (p) => (p.result?.tenant ?? null) as never }),
    enabled: t.boolean({ description: 'Whether SSO is now on.', resolve: (p) => p.result?.enabled ?? false }),
    report: t.field({ type: Report, nullable: true, resolve: (p) => p.result?.report ?? null }),
    lockedOut: t.field({ type: LockedOut, nullable: true, resolve: (p) => p.result?.lockedOut ?? null }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors as never }),
  }),
});


builder.queryField('ssoReadiness', (t) =>
  t.field({
    type: Report,
    nullable: true,
    description: 'The readiness report of an account (null when not visible to this token).',
    authScopes: { authenticated: true },
    args: { tenantId: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => {
      try {
        const report = await assessReadiness(serviceContext(ctx), localId(String(args.tenantId), 'Tenant', ['tenantId']), guardedFetcher(ctx.outbound));
        ctx.observeReadiness('readiness', report);
        return report;
      } catch (error) {
        if ((error as { name?: string }).name === 'UserInputError') return null;
        throw error;
      }
    },
  }),
);

const EnableSsoInput = builder.inputType('EnableSsoInput', {
  fields: (t) => ({
    tenantId: t.id({ required: true }),
    dryRun: t.boolean({ defaultValue: false, description: 'Only report: readiness and who would be locked out; changes nothing.' }),
  }),
});
builder.mutationField('enableSso', (t) =>
  t.field({
    type: EnableSsoPayload,
    description: 'Switches Single Sign On on — only when no readiness blocker stands (NOT_READY with the report otherwise).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EnableSsoInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      try {
        const result = await enableSso(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']), { dryRun: input.dryRun ?? false, fetchText: guardedFetcher(ctx.outbound) });
        ctx.observeReadiness(input.dryRun ? 'dryRun' : 'enableSso', result.report);
        return { result, userErrors: [] };
      } catch (error) {
        if (error instanceof NotReadyError) {
          ctx.observeReadiness('enableSso', error.result.report);
          return { result: error.result, userErrors: error.errors };
        }
        const outcome = await attempt(() => Promise.reject(error));
        return { result: null, userErrors: outcome.userErrors };
      }
    },
  }),
);

const DisableSsoInput = builder.inputType('DisableSsoInput', { fields: (t) => ({ tenantId: t.id({ required: true }) }) });
builder.mutationField('disableSso', (t) =>
  t.field({
    type: builder.objectRef<{ result: unknown; userErrors: unknown[] }>('DisableSsoPayload').implement({
      fields: (f) => ({
        tenant: f.field({ type: Tenant, nullable: true, resolve: (p) => p.result as never }),
        userErrors: f.field({ type: [UserError], resolve: (p) => p.userErrors as never }),
      }),
    }),
    description: 'Switches Single Sign On off. Always allowed.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DisableSsoInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => disableSso(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']))),
  }),
);

const TestIdpConnectionInput = builder.inputType('TestIdpConnectionInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    audience: t.field({ type: UserKind, required: true, description: 'USER tests the user SP URL, AGENT the agent one.' }),
  }),
});
builder.mutationField('testIdpConnection', (t) =>
  t.field({
    type: builder.objectRef<{ result: { testUrl: string; expiresAt: Date } | null; userErrors: unknown[] }>('TestIdpConnectionPayload').implement({
      fields: (f) => ({
        testUrl: f.string({ nullable: true, description: 'Open it in a browser and sign in at the IdP: the result is recorded (readiness reads it) and no session is opened.', resolve: (p) => p.result?.testUrl ?? null }),
        expiresAt: f.field({ type: 'DateTime', nullable: true, resolve: (p) => p.result?.expiresAt ?? null }),
        userErrors: f.field({ type: [UserError], resolve: (p) => p.userErrors as never }),
      }),
    }),
    description: 'Starts a test sign-in through a connection, before SSO is switched on.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: TestIdpConnectionInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(async () => {
        const sc = serviceContext(ctx);
        const connection = await findVisibleConnection(sc, localId(String(input.connectionId), 'IdpConnection', ['input', 'connectionId']), ['input', 'connectionId']);
        if (!isConnectionComplete(connection)) fail('INVALID_INPUT', ['input', 'connectionId'], 'The connection is incomplete: fill in its settings first.');
        const tenant = await ctx.db.tenant.findUniqueOrThrow({ where: { id: connection.tenantId } });
        if (!tenant.ssoEntitled) fail('FORBIDDEN', ['input', 'connectionId'], 'The account is not entitled to SSO.');
        const audience = audienceOfKind(input.audience);
        const ticket = newTestTicket(ctx.secrets, connection.id, audience);
        const testUrl = `${ctx.publicUrl}/sso/start?account=${encodeURIComponent(tenant.accountName)}&connection=${encodeURIComponent(connection.id)}&audience=${audience}&test=${encodeURIComponent(ticket)}`;
        return { testUrl, expiresAt: new Date(Date.now() + TEST_TICKET_TTL_MS) };
      }),
  }),
);

const Sample = builder.objectRef<{ count: number; groups?: number; sampleUserIds: string[] }>('UserSample').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    groups: t.int({ nullable: true, resolve: (s) => s.groups ?? null }),
    sampleUserIds: t.stringList({ resolve: (s) => s.sampleUserIds.map((id) => globalId('User', id)) }),
  }),
});
builder.queryField('previewUserMatching', (t) =>
  t.field({
    type: builder.objectRef<Awaited<ReturnType<typeof previewUserMatching>>>('UserMatchingPreview').implement({
      fields: (f) => ({
        identifierField: f.field({ type: IdentifierField, resolve: (p) => p.identifierField }),
        currentIdentifierField: f.field({ type: IdentifierField, resolve: (p) => p.currentIdentifierField }),
        totalUsers: f.exposeInt('totalUsers'),
        unmatchable: f.field({ type: Sample, description: 'Would match nobody: no value in that field.', resolve: (p) => p.unmatchable }),
        ambiguous: f.field({ type: Sample, description: 'Would see "Multiple users found": the value is shared.', resolve: (p) => p.ambiguous }),
      }),
    }),
    nullable: true,
    description: 'Who would match nobody, or several people, if the connection matched on this identifier field.',
    authScopes: { authenticated: true },
    args: { connectionId: t.arg.id({ required: true }), identifierField: t.arg({ type: IdentifierField, required: true }) },
    resolve: async (_, args, ctx) => {
      try {
        return await previewUserMatching(serviceContext(ctx), localId(String(args.connectionId), 'IdpConnection', ['connectionId']), args.identifierField);
      } catch (error) {
        if ((error as { name?: string }).name === 'UserInputError') return null;
        throw error;
      }
    },
  }),
);
