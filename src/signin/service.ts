// The sign-in service: start an SP-initiated flow, finish it at the OIDC callback or
// the SAML ACS, match the person, open a session — or fail with the documented message.
// Every attempt, either way, is one row of login history with a trace id.
import * as client from 'openid-client';
import type { Db } from '../db/client.ts';
import type { IdpConnection, Tenant } from '../db/generated/sqlite/client.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Logger } from '../log.ts';
import { describeError } from '../log.ts';
import { renderMessage, type FailureCode } from '../../common/failures/catalog.ts';
import { isConnectionComplete, loginUrlExample } from '../domain/signin/login-options.ts';
import { accountKey } from '../domain/tenants/input.ts';
import { SignInError, type ExternalIdentity, type SignInFailure } from './identity.ts';
import { consumeSignInRequest, createSignInRequest, randomToken, sha256 } from './requests.ts';
import { recordAttempt, newTraceId, type AttemptRecord } from './history.ts';
import { createSession } from './sessions.ts';
import { matchUser } from './matching/index.ts';
import { oidcConfiguration } from './oidc/configuration.ts';
import { identityFromClaims } from './oidc/identity-from-claims.ts';
import { classifyOidcError } from './oidc/errors.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { safeReturnTo, spUrls } from './sp.ts';
import { buildAuthnRequest } from './saml/authn-request.ts';
import { peekInResponseTo, validateSamlResponse } from './saml/validate/index.ts';

export interface SignInDeps {
  db: Db;
  secrets: SecretBox;
  publicUrl: string;
  logger: Logger;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export type Audience = 'user' | 'agent';
const KIND = { user: 'USER', agent: 'AGENT' } as const;

export interface Failed {
  ok: false;
  code: FailureCode;
  message: string;
  traceId: string;
  retryPath: string | null;
}
export type Started = { ok: true; redirect: string; binding: string } | Failed;
/** sessionToken is null for a test sign-in, which opens no session. */
export type Completed = { ok: true; sessionToken: string | null; redirect: string; traceId: string } | Failed;

interface AttemptContext {
  tenant?: Tenant | null;
  accountName?: string | null;
  connection?: IdpConnection | null;
  audience?: Audience;
  identity?: ExternalIdentity;
}

/** Records the failure and returns what the user is shown. */
async function fail(deps: SignInDeps, meta: RequestMeta, ctx: AttemptContext, failure: SignInFailure): Promise<Failed> {
  const traceId = newTraceId();
  const message = renderMessage(failure.code, { ...failure.params, traceId, loginUrlExample: loginUrlExample(deps.publicUrl, ctx.tenant?.accountName ?? ctx.accountName ?? 'AccountName') });
  await recordAttempt(deps.db, traceId, {
    ...attemptFields(ctx, meta),
    outcome: 'FAILURE',
    code: failure.code,
    message,
    detail: failure.detail,
    identifierField: (failure.params.identifierField as AttemptRecord['identifierField']) ?? ctx.connection?.identifierField ?? null,
    identifierValue: failure.params.identifierValue ?? null,
  });
  const account = ctx.tenant?.accountName ?? ctx.accountName;
  const retryPath = account ? `/login?account=${encodeURIComponent(account)}${ctx.audience === 'agent' ? '&audience=agent' : ''}` : null;
  return { ok: false, code: failure.code, message, traceId, retryPath };
}

function attemptFields(ctx: AttemptContext, meta: RequestMeta): Partial<AttemptRecord> {
  return {
    tenantId: ctx.tenant?.id ?? null,
    accountName: ctx.tenant?.accountName ?? ctx.accountName ?? null,
    connectionId: ctx.connection?.id ?? null,
    provider: ctx.connection?.provider ?? null,
    protocol: ctx.connection?.protocol ?? null,
    audience: ctx.audience ? KIND[ctx.audience] : null,
    externalSubject: ctx.identity?.subject ?? null,
    externalUsername: ctx.identity?.username ?? ctx.identity?.email ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
  };
}

const failure = (code: FailureCode, detail: string, params: Record<string, string> = {}): SignInFailure => ({ code, detail, params });

/** Turns anything thrown into a catalog failure; unexpected errors are logged without stack or secrets. */
function asFailure(deps: SignInDeps, error: unknown): SignInFailure {
  if (error instanceof SignInError) return error.failure;
  deps.logger.error('signin.unexpected_error', describeError(error));
  return failure('UNEXPECTED_ERROR', `Unexpected ${describeError(error).error}`);
}

// ---------------------------------------------------------------------------------
// Start: GET /sso/start?account=…&connection=…&audience=user|agent[&returnTo=/path]

export async function startSignIn(
  deps: SignInDeps,
  params: { account: string | null; connection: string | null; audience: Audience; returnTo: string | null; testTicket?: string | null },
  meta: RequestMeta,
): Promise<Started> {
  const ctx: AttemptContext = { accountName: params.account, audience: params.audience };
  if (!params.account) return fail(deps, meta, ctx, failure('ACCOUNT_PARAMETER_MISSING', 'The sign-in started without an account.'));
  const tenant = await deps.db.tenant.findUnique({ where: { accountKey: accountKey(params.account) } });
  ctx.tenant = tenant;
  if (!tenant) return fail(deps, meta, ctx, failure('ACCOUNT_UNKNOWN', `No account named ${params.account}.`, { accountName: params.account }));
  const connection = params.connection ? await deps.db.idpConnection.findFirst({ where: { id: params.connection, tenantId: tenant.id } }) : null;
  ctx.connection = connection;
  // A test sign-in (testIdpConnection) runs before SSO is switched on: that is its point.
  const isTest = params.testTicket ? validTestTicket(deps, params.testTicket, connection?.id, params.audience) : false;
  if (params.testTicket && !isTest) return fail(deps, meta, ctx, failure('UNEXPECTED_ERROR', 'The test sign-in link is invalid or expired; start a new test.'));
  if (!tenant.ssoEntitled || (!tenant.ssoEnabled && !isTest) || !connection || !isConnectionComplete(connection)) {
    const why = !tenant.ssoEntitled ? 'the account is not entitled to SSO' : !tenant.ssoEnabled ? 'SSO is switched off' : !connection ? 'the connection does not exist in this account' : 'the connection is incomplete';
    return fail(deps, meta, ctx, failure('SSO_NOT_CONFIGURED', `Sign-in refused: ${why}.`, { accountName: tenant.accountName }));
  }

  const binding = randomToken();
  const sp = spUrls(deps.publicUrl, tenant.accountName);
  const common = { tenantId: tenant.id, connectionId: connection.id, audience: KIND[params.audience], protocol: connection.protocol, browserBindingHash: sha256(binding), returnTo: safeReturnTo(params.returnTo), isTest };
  try {
    if (connection.protocol === 'OIDC') {
      const config = await oidcConfiguration(connection, deps.secrets);
      const codeVerifier = client.randomPKCECodeVerifier();
      const nonce = client.randomNonce();
      // The verifier is sealed with the request id as associated data.
      const id = randomToken();
      const request = await createSignInRequest(deps.db, { ...common, nonce, codeVerifierSealed: deps.secrets.seal(codeVerifier, `SignInRequest:${id}`), samlRequestId: null }, id);
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: sp.oidcRedirectUri,
        scope: connection.oidcScopes,
        state: request.id,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { ok: true, redirect: url.href, binding };
    }
    const idp = samlIdp(connection);
    const id = randomToken();
    const built = buildAuthnRequest(idp, { entityId: sp.entityId, acsUrls: sp.acsUrls }, params.audience, id);
    await createSignInRequest(deps.db, { ...common, nonce: null, codeVerifierSealed: null, samlRequestId: built.requestId }, id);
    return { ok: true, redirect: built.redirectUrl, binding };
  } catch (error) {
    const classified = error instanceof SignInError ? error.failure : { ...classifyOidcError(error), params: {} };
    return fail(deps, meta, ctx, classified.code === 'UNEXPECTED_ERROR' ? asFailure(deps, error) : classified);
  }
}

function samlIdp(connection: IdpConnection) {
  return { entityId: connection.samlEntityId!, ssoUrl: connection.samlSsoUrl!, signingCertificates: JSON.parse(connection.samlSigningCertificates) as string[], provider: connection.provider };
}

// ---------------------------------------------------------------------------------
// OIDC callback: GET /sso/oidc/callback?code=…&state=…[&iss=…] or ?error=…

export async function completeOidc(deps: SignInDeps, callbackUrl: URL, bindingCookie: string | undefined, meta: RequestMeta): Promise<Completed> {
  const state = callbackUrl.searchParams.get('state');
  const ctx: AttemptContext = {};
  const consumed = state ? await consumeSignInRequest(deps.db, { id: state }) : ({ ok: false, reason: 'unknown' } as const);
  if (!consumed.ok) {
    // A state we never issued (or already used) cannot be tied to this browser's sign-in.
    return fail(deps, meta, ctx, failure(consumed.reason === 'unknown' && !bindingCookie ? 'SSO_COOKIE_MISSING' : 'OIDC_STATE_MISMATCH', `The callback's state is ${consumed.reason === 'unknown' ? 'unknown' : consumed.reason}.`));
  }
  const request = consumed.request;
  await loadContext(deps, ctx, request);
  if (!bindingCookie) return fail(deps, meta, ctx, failure('SSO_COOKIE_MISSING', 'The browser returned from the IdP without the sign-in cookie set at start.'));
  if (sha256(bindingCookie) !== request.browserBindingHash) return fail(deps, meta, ctx, failure('OIDC_STATE_MISMATCH', 'The sign-in cookie belongs to another sign-in: the callback was not started by this browser.'));
  const connection = ctx.connection!;

  const idpError = callbackUrl.searchParams.get('error');
  if (idpError) {
    const description = callbackUrl.searchParams.get('error_description') ?? '';
    if (idpError === 'access_denied') {
      const ipRestricted = /\bIP\b.*restrict|restricted ip/i.test(description);
      return fail(deps, meta, ctx, failure(ipRestricted ? 'IDP_IP_RESTRICTED' : 'IDP_ACCESS_DENIED', `The IdP answered access_denied: ${description.slice(0, 300) || '(no description)'}`));
    }
    return fail(deps, meta, ctx, failure(idpError === 'temporarily_unavailable' || idpError === 'server_error' ? 'IDP_UNAVAILABLE' : 'UNEXPECTED_ERROR', `The IdP answered ${idpError}: ${description.slice(0, 300)}`));
  }

  try {
    const config = await oidcConfiguration(connection, deps.secrets);
    const iss = callbackUrl.searchParams.get('iss');
    if (iss !== null && iss !== config.serverMetadata().issuer) {
      return fail(deps, meta, ctx, failure('OIDC_ISSUER_MISMATCH', `The authorization response names issuer ${iss}, not ${config.serverMetadata().issuer}.`));
    }
    const codeVerifier = deps.secrets.open(request.codeVerifierSealed!, `SignInRequest:${request.id}`);
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: codeVerifier, expectedState: request.id, expectedNonce: request.nonce!, idTokenExpected: true });
    const claims = tokens.claims();
    if (!claims) return fail(deps, meta, ctx, failure('OIDC_TOKEN_INVALID', 'The token response carried no ID token.'));
    ctx.identity = identityFromClaims(connection.provider, claims as Record<string, unknown>);
  } catch (error) {
    const classified = classifyOidcError(error);
    return fail(deps, meta, ctx, classified.code === 'UNEXPECTED_ERROR' ? asFailure(deps, error) : { ...classified, params: {} });
  }
  return complete(deps, meta, ctx, request.returnTo, request.isTest);
}

// ---------------------------------------------------------------------------------
// SAML ACS: POST /sso/saml/acs/user and /sso/saml/acs/agent (SAMLResponse, RelayState)

export async function completeSaml(
  deps: SignInDeps,
  form: { samlResponse: string | null; relayState: string | null },
  acsAudience: Audience,
  bindingCookie: string | undefined,
  meta: RequestMeta,
): Promise<Completed> {
  const ctx: AttemptContext = { audience: acsAudience };
  if (!form.samlResponse) return fail(deps, meta, ctx, failure('UNEXPECTED_ERROR', 'The POST to the ACS carried no SAMLResponse.'));
  const inResponseTo = safePeek(form.samlResponse);
  if (!inResponseTo) return fail(deps, meta, ctx, failure('SAML_IN_RESPONSE_TO_MISMATCH', 'Unsolicited (IdP-initiated) responses are not accepted: start from the SSO button.'));
  const consumed = await consumeSignInRequest(deps.db, { samlRequestId: inResponseTo });
  if (!consumed.ok) return fail(deps, meta, ctx, failure(consumed.reason === 'used' ? 'SAML_ASSERTION_REPLAYED' : 'SAML_IN_RESPONSE_TO_MISMATCH', `InResponseTo ${inResponseTo.slice(0, 80)} matches ${consumed.reason === 'used' ? 'a sign-in already completed' : consumed.reason === 'expired' ? 'an expired sign-in' : 'no pending sign-in'}.`));
  const request = consumed.request;
  await loadContext(deps, ctx, request);
  ctx.audience = acsAudience;
  if (!bindingCookie) return fail(deps, meta, ctx, failure('SSO_COOKIE_MISSING', 'The browser posted to the ACS without the sign-in cookie set at start.'));
  if (sha256(bindingCookie) !== request.browserBindingHash) return fail(deps, meta, ctx, failure('SAML_IN_RESPONSE_TO_MISMATCH', 'The response answers a sign-in started by another browser.'));
  if (form.relayState !== request.id) return fail(deps, meta, ctx, failure('SAML_IN_RESPONSE_TO_MISMATCH', 'RelayState does not match the pending sign-in.'));
  const connection = ctx.connection!;
  const sp = spUrls(deps.publicUrl, ctx.tenant!.accountName);
  try {
    const result = await validateSamlResponse({
      samlResponse: form.samlResponse,
      acsUrl: sp.acsUrls[acsAudience],
      idp: samlIdp(connection),
      sp: { entityId: sp.entityId, acsUrls: sp.acsUrls },
      expectedRequestId: request.samlRequestId,
      claimAssertionId: (assertionId: string, notOnOrAfter: Date) => claimAssertion(deps.db, connection.samlEntityId!, assertionId, notOnOrAfter),
    });
    ctx.identity = result.identity;
  } catch (error) {
    const failed = await fail(deps, meta, ctx, asFailure(deps, error));
    if (request.isTest) await recordTest(deps, ctx, { outcome: 'FAILURE', code: failed.code, matchedUserId: null, traceId: failed.traceId });
    return failed;
  }
  return complete(deps, meta, ctx, request.returnTo, request.isTest);
}

function safePeek(samlResponse: string): string | null {
  try {
    return peekInResponseTo(samlResponse);
  } catch {
    return null;
  }
}

/** Replay cache: an assertion id is accepted once, across every instance. */
async function claimAssertion(db: Db, issuer: string, assertionId: string, notOnOrAfter: Date): Promise<boolean> {
  try {
    await db.consumedAssertion.create({ data: { id: sha256(`${issuer}\n${assertionId}`), expiresAt: notOnOrAfter } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

async function loadContext(deps: SignInDeps, ctx: AttemptContext, request: { tenantId: string; connectionId: string; audience: 'USER' | 'AGENT' }) {
  const connection = await deps.db.idpConnection.findFirst({ where: { id: request.connectionId, tenantId: request.tenantId }, include: { tenant: true } });
  if (connection) {
    const { tenant, ...plain } = connection;
    ctx.tenant = tenant;
    ctx.connection = plain;
  }
  ctx.audience = request.audience === 'AGENT' ? 'agent' : 'user';
}

// ---------------------------------------------------------------------------------
// Matching and the session

async function complete(deps: SignInDeps, meta: RequestMeta, ctx: AttemptContext, returnTo: string | null, isTest = false): Promise<Completed> {
  const { tenant, connection, identity } = ctx;
  if (!tenant || !connection || !identity) return fail(deps, meta, ctx, failure('UNEXPECTED_ERROR', 'The account or connection was deleted during the sign-in.'));
  if (!tenant.ssoEnabled && !isTest) return fail(deps, meta, ctx, failure('SSO_NOT_CONFIGURED', 'SSO was switched off during the sign-in.', { accountName: tenant.accountName }));
  let match;
  try {
    match = await matchUser({ db: deps.db, tenant, connection, identity, audience: KIND[ctx.audience ?? 'user'] });
  } catch (error) {
    const failed = await fail(deps, meta, ctx, asFailure(deps, error));
    if (isTest) await recordTest(deps, ctx, { outcome: 'FAILURE', code: failed.code, matchedUserId: null, traceId: failed.traceId });
    return failed;
  }
  if (isTest) {
    const traceId = newTraceId();
    await recordAttempt(deps.db, traceId, { ...attemptFields(ctx, meta), outcome: 'SUCCESS', detail: 'Test sign-in (no session opened).', identifierField: match.identifierField, identifierValue: match.identifierValue, matchedUserId: match.user.id });
    await recordTest(deps, ctx, { outcome: 'SUCCESS', code: null, matchedUserId: match.user.id, traceId });
    return { ok: true, sessionToken: null, redirect: `/sso/test-result?trace=${traceId}`, traceId };
  }
  const { token } = await createSession(deps.db, { tenantId: tenant.id, userId: match.user.id, connectionId: connection.id, identity });
  const traceId = newTraceId();
  await recordAttempt(deps.db, traceId, {
    ...attemptFields(ctx, meta),
    outcome: 'SUCCESS',
    identifierField: match.identifierField,
    identifierValue: match.identifierValue,
    matchedUserId: match.user.id,
  });
  return { ok: true, sessionToken: token, redirect: returnTo ?? '/', traceId };
}


// ---------------------------------------------------------------------------------
// Test sign-ins (testIdpConnection): an unforgeable, short-lived ticket, and the record
// readiness reads.

const TEST_TICKET_CONTEXT = 'ConnectionTestTicket';
export const TEST_TICKET_TTL_MS = 30 * 60_000;

export function newTestTicket(secrets: SecretBox, connectionId: string, audience: Audience): string {
  return secrets.seal(JSON.stringify({ connectionId, audience, exp: Date.now() + TEST_TICKET_TTL_MS }), TEST_TICKET_CONTEXT);
}

function validTestTicket(deps: SignInDeps, ticket: string, connectionId: string | undefined, audience: Audience): boolean {
  try {
    const t = JSON.parse(deps.secrets.open(ticket, TEST_TICKET_CONTEXT)) as { connectionId: string; audience: Audience; exp: number };
    return t.connectionId === connectionId && t.audience === audience && t.exp > Date.now();
  } catch {
    return false;
  }
}

async function recordTest(deps: SignInDeps, ctx: AttemptContext, result: { outcome: 'SUCCESS' | 'FAILURE'; code: string | null; matchedUserId: string | null; traceId: string }) {
  if (!ctx.tenant || !ctx.connection) return;
  await deps.db.connectionTest.create({
    data: { tenantId: ctx.tenant.id, connectionId: ctx.connection.id, audience: KIND[ctx.audience ?? 'user'], connectionUpdatedAt: ctx.connection.updatedAt, ...result },
  });
}
