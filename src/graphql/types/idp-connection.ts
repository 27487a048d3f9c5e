import { X509Certificate } from 'node:crypto';
import { builder } from '../builder.ts';
import { visibleRows } from '../../domain/viewer.ts';
import { IdentifierField, Protocol, Provider } from './enums.ts';
import { relayStateAllowlist } from '../../domain/connections/idp-initiated.ts';
import { SamlBinding } from './enums.ts';
import type { SamlBinding as SamlBindingValue } from '../../db/generated/sqlite/enums.ts';

interface ApiAccessShape { enabled: boolean; audience: string | null }
interface OidcSettingsShape { issuer: string | null; clientId: string | null; clientSecretSet: boolean; scopes: string[]; apiAccess: ApiAccessShape }
interface IdpInitiatedShape { enabled: boolean; relayStates: string[] }
interface SamlSettingsShape { entityId: string | null; ssoUrl: string | null; ssoBinding: SamlBindingValue; metadataUrl: string | null; signingCertificates: string[]; allowSha1Signatures: boolean; idpInitiated: IdpInitiatedShape }

const ApiAccess = builder.objectRef<ApiAccessShape>('ApiAccess').implement({
  description: 'Whether POST /graphql accepts this IdP\'s access tokens (R15), and for which audience.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    audience: t.exposeString('audience', { nullable: true, description: 'The `aud` an access token must carry.' }),
  }),
});

const OidcSettings = builder.objectRef<OidcSettingsShape>('OidcSettings').implement({
  description: 'OpenID Connect settings. The client secret is write-only: only whether one is set is shown.',
  fields: (t) => ({
    issuer: t.exposeString('issuer', { nullable: true }),
    clientId: t.exposeString('clientId', { nullable: true }),
    clientSecretSet: t.exposeBoolean('clientSecretSet'),
    scopes: t.exposeStringList('scopes'),
    apiAccess: t.field({ type: ApiAccess, resolve: (s) => s.apiAccess }),
  }),
});

const Certificate = builder.objectRef<string>('Certificate').implement({
  description: 'An X.509 certificate the IdP signs with.',
  fields: (t) => {
    const cert = (pem: string) => new X509Certificate(pem);
    return {
      pem: t.string({ resolve: (pem) => pem }),
      subject: t.string({ resolve: (pem) => cert(pem).subject }),
      issuer: t.string({ resolve: (pem) => cert(pem).issuer }),
      notBefore: t.field({ type: 'DateTime', resolve: (pem) => new Date(cert(pem).validFrom) }),
      notAfter: t.field({ type: 'DateTime', resolve: (pem) => new Date(cert(pem).validTo) }),
      fingerprintSha256: t.string({ resolve: (pem) => cert(pem).fingerprint256 }),
    };
  },
});

const IdpInitiated = builder.objectRef<IdpInitiatedShape>('IdpInitiated').implement({
  description: 'Whether unsolicited (IdP-initiated) SAML responses are accepted, and the RelayState targets they may land on.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    relayStates: t.exposeStringList('relayStates'),
  }),
});

const SamlSettings = builder.objectRef<SamlSettingsShape>('SamlSettings').implement({
  description: 'SAML 2.0 settings of the IdP, entered by hand or read from its metadata.',
  fields: (t) => ({
    entityId: t.exposeString('entityId', { nullable: true }),
    ssoUrl: t.exposeString('ssoUrl', { nullable: true }),
    ssoBinding: t.field({ type: SamlBinding, description: 'How the AuthnRequest is sent to ssoUrl.', resolve: (s) => s.ssoBinding }),
    metadataUrl: t.exposeString('metadataUrl', { nullable: true }),
    signingCertificates: t.field({ type: [Certificate], resolve: (s) => s.signingCertificates }),
    allowSha1Signatures: t.exposeBoolean('allowSha1Signatures', { description: 'Whether SHA-1 signatures are accepted (a legacy opt-in, off by default).' }),
    idpInitiated: t.field({ type: IdpInitiated, resolve: (s) => s.idpInitiated }),
  }),
});

export const IdpConnection = builder.prismaNode('IdpConnection', {
  description: "How one account reaches one identity provider.",
  id: { field: 'id' },
  nullable: true, // node(id:) of an invisible object is null, never an error
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    tenant: t.relation('tenant'),
    name: t.exposeString('name'),
    provider: t.expose('provider', { type: Provider }),
    protocol: t.expose('protocol', { type: Protocol }),
    identifierField: t.expose('identifierField', { type: IdentifierField }),
    salesforceOrgId: t.exposeString('salesforceOrgId', { nullable: true, description: 'The Salesforce org this account is linked to (Salesforce only).' }),
    entraTenantId: t.exposeString('entraTenantId', { nullable: true, description: 'The Microsoft Entra ID (Azure AD) tenant this account is linked to.' }),
    entraDomain: t.exposeString('entraDomain', { nullable: true, description: 'The Entra ID domain this account is linked to.' }),
    oidc: t.field({
      type: OidcSettings,
      nullable: true,
      description: 'Set for OIDC connections.',
      resolve: (c) =>
        c.protocol !== 'OIDC'
          ? null
          : { issuer: c.oidcIssuer, clientId: c.oidcClientId, clientSecretSet: c.oidcClientSecretEncrypted !== null, scopes: c.oidcScopes.split(' '), apiAccess: { enabled: c.oidcApiAccessEnabled, audience: c.oidcApiAudience } },
    }),
    saml: t.field({
      type: SamlSettings,
      nullable: true,
      description: 'Set for SAML connections.',
      resolve: (c) =>
        c.protocol !== 'SAML'
          ? null
          : { entityId: c.samlEntityId, ssoUrl: c.samlSsoUrl, ssoBinding: c.samlSsoBinding, metadataUrl: c.samlMetadataUrl, signingCertificates: JSON.parse(c.samlSigningCertificates) as string[], allowSha1Signatures: c.samlAllowSha1Signatures, idpInitiated: { enabled: c.samlIdpInitiatedEnabled, relayStates: relayStateAllowlist(c.samlIdpInitiatedRelayStates) } },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
