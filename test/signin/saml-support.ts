// Helpers for the SAML SP suites: a real sandbox IdP over real HTTP, SPs registered on it
// with each provider's attribute names, sign-ins through its headless path (our own
// AuthnRequest by HTTP-Redirect + login_hint + sandbox_auto=1), and XML surgery for attacks.
import { autoPostForm } from '../support/saml-form.ts';
import { buildAuthnRequest } from '../../src/signin/saml/authn-request.ts';
import type { ProviderName, SamlIdpSettings, SamlSpSettings } from '../../src/signin/saml/settings.ts';
import type { Audience } from '../../src/domain/signin/audience.ts';
import { validateSamlResponse, type ValidateSamlInput } from '../../src/signin/saml/validate/index.ts';
import { SignInError } from '../../src/signin/sign-in-error.ts';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { admin, CONTROL_PLANE } from '../sandbox/support.ts';

export { admin, armScenario, ENTRA, GENERIC, OKTA, SF_ORG, testSandbox } from '../sandbox/support.ts';

const MS = 'http://schemas.microsoft.com/identity/claims/';
const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';

/** The attribute names each real provider sends, mapped to the sandbox person's fields. */
export const PROVIDER_ATTRIBUTES: Record<string, Record<string, string>> = {
  salesforce: { userId: 'externalId', username: 'username', email: 'email', organizationId: 'orgId', emailVerified: 'emailVerified', name: 'name' },
  microsoft: { [`${WS}name`]: 'username', [`${WS}emailaddress`]: 'email', [`${MS}objectidentifier`]: 'externalId', [`${MS}tenantid`]: 'orgId', [`${MS}displayname`]: 'name', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': 'groups' },
  okta: { email: 'email', login: 'username', displayName: 'name', oktaUserId: 'externalId', groups: 'groups' },
  generic: { email: 'email', username: 'username', name: 'name' },
};

const PROVIDER_NAME: Record<string, ProviderName> = { salesforce: 'SALESFORCE', microsoft: 'MICROSOFT', okta: 'OKTA', generic: 'GENERIC' };

const pem = (body: string) => `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;

/** The connection's IdP settings, as importing the sandbox metadata would fill them. */
export async function idpSettings(sb: SandboxHandle, org: string): Promise<SamlIdpSettings> {
  const base = `${sb.url}/${org}/saml`;
  const metadata = await (await fetch(`${base}/metadata`)).text();
  const certs = [...metadata.matchAll(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/g)].map((m) => pem(m[1]!));
  return { entityId: base, ssoUrl: `${base}/sso`, signingCertificates: certs, provider: PROVIDER_NAME[org.split('/')[0]!]! };
}

let seq = 0;
/** A fresh SP (one tenant of the control plane) registered at the org, with the provider's attribute names. */
export async function registerSp(sb: SandboxHandle, org: string, opts: { nameIdFormat?: string; attributes?: Record<string, string>; acsUrls?: SamlSpSettings['acsUrls'] } = {}): Promise<SamlSpSettings> {
  const sp: SamlSpSettings = {
    entityId: `${CONTROL_PLANE}/sso/saml/metadata/Tenant${++seq}-${Date.now().toString(36)}`,
    acsUrls: opts.acsUrls ?? { user: `${CONTROL_PLANE}/sso/saml/acs/user`, agent: `${CONTROL_PLANE}/sso/saml/acs/agent` },
  };
  const res = await admin(sb, 'POST', '/admin/sps', {
    org, entityId: sp.entityId, acsUrls: [sp.acsUrls.user, sp.acsUrls.agent], name: `Test tenant ${seq}`,
    nameIdFormat: opts.nameIdFormat ?? 'emailAddress', attributes: opts.attributes ?? PROVIDER_ATTRIBUTES[org.split('/')[0]!],
  });
  if (res.status !== 201) throw new Error(`SP registration failed: ${JSON.stringify(res.body)}`);
  return sp;
}

export interface ObtainedResponse { samlResponse: string; requestId: string | null; acsUrl: string; relayState?: string }

/** SP-initiated: our AuthnRequest to the sandbox SSO URL, headless. */
export async function spInitiated(idp: SamlIdpSettings, sp: SamlSpSettings, audience: Audience, hint: string, relayState = 'rs-1'): Promise<ObtainedResponse> {
  const { redirectUrl, requestId } = buildAuthnRequest(idp, sp, audience, relayState);
  const url = new URL(redirectUrl);
  url.searchParams.set('login_hint', hint);
  url.searchParams.set('sandbox_auto', '1');
  const res = await fetch(url);
  const html = await res.text();
  const form = autoPostForm(html);
  if (res.status !== 200 || !form.SAMLResponse || !form.action) throw new Error(`sandbox SSO answered ${res.status}: ${html.slice(0, 300)}`);
  return { samlResponse: form.SAMLResponse, requestId, acsUrl: form.action, relayState: form.RelayState };
}

/** IdP-initiated, headless. */
export async function idpInitiated(sb: SandboxHandle, org: string, sp: SamlSpSettings, audience: Audience, hint: string): Promise<ObtainedResponse> {
  const url = `${sb.url}/${org}/saml/idp-initiated?sp=${encodeURIComponent(sp.entityId)}&acs=${audience}&login_hint=${encodeURIComponent(hint)}&RelayState=go`;
  const res = await fetch(url);
  const html = await res.text();
  const form = autoPostForm(html);
  if (res.status !== 200 || !form.SAMLResponse || !form.action) throw new Error(`sandbox IdP-initiated answered ${res.status}: ${html.slice(0, 300)}`);
  return { samlResponse: form.SAMLResponse, requestId: null, acsUrl: form.action, relayState: form.RelayState };
}

/** The replay store as the service will keep it (a table with a unique key), in memory. */
export function memoryReplayStore() {
  const used = new Map<string, Date>();
  return {
    used,
    claimAssertionId: async (id: string, notOnOrAfter: Date) => {
      if (used.has(id)) return false;
      used.set(id, notOnOrAfter);
      return true;
    },
  };
}

export const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
export const encode = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

/** Validates and returns either the result or the SignInError's failure. */
export async function outcome(input: Omit<ValidateSamlInput, 'claimAssertionId'> & { claimAssertionId?: ValidateSamlInput['claimAssertionId'] }) {
  try {
    const ok = await validateSamlResponse({ claimAssertionId: memoryReplayStore().claimAssertionId, ...input });
    return { ok } as const;
  } catch (error) {
    if (error instanceof SignInError) return { failure: error.failure } as const;
    throw error;
  }
}

// ---- XML surgery on a sandbox response (samlify's layout: Response > Issuer, Signature, Status, Assertion) ----

const SIG = /<ds:Signature[\s>][\s\S]*?<\/ds:Signature>/;

export function splitResponse(xml: string) {
  const a0 = xml.indexOf('<saml:Assertion');
  const a1 = xml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length;
  if (a0 < 0 || a1 < a0) throw new Error('no assertion in the response');
  return { head: xml.slice(0, a0), assertion: xml.slice(a0, a1), tail: xml.slice(a1) };
}

/** Removes the Response's own signature (the one before the Assertion). */
export function stripResponseSignature(xml: string): string {
  const { head, assertion, tail } = splitResponse(xml);
  return head.replace(SIG, '') + assertion + tail;
}

/** Removes the Assertion's signature. */
export function stripAssertionSignature(xml: string): string {
  const { head, assertion, tail } = splitResponse(xml);
  return head + assertion.replace(SIG, '') + tail;
}

export const idOf = (element: string): string => /\sID="([^"]+)"/.exec(element)![1]!;

// ---- A second signer: the same XML-DSig profile samlify uses, with a key of our own ----

import { SignedXml } from 'xml-crypto';
import { signingMaterial, type SigningMaterial } from '../../sandbox/keys/keys.ts';

export const ownSigner = (): Promise<SigningMaterial> => signingMaterial('test/own-signer', 'current');

/** Signs the Response (enveloped, exc-c14n, RSA-SHA256) with `key`, the signature placed after its Issuer. */
export function signResponse(xml: string, key: SigningMaterial): string {
  const sig = new SignedXml({
    privateKey: key.privateKey, publicCert: key.certPem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "/*[local-name(.)='Response']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']", action: 'after' } });
  return sig.getSignedXml();
}
