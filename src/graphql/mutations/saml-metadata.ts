// importSamlMetadata (R18): the GraphQL face of src/domain/connections/metadata/import.ts.
import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { IdpConnection } from '../types/idp-connection.ts';
import { UserError } from '../types/user-error.ts';
import { attempt, type Payload } from './payload.ts';
import { importSamlMetadata, type ImportSamlMetadataResult } from '../../domain/connections/metadata/import.ts';
import type { MetadataChange as MetadataChangeShape, MetadataField as MetadataFieldValue } from '../../domain/connections/metadata/diff.ts';
import type { MetadataEntity as MetadataEntityShape } from '../../domain/connections/metadata/parse-metadata.ts';

const FIELD_ENUM = { entityId: 'ENTITY_ID', ssoUrl: 'SSO_URL', ssoBinding: 'SSO_BINDING', signingCertificates: 'SIGNING_CERTIFICATE', metadataUrl: 'METADATA_URL' } as const satisfies Record<MetadataFieldValue, string>;

const MetadataField = builder.enumType('MetadataField', {
  description: 'A SAML setting that a metadata import can change.',
  values: {
    ENTITY_ID: { description: 'saml.entityId' },
    SSO_URL: { description: 'saml.ssoUrl (HTTP-Redirect binding, else HTTP-POST)' },
    SSO_BINDING: { description: 'saml.ssoBinding: HTTP_POST when the metadata lists the SSO endpoint for HTTP-POST only, else HTTP_REDIRECT' },
    SIGNING_CERTIFICATE: { description: 'One signing certificate, by SHA-256 fingerprint: before null = added, after null = removed.' },
    METADATA_URL: { description: 'saml.metadataUrl (set when the import was from a URL)' },
  } as const,
});

const MetadataChange = builder.objectRef<MetadataChangeShape>('MetadataChange').implement({
  description: 'One difference between the connection and the imported metadata.',
  fields: (t) => ({
    field: t.field({ type: MetadataField, resolve: (c) => FIELD_ENUM[c.field] }),
    before: t.exposeString('before', { nullable: true, description: 'The current value; null when unset (or, for a certificate, when it is added).' }),
    after: t.exposeString('after', { nullable: true, description: 'The value from the metadata; null when a certificate is removed.' }),
  }),
});

const SamlMetadataEntity = builder.objectRef<MetadataEntityShape>('SamlMetadataEntity').implement({
  description: 'One IdP a metadata document describes: a federation aggregate describes many.',
  fields: (t) => ({
    entityId: t.exposeString('entityId', { description: 'Pass as input.entityId to import this IdP.' }),
    displayName: t.exposeString('displayName', { nullable: true, description: 'mdui:DisplayName (English first), else the organization\'s display name.' }),
  }),
});

const ImportSamlMetadataPayload = builder.objectRef<Payload<ImportSamlMetadataResult>>('ImportSamlMetadataPayload').implement({
  fields: (t) => ({
    connection: t.field({
      type: IdpConnection,
      nullable: true,
      description: 'The connection after the import (or unchanged, for a preview); null when userErrors is not empty.',
      resolve: (p) => (p.result?.connection ?? null) as never,
    }),
    changes: t.field({ type: [MetadataChange], description: 'What the metadata changes (preview) or changed (applied). Empty on error.', resolve: (p) => p.result?.changes ?? [] }),
    applied: t.boolean({ description: 'True when this call wrote the changes; false for a preview, an error, or metadata that matched already.', resolve: (p) => p.result?.applied ?? false }),
    entities: t.field({ type: [SamlMetadataEntity], description: 'Every IdP the document describes (one, or a federation\'s members). Empty on error: the error names the entities offered.', resolve: (p) => p.result?.entities ?? [] }),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
  }),
});

const ImportSamlMetadataInput = builder.inputType('ImportSamlMetadataInput', {
  description: 'Exactly one of url and xml. A failed fetch or parse changes nothing: the last good configuration stays.',
  fields: (t) => ({
    connectionId: t.id({ required: true, description: 'A SAML connection.' }),
    url: t.string({
      description: 'The IdP metadata URL: https (http only for a loopback test IdP), at most 3 redirects, 1 MiB, 5 s. '
        + 'Private and loopback addresses are refused unless the deployment allows them; link-local (cloud metadata) never. Stored as saml.metadataUrl when applied.',
    }),
    xml: t.string({ description: 'The metadata document itself (EntityDescriptor, or an EntitiesDescriptor such as a federation aggregate), at most 1 MiB. DTDs are refused.' }),
    entityId: t.string({
      description: 'Which IdP to import from a document that describes several (a federation aggregate). Without it, the connection\'s current entity ID when the document has it, else the only IdP; '
        + 'several and none chosen is INVALID_INPUT, an entity ID the document lacks NOT_FOUND, both on input.entityId and naming the entities offered.',
    }),
    apply: t.boolean({ defaultValue: true, description: 'false: preview only (nothing is written, nothing audited).' }),
  }),
});

builder.mutationField('importSamlMetadata', (t) =>
  t.field({
    type: ImportSamlMetadataPayload,
    description: "Reads a SAML IdP's metadata (entity ID, SSO URL and binding, signing certificates) into a SAML connection, showing what changes.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ImportSamlMetadataInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      attempt(() =>
        importSamlMetadata(
          serviceContext(ctx),
          localId(String(input.connectionId), 'IdpConnection', ['input', 'connectionId']),
          { url: input.url, xml: input.xml, entityId: input.entityId, apply: input.apply ?? true },
          ctx.outbound,
        ),
      ),
  }),
);
