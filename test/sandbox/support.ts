// Helpers for the sandbox suites: a sandbox on a free loopback port, an admin client,
// an OIDC relying party (openid-client, ID-token signature checked against the JWKS),
// and a SAML SP (@node-saml/node-saml, trusting the certificates of the IdP metadata).
import { autoPostForm } from '../support/saml-form.ts';
import { X509Certificate } from 'node:crypto';
import * as oidc from 'openid-client';
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { expect } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.ts';

export const SF_ORG = 'salesforce/00D000000000001AAA';
export const ENTRA = 'microsoft/11111111-2222-4333-8444-555555555555';
export const ENTRA_OTHER = 'microsoft/99999999-8888-4777-8666-555555555555';
export const OKTA = 'okta/globex';
export const GENERIC = 'generic/demo';
export const REDIRECT_URI = 'http://127.0.0.1:9/sso/oidc/callback';

/** Where the sandbox believes the control plane is (fixtures' {controlPlaneUrl}); nothing listens there. */
export const CONTROL_PLANE = 'http://127.0.0.1:4000';

export async function testSandbox(): Promise<SandboxHandle> {
  return startSandbox({ port: 0, log: () => {}, controlPlaneUrl: CONTROL_PLANE });
}

export async function admin<T = any>(sb: SandboxHandle, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${sb.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Arms a scenario through the admin API; fails the test unless the sandbox accepted it. */
export async function armScenario<T = any>(sb: SandboxHandle, body: Record<string, unknown>): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await admin<T>(sb, 'POST', '/admin/scenarios', body);
  expect(res.status, `arming ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

export const issuerOf = (sb: SandboxHandle, org: string) => (org.startsWith('microsoft/') ? `${sb.url}/${org}/v2.0` : `${sb.url}/${org}`);

let clientSeq = 0;
/** Registers a fresh confidential client on the org and discovers its issuer. */
export async function relyingParty(sb: SandboxHandle, org: string, extra: Record<string, unknown> = {}) {
  const clientId = `test-rp-${++clientSeq}`;
  const clientSecret = `secret-${clientId}-0123456789`;
  const reg = await admin(sb, 'POST', '/admin/clients', { org, clientId, clientSecret, redirectUris: [REDIRECT_URI], name: `Test RP ${clientSeq}`, ...extra });
  if (reg.status !== 201) throw new Error(`client registration failed: ${JSON.stringify(reg.body)}`);
  const config = await oidc.discovery(new URL(issuerOf(sb, org)), clientId, clientSecret, undefined, { execute: [oidc.allowInsecureRequests] });
  // openid-client does not check the ID token's signature by default; the sandbox must
  // prove its tokens verify against its JWKS, so the RP turns the check on.
  oidc.enableNonRepudiationChecks(config);
  return { config, clientId, clientSecret, org };
}

export type Rp = Awaited<ReturnType<typeof relyingParty>>;

export async function startAuthorization(rp: Rp, params: Record<string, string>) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(rp.config, {
    redirect_uri: REDIRECT_URI, scope: 'openid email profile', state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256', ...params,
  });
  return { url, verifier, state, nonce };
}

/** Headless code flow: login_hint + sandbox_auto=1, then the code exchange. */
export async function headlessFlow(rp: Rp, hint: string, params: Record<string, string> = {}) {
  const a = await startAuthorization(rp, { login_hint: hint, sandbox_auto: '1', ...params });
  const res = await fetch(a.url, { redirect: 'manual' });
  const location = res.headers.get('location');
  if (res.status !== 303 || !location) return { status: res.status, location, callback: undefined, tokens: undefined, exchange: undefined };
  const callback = new URL(location);
  const exchange = () => oidc.authorizationCodeGrant(rp.config, callback, { pkceCodeVerifier: a.verifier, expectedState: a.state, expectedNonce: a.nonce });
  return { status: res.status, location, callback, exchange };
}

export async function tokensFor(rp: Rp, hint: string, params: Record<string, string> = {}) {
  const flow = await headlessFlow(rp, hint, params);
  if (!flow.exchange) throw new Error(`authorization failed: ${flow.status} ${flow.location}`);
  const tokens = await flow.exchange();
  return { tokens, claims: tokens.claims()! };
}

// ---- SAML -------------------------------------------------------------------------

export const samlBase = (sb: SandboxHandle, org: string) => `${sb.url}/${org}/saml`;

export function certsFromMetadata(xml: string): string[] {
  return [...xml.matchAll(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/g)].map((m) => m[1]!);
}

const pem = (body: string) => `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;

let spSeq = 0;
/**
 * Registers an SP on the org and builds it with @node-saml/node-saml. The SP trusts the
 * metadata's certificates that are within their validity period: node-saml itself does
 * not look at validity, and a careful SP drops expired certificates from its trust.
 */
export async function samlSp(sb: SandboxHandle, org: string, opts: { nameIdFormat?: string; attributes?: Record<string, string>; idpInitiated?: boolean } = {}) {
  const entityId = `https://sp-${++spSeq}.test.example/saml/metadata`;
  const acsUser = `http://127.0.0.1:9/sp${spSeq}/acs/user`;
  const acsAgent = `http://127.0.0.1:9/sp${spSeq}/acs/agent`;
  const reg = await admin(sb, 'POST', '/admin/sps', {
    org, entityId, acsUrls: [acsUser, acsAgent], name: `Test SP ${spSeq}`, nameIdFormat: opts.nameIdFormat ?? 'emailAddress',
    ...(opts.attributes ? { attributes: opts.attributes } : {}),
  });
  if (reg.status !== 201) throw new Error(`SP registration failed: ${JSON.stringify(reg.body)}`);
  const metadata = await (await fetch(`${samlBase(sb, org)}/metadata`)).text();
  const trusted = certsFromMetadata(metadata).filter((c) => new Date(new X509Certificate(Buffer.from(c, 'base64')).validTo) > new Date());
  const saml = new SAML({
    entryPoint: `${samlBase(sb, org)}/sso`,
    issuer: entityId,
    callbackUrl: acsUser,
    idpCert: trusted.map(pem),
    audience: entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: opts.idpInitiated ? ValidateInResponseTo.never : ValidateInResponseTo.always,
    acceptedClockSkewMs: 0,
    identifierFormat: opts.nameIdFormat === 'persistent' ? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' : 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  });
  return { saml, entityId, acsUser, acsAgent, metadata };
}

/** SP-initiated headless SAML: AuthnRequest by redirect + login_hint + sandbox_auto=1. */
export async function samlHeadless(sp: Awaited<ReturnType<typeof samlSp>>, hint: string, relayState = 'relay-123') {
  const url = new URL(await sp.saml.getAuthorizeUrlAsync(relayState, undefined, {}));
  url.searchParams.set('login_hint', hint);
  url.searchParams.set('sandbox_auto', '1');
  const res = await fetch(url);
  const html = await res.text();
  return { status: res.status, html, ...autoPostForm(html) };
}

export function decodeSamlResponse(b64: string): string {
  return Buffer.from(b64, 'base64').toString('utf8');
}
