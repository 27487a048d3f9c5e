import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { IdpConnection } from '../types/idp-connection.ts';
import { IdentifierField, Protocol, Provider } from '../types/enums.ts';
import { SamlBinding } from '../types/enums.ts';
import { attempt, payloadType } from './payload.ts';
import { createConnection, deleteConnection, updateConnection } from '../../domain/connections/service.ts';

const ConnectionPayload = (name: string, description = 'The connection; null when userErrors is not empty.') =>
  payloadType(name, 'connection', IdpConnection, description);

const ApiAccessInput = builder.inputType('ApiAccessInput', {
  description:
    'Public API access with this IdP\'s access tokens (R15): POST /graphql then accepts "Authorization: Bearer <JWT>" issued by the IdP for this audience, and runs it as the matched user. Off by default.',
  fields: (t) => ({
    enabled: t.boolean({ required: true }),
    audience: t.string({ description: 'The `aud` the IdP puts in access tokens meant for the platform\'s API (not the client ID). Required to switch access on; absent keeps the stored one.' }),
  }),
});

const OidcSettingsInput = builder.inputType('OidcSettingsInput', {
  description: 'The attributes obtained from the IdP for OpenID Connect. In updates, an absent field is left as it is and null clears it.',
  fields: (t) => ({
    issuer: t.string({ description: 'https URL (http only for a loopback test IdP).' }),
    clientId: t.string(),
    clientSecret: t.string({ description: 'Write-only: stored encrypted, never returned.' }),
    scopes: t.string({ description: 'Space-separated; must include openid. Default: "openid email profile".' }),
    apiAccess: t.field({ type: ApiAccessInput, description: 'null switches API access off and forgets the audience.' }),
  }),
});

const IdpInitiatedInput = builder.inputType('IdpInitiatedInput', {
  description:
    'IdP-initiated SAML (unsolicited responses from the IdP\'s app dashboard). Off by default; when on, a response is accepted only within 2 minutes of its IssueInstant, once, with no InResponseTo, and lands on its RelayState only when that is one of relayStates (otherwise on the default page).',
  fields: (t) => ({
    enabled: t.boolean({ required: true }),
    relayStates: t.stringList({ description: 'Paths on this site a RelayState may name, e.g. "/agent" (no scheme, host, "//", backslash or control characters). Absent keeps the stored ones; null clears them.' }),
  }),
});

const SamlSettingsInput = builder.inputType('SamlSettingsInput', {
  description: 'The parameters obtained from the IdP for SAML 2.0. In updates, an absent field is left as it is and null clears it.',
  fields: (t) => ({
    entityId: t.string(),
    ssoUrl: t.string({ description: 'Where AuthnRequests go, by ssoBinding.' }),
    ssoBinding: t.field({ type: SamlBinding, description: 'HTTP_REDIRECT (default) or HTTP_POST, for an IdP whose SSO endpoint takes POST only. Cannot be null.' }),
    signingCertificates: t.stringList({ description: 'PEM certificates the IdP signs with; several during a key rollover.' }),
    metadataUrl: t.string({ description: 'For dynamic configuration.' }),
    allowSha1Signatures: t.boolean({ description: 'Legacy IdPs only: accept SHA-1 signatures and digests (default false; readiness warns while on). Prefer switching the IdP to RSA-SHA256.' }),
    idpInitiated: t.field({ type: IdpInitiatedInput, description: 'null switches IdP-initiated sign-in off and forgets the RelayState targets.' }),
  }),
});

const commonFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<{}>, 'InputObject'>) => ({
  identifierField: t.field({ type: IdentifierField, description: 'Default EMAIL.' }),
  salesforceOrgId: t.string({ description: 'Salesforce connections: the linked org (15 or 18 characters, starts with 00D).' }),
  entraTenantId: t.string({ description: 'Microsoft/Azure connections: the linked Entra tenant (GUID).' }),
  entraDomain: t.string({ description: 'Microsoft/Azure connections: the linked Entra domain.' }),
  oidc: t.field({ type: OidcSettingsInput }),
  saml: t.field({ type: SamlSettingsInput }),
});

const CreateIdpConnectionInput = builder.inputType('CreateIdpConnectionInput', {
  fields: (t) => ({
    tenantId: t.id({ required: true }),
    name: t.string({ required: true }),
    provider: t.field({ type: Provider, required: true }),
    protocol: t.field({ type: Protocol, required: true }),
    ...commonFields(t as never),
  }),
});
builder.mutationField('createIdpConnection', (t) =>
  t.field({
    type: ConnectionPayload('CreateIdpConnection'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateIdpConnectionInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(() => createConnection(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']), input)),
  }),
);

const UpdateIdpConnectionInput = builder.inputType('UpdateIdpConnectionInput', {
  description: 'Provider and protocol are fixed once created. Absent fields are left as they are.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    ...commonFields(t as never),
  }),
});
builder.mutationField('updateIdpConnection', (t) =>
  t.field({
    type: ConnectionPayload('UpdateIdpConnection'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateIdpConnectionInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(() => updateConnection(serviceContext(ctx), localId(String(input.id), 'IdpConnection', ['input', 'id']), input)),
  }),
);

const DeleteIdpConnectionInput = builder.inputType('DeleteIdpConnectionInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
builder.mutationField('deleteIdpConnection', (t) =>
  t.field({
    type: ConnectionPayload('DeleteIdpConnection', 'The connection as it was before deletion.'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteIdpConnectionInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => deleteConnection(serviceContext(ctx), localId(String(input.id), 'IdpConnection', ['input', 'id']))),
  }),
);
