// Reads the settings a SAML SP needs from an IdP's metadata (SAML metadata 2.0):
// entity ID, SingleSignOnService location (HTTP-Redirect preferred, else HTTP-POST) and
// the signing certificates (KeyDescriptor use="signing" or without use). The parse is the
// strict one of the sign-in service: DTDs refused (no entity expansion, no XXE). A
// federation aggregate (an EntitiesDescriptor of many IdPs) lists its IdPs by entity ID
// and name; one of them is read when chosen.
import { X509Certificate } from 'node:crypto';
import { attr, childElements, parseXml, textOf, XmlRefused } from '../../../../common/xml/dom.ts';
import { idpUrl } from '../input.ts';

const MD_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
const MDUI_NS = 'urn:oasis:names:tc:SAML:metadata:ui';
const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const MAX_SIGNING_CERTIFICATES = 10;

export interface SamlMetadata {
  entityId: string;
  ssoUrl: string;
  /** Which binding the SSO URL is for. */
  ssoBinding: 'HTTP-Redirect' | 'HTTP-POST';
  /** PEM, deduplicated, in document order. */
  signingCertificates: string[];
}

export class MetadataParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetadataParseError';
  }
}

/** One IdP a metadata document describes: how a federation names its members. */
export interface MetadataEntity {
  entityId: string;
  /** mdui:DisplayName (English first), else md:OrganizationDisplayName; null when neither. */
  displayName: string | null;
}

/** The document holds several IdPs and none was chosen, or the one chosen is not among them. */
export class MetadataEntityChoiceError extends MetadataParseError {
  constructor(message: string, readonly reason: 'NOT_CHOSEN' | 'UNKNOWN', readonly offered: MetadataEntity[]) {
    super(message);
    this.name = 'MetadataEntityChoiceError';
  }
}

/** How many offered entities an error message names; the payload's list has them all. */
const NAMED_IN_MESSAGE = 10;

const fail = (message: string): never => {
  throw new MetadataParseError(message);
};

/** DER (base64 in the XML) → PEM with 64-character lines. */
function pemFromBase64(body: string): string {
  const b64 = body.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----`;
}

/** SHA-256 of the DER, as X509Certificate.fingerprint256 prints it (AA:BB:…). */
export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

/** Every EntityDescriptor under an EntitiesDescriptor (nested groups included). */
function entityDescriptors(root: Element): Element[] {
  if (root.namespaceURI === MD_NS && root.localName === 'EntityDescriptor') return [root];
  if (root.namespaceURI === MD_NS && root.localName === 'EntitiesDescriptor') {
    return [...childElements(root, MD_NS, 'EntityDescriptor'), ...childElements(root, MD_NS, 'EntitiesDescriptor').flatMap(entityDescriptors)];
  }
  const name = root.namespaceURI ? `{${root.namespaceURI}}${root.localName}` : root.localName;
  return fail(`The document is not SAML metadata: its root element is ${name}, not md:EntityDescriptor or md:EntitiesDescriptor.`);
}

function checkValidUntil(el: Element, now: Date) {
  const validUntil = attr(el, 'validUntil');
  if (validUntil === undefined) return;
  const at = Date.parse(validUntil);
  if (Number.isNaN(at)) fail(`validUntil "${validUntil.slice(0, 40)}" is not a date.`);
  if (at < now.getTime()) fail(`The metadata expired at ${new Date(at).toISOString()} (validUntil): ask the IdP for current metadata.`);
}

function signingCertificates(idp: Element): string[] {
  const pems: string[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const kd of childElements(idp, MD_NS, 'KeyDescriptor')) {
    const use = attr(kd, 'use');
    if (use !== undefined && use !== 'signing') continue;
    for (const keyInfo of childElements(kd, DS_NS, 'KeyInfo')) {
      for (const data of childElements(keyInfo, DS_NS, 'X509Data')) {
        for (const certEl of childElements(data, DS_NS, 'X509Certificate')) {
          index++;
          const body = textOf(certEl).replace(/\s+/g, '');
          if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) fail(`Signing certificate #${index} is not base64.`);
          const pem = pemFromBase64(body);
          let fingerprint: string;
          try {
            fingerprint = fingerprintOf(pem);
          } catch {
            return fail(`Signing certificate #${index} is not a valid X.509 certificate.`);
          }
          if (seen.has(fingerprint)) continue;
          seen.add(fingerprint);
          pems.push(pem);
        }
      }
    }
  }
  if (!pems.length) fail('The IdP descriptor lists no signing certificate (KeyDescriptor use="signing" with an X509Certificate).');
  if (pems.length > MAX_SIGNING_CERTIFICATES) fail(`The IdP descriptor lists ${pems.length} signing certificates; at most ${MAX_SIGNING_CERTIFICATES} are accepted.`);
  return pems;
}

function displayNameOf(entity: Element, idp: Element): string | null {
  const names = childElements(idp, MD_NS, 'Extensions')
    .flatMap((ext) => childElements(ext, MDUI_NS, 'UIInfo'))
    .flatMap((ui) => childElements(ui, MDUI_NS, 'DisplayName'));
  const english = names.find((n) => /^en\b/i.test(attr(n, 'xml:lang') ?? '')) ?? names[0];
  const organization = childElements(entity, MD_NS, 'Organization').flatMap((o) => childElements(o, MD_NS, 'OrganizationDisplayName'))[0];
  const source = english ?? organization;
  return source ? textOf(source).trim().slice(0, 200) || null : null;
}

function parseDocument(xml: string): Element {
  try {
    return parseXml(xml).documentElement;
  } catch (error) {
    if (error instanceof XmlRefused) return fail(`The metadata was refused: ${error.message}.`);
    throw error;
  }
}

/** Every IdP the document describes, in document order. */
function idpEntities(root: Element): { entity: Element; idps: Element[]; described: MetadataEntity }[] {
  return entityDescriptors(root)
    .map((entity) => ({ entity, idps: childElements(entity, MD_NS, 'IDPSSODescriptor') }))
    .filter((e) => e.idps.length > 0)
    .map((e) => ({ ...e, described: { entityId: (attr(e.entity, 'entityID') ?? '').trim(), displayName: displayNameOf(e.entity, e.idps[0]!) } }));
}

/** The IdPs a metadata document describes (one for an IdP's own metadata, many for a federation's). */
export function listMetadataEntities(xml: string): MetadataEntity[] {
  return idpEntities(parseDocument(xml)).map((e) => e.described);
}

const named = (offered: MetadataEntity[]) =>
  offered.slice(0, NAMED_IN_MESSAGE).map((e) => (e.displayName ? `${e.entityId} (${e.displayName})` : e.entityId)).join(', ')
  + (offered.length > NAMED_IN_MESSAGE ? ` and ${offered.length - NAMED_IN_MESSAGE} more` : '');

/**
 * `choose.entityId`: the IdP to read from a document of several; else `choose.current` (the
 * entity the connection holds already) when the document has it; else the only one.
 */
export function parseSamlMetadata(xml: string, now = new Date(), choose: { entityId?: string | null; current?: string | null } = {}): SamlMetadata {
  const root = parseDocument(xml);
  checkValidUntil(root, now);
  const withIdp = idpEntities(root);
  if (withIdp.length === 0) fail('The metadata has no IdP descriptor (md:IDPSSODescriptor): is this the SP\'s metadata instead of the IdP\'s?');
  const offered = withIdp.map((e) => e.described);
  const wanted = choose.entityId?.trim();
  if (wanted) {
    const found = withIdp.filter((e) => e.described.entityId === wanted);
    if (!found.length) throw new MetadataEntityChoiceError(`The metadata describes no IdP with entity ID ${wanted.slice(0, 200)}; it offers ${named(offered)}.`, 'UNKNOWN', offered);
    withIdp.splice(0, withIdp.length, ...found);
  } else if (withIdp.length > 1) {
    const current = withIdp.filter((e) => choose.current && e.described.entityId === choose.current);
    if (current.length !== 1) {
      throw new MetadataEntityChoiceError(`The metadata describes ${withIdp.length} IdPs; choose one by entityId: ${named(offered)}.`, 'NOT_CHOSEN', offered);
    }
    withIdp.splice(0, withIdp.length, ...current);
  }
  if (withIdp.length > 1) fail(`The metadata describes ${withIdp.length} IdPs with entity ID ${wanted}; import the metadata of exactly one.`);
  const { entity, idps } = withIdp[0]!;
  checkValidUntil(entity, now);
  if (idps.length > 1) fail('The entity has more than one md:IDPSSODescriptor.');
  const idp = idps[0]!;
  checkValidUntil(idp, now);
  if (!(attr(idp, 'protocolSupportEnumeration') ?? '').split(/\s+/).includes(SAML2_PROTOCOL)) {
    fail('The IdP descriptor does not support SAML 2.0 (protocolSupportEnumeration).');
  }

  const entityId = (attr(entity, 'entityID') ?? '').trim();
  if (!entityId) fail('The EntityDescriptor has no entityID.');
  if (entityId.length > 1024) fail('The entityID is longer than 1024 characters.');

  const services = childElements(idp, MD_NS, 'SingleSignOnService');
  const redirect = services.find((s) => attr(s, 'Binding') === REDIRECT);
  const post = services.find((s) => attr(s, 'Binding') === POST);
  const chosen = redirect ?? post ?? fail('The IdP descriptor has no SingleSignOnService for the HTTP-Redirect or HTTP-POST binding.');
  const location = (attr(chosen, 'Location') ?? '').trim();
  const checked = idpUrl('The SingleSignOnService Location').safeParse(location);
  if (!checked.success) fail(`${checked.error.issues[0]?.message ?? 'The SingleSignOnService Location is not a valid URL.'} (got "${location.slice(0, 200)}")`);

  return { entityId, ssoUrl: location, ssoBinding: redirect ? 'HTTP-Redirect' : 'HTTP-POST', signingCertificates: signingCertificates(idp) };
}

