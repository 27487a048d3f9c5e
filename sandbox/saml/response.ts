// Builds the SAML Response for one sign-in with samlify: the assertion and the response
// signed (the default), or the scenario's variant: times skewed, another audience,
// signed by a foreign or an expired key, not signed at all, or the signed assertion
// encrypted (then the response signed over the EncryptedAssertion, as IdPs do). Refusals (access_denied)
// become a signed Response with status Responder / RequestDenied and no assertion.
import { randomBytes } from 'node:crypto';
import { Constants, IdentityProvider, SamlLib, ServiceProvider, type IdentityProviderInstance, type ServiceProviderInstance } from 'samlify';
import type { SamlSp } from '../directory/types.ts';
import type { SigningMaterial } from '../keys/keys.ts';
import type { Presented } from '../scenarios/claims.ts';
import { scenarioMark, type SignInEffects } from '../scenarios/effects.ts';
import { chooseNameId } from './nameid.ts';

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
/** A legacy IdP's choice (SAML_SIGNATURE_SHA1): samlify then digests with SHA-1 too. */
const RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
const PASSWORD_CONTEXT = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
const VALIDITY_MS = 5 * 60_000;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const newId = () => `_${randomBytes(20).toString('hex')}`;

export interface ResponseInput {
  idpEntityId: string;
  ssoUrl: string;
  sp: SamlSp;
  acs: string;
  inResponseTo?: string;
  requestedNameIdFormat?: string;
  presented: Presented;
  fx: SignInEffects;
  /** `encryption`: the stand-in SP encryption certificate, needed only when the assertion is encrypted. */
  keys: { current: SigningMaterial; expired: SigningMaterial; foreign: SigningMaterial; encryption?: SigningMaterial };
}

// samlify entities are cheap to use and dear to build: keep them per signing key / SP URL.
const idps = new Map<string, IdentityProviderInstance>();
const sps = new Map<string, ServiceProviderInstance>();

const certBody = (pemOrBody: string) => pemOrBody.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');

function idpEntity(entityId: string, ssoUrl: string, key: SigningMaterial, encrypt: boolean, algorithm = RSA_SHA256): IdentityProviderInstance {
  const id = `${entityId}|${key.kid}|${encrypt}|${algorithm}`;
  let idp = idps.get(id);
  if (!idp) {
    idp = IdentityProvider({
      entityID: entityId,
      // samlify hands the key to xml-crypto, which signs with node:crypto: a KeyObject
      // works and spares a PEM parse per signature (samlify's types say string | Buffer).
      privateKey: key.privateKey as unknown as string,
      signingCert: key.certPem,
      requestSignatureAlgorithm: algorithm,
      isAssertionEncrypted: encrypt,
      singleSignOnService: [{ Binding: Constants.namespace.binding.redirect, Location: ssoUrl }],
      singleLogoutService: [{ Binding: Constants.namespace.binding.redirect, Location: ssoUrl.replace(/\/sso$/, '/slo') }],
    });
    idps.set(id, idp);
  }
  return idp;
}

function spEntity(entityId: string, acs: string, encryptCert?: string): ServiceProviderInstance {
  const id = `${entityId}|${acs}|${encryptCert ?? ''}`;
  let sp = sps.get(id);
  if (!sp) {
    sp = ServiceProvider({
      entityID: entityId,
      wantAssertionsSigned: true,
      wantMessageSigned: true,
      ...(encryptCert ? { encryptCert } : {}),
      assertionConsumerService: [{ Binding: Constants.namespace.binding.post, Location: acs }],
    });
    sps.set(id, sp);
  }
  return sp;
}

function attributeStatement(sp: SamlSp, p: Presented, mark: string | undefined): string {
  const values = (field: string): string[] => {
    switch (field) {
      case 'email': return p.email ? [p.email] : [];
      case 'username': return [p.person.username];
      case 'name': return [p.person.name];
      case 'externalId': return [p.person.externalId];
      case 'groups': return p.person.groups;
      case 'orgId': return [p.org.id];
      case 'emailVerified': return [String(p.emailVerified)];
      default: return [];
    }
  };
  const attrs = Object.entries(sp.attributes).map(([name, field]) => [name, values(field)] as const).filter(([, v]) => v.length)
    .concat(mark ? [['sandbox_scenario', [mark]] as const] : [])
    .map(([name, v]) => `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${
      v.map((x) => `<saml:AttributeValue xsi:type="xs:string">${esc(x)}</saml:AttributeValue>`).join('')}</saml:Attribute>`);
  return attrs.length ? `<saml:AttributeStatement>${attrs.join('')}</saml:AttributeStatement>` : '';
}

/** The unsigned Response XML, from samlify's login-response template. */
function responseXml(input: ResponseInput, responseId = newId()): string {
  const { fx, presented } = input;
  const t = Date.now() + (fx.skewSeconds ?? 0) * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const nameId = chooseNameId(input.sp.nameIdFormat, input.requestedNameIdFormat, presented);
  const tagged = SamlLib.replaceTagsByValue(SamlLib.defaultLoginResponseTemplate.context, {
    ID: responseId,
    AssertionID: newId(),
    Destination: input.acs,
    Audience: fx.audience ?? input.sp.entityId,
    SubjectRecipient: input.acs,
    Issuer: input.idpEntityId,
    IssueInstant: iso(t),
    StatusCode: Constants.StatusCode.Success,
    ConditionsNotBefore: iso(t - 30_000),
    ConditionsNotOnOrAfter: iso(t + VALIDITY_MS),
    SubjectConfirmationDataNotOnOrAfter: iso(t + VALIDITY_MS),
    NameIDFormat: nameId.format,
    NameID: nameId.value,
    InResponseTo: input.inResponseTo ?? null,
  } as Record<string, string>);
  const authn = `<saml:AuthnStatement AuthnInstant="${iso(t)}" SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>${PASSWORD_CONTEXT}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`;
  return tagged.replace('{AuthnStatement}', authn).replace('{AttributeStatement}', attributeStatement(input.sp, presented, scenarioMark(fx)));
}

/** Base64 SAMLResponse for a successful sign-in. */
export async function loginResponse(input: ResponseInput): Promise<string> {
  const xml = responseXml(input);
  if (input.fx.unsigned) return Buffer.from(xml).toString('base64');
  const key = input.fx.signWith === 'expired' ? input.keys.expired : input.fx.signWith === 'foreign' ? input.keys.foreign : input.keys.current;
  const encrypt = input.fx.encrypted === true;
  // To the SP's own encryption certificate when it registered one, else to a stand-in no SP holds the key of.
  const standIn = input.keys.encryption?.certBody;
  if (encrypt && !input.sp.encryptionCert && !standIn) throw new Error('an encrypted assertion needs the SP\'s or a stand-in encryption certificate');
  const encryptCert = encrypt ? certBody(input.sp.encryptionCert ?? standIn!) : undefined;
  const idp = idpEntity(input.idpEntityId, input.ssoUrl, key, encrypt, input.fx.sha1 ? RSA_SHA1 : RSA_SHA256);
  const out = await idp.createLoginResponse(spEntity(input.sp.entityId, input.acs, encryptCert), { extract: {} }, 'post', {}, {
    customTagReplacement: () => ({ id: '', context: xml }),
    encryptThenSign: encrypt,
  });
  return out.context;
}

/** Base64 SAMLResponse refusing the sign-in (IDP_ACCESS_DENIED). */
export function deniedResponse(input: Pick<ResponseInput, 'idpEntityId' | 'acs' | 'inResponseTo' | 'keys'>, message: string): string {
  const inResponseTo = input.inResponseTo ? ` InResponseTo="${esc(input.inResponseTo)}"` : '';
  const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${esc(input.acs)}"${inResponseTo}>`
    + `<saml:Issuer>${esc(input.idpEntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="${Constants.StatusCode.Responder}">`
    + `<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:RequestDenied"/></samlp:StatusCode><samlp:StatusMessage>${esc(message)}</samlp:StatusMessage></samlp:Status></samlp:Response>`;
  return SamlLib.constructSAMLSignature({
    rawSamlMessage: xml,
    privateKey: input.keys.current.privateKey as unknown as string,
    signingCert: input.keys.current.certBody,
    signatureAlgorithm: RSA_SHA256,
    isMessageSigned: true,
    isBase64Output: true,
    signatureConfig: { prefix: 'ds', location: { reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']", action: 'after' } },
  } as never) as string;
}

export function autoPostForm(acs: string, samlResponse: string, relayState: string | undefined): string {
  const relay = relayState !== undefined ? `<input type="hidden" name="RelayState" value="${esc(relayState)}">` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Signing in (sandbox TEST IdP)</title></head>`
    + `<body onload="document.forms[0].submit()"><p>Sandbox TEST IdP: returning to the service provider…</p>`
    + `<form method="post" action="${esc(acs)}"><input type="hidden" name="SAMLResponse" value="${samlResponse}">${relay}`
    + '<noscript><button type="submit">Continue</button></noscript></form></body></html>';
}
