// importSamlMetadata (R18): read an IdP's SAML metadata from a URL or pasted XML, show
// what it would change on a SAML connection, and apply it on demand. A fetch or parse that
// fails changes nothing: the last good configuration stays. The fetch runs before (never
// inside) the write transaction; the diff that is applied is recomputed inside it.
import { lockTenantForConfigChange } from '../../readiness/lock.ts';
import type { IdpConnection } from '../../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../../context.ts';
import { fail, type UserErrorCode } from '../../errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { idpUrl } from '../input.ts';
import { findVisibleConnection } from '../service.ts';
import { diffSaml, type MetadataChange, type SamlSnapshot } from './diff.ts';
import { fetchMetadata, MetadataFetchError, METADATA_MAX_BYTES, type FetchMetadataOptions } from './fetch-metadata.ts';
import { listMetadataEntities, MetadataEntityChoiceError, MetadataParseError, parseSamlMetadata, type MetadataEntity, type SamlMetadata } from './parse-metadata.ts';

export interface ImportSamlMetadataInput {
  url?: string | null;
  xml?: string | null;
  /** Which IdP of a federation aggregate (several EntityDescriptors) to import. */
  entityId?: string | null;
  apply: boolean;
}

export type ImportSamlMetadataOptions = FetchMetadataOptions;

export interface ImportSamlMetadataResult {
  /** The connection after the import (applied) or as it stands (preview). */
  connection: IdpConnection;
  changes: MetadataChange[];
  /** True when this call wrote the changes; false for a preview or when nothing differed. */
  applied: boolean;
  /** Every IdP the document describes (many for a federation aggregate), to choose from. */
  entities: MetadataEntity[];
}

const URL_FIELD = ['input', 'url'];
const XML_FIELD = ['input', 'xml'];
const ENTITY_FIELD = ['input', 'entityId'];

function snapshotOf(c: IdpConnection): SamlSnapshot {
  let certs: string[] = [];
  try {
    const parsed: unknown = JSON.parse(c.samlSigningCertificates);
    if (Array.isArray(parsed)) certs = parsed.filter((p): p is string => typeof p === 'string');
  } catch {
    // An unreadable column reads as no certificates; the import replaces it.
  }
  return { entityId: c.samlEntityId, ssoUrl: c.samlSsoUrl, ssoBinding: c.samlSsoBinding, signingCertificates: certs, metadataUrl: c.samlMetadataUrl };
}

/**
 * Fetches (for a URL) and parses metadata; every expected failure becomes a UserInputError
 * on the field it came from. Usable by readiness checks too ("metadata URL unreachable or invalid").
 */
async function readSamlMetadata(source: { url: string } | { xml: string }, choose: { entityId?: string | null; current: string | null }, options: ImportSamlMetadataOptions): Promise<SamlMetadata & { entities: MetadataEntity[] }> {
  const field = 'url' in source ? URL_FIELD : XML_FIELD;
  let xml: string;
  if ('url' in source) {
    try {
      xml = (await fetchMetadata(source.url, options)).xml;
    } catch (error) {
      if (!(error instanceof MetadataFetchError)) throw error;
      const code: UserErrorCode = error.reason === 'TOO_LARGE' ? 'LIMIT_EXCEEDED' : 'INVALID_INPUT';
      return fail(code, field, `${error.message} The connection was not changed.`);
    }
  } else {
    xml = source.xml;
  }
  try {
    return { ...parseSamlMetadata(xml, new Date(), choose), entities: listMetadataEntities(xml) };
  } catch (error) {
    if (error instanceof MetadataEntityChoiceError) return fail(error.reason === 'UNKNOWN' ? 'NOT_FOUND' : 'INVALID_INPUT', ENTITY_FIELD, `${error.message} The connection was not changed.`);
    if (error instanceof MetadataParseError) return fail('INVALID_INPUT', field, `${error.message} The connection was not changed.`);
    throw error;
  }
}

function checkSource(input: ImportSamlMetadataInput): { url: string } | { xml: string } {
  const url = input.url?.trim();
  const xml = input.xml;
  if (url && xml) fail('INVALID_INPUT', ['input'], 'Give either url or xml, not both.');
  if (!url && !xml?.trim()) fail('INVALID_INPUT', ['input'], 'Give the metadata URL (url) or paste the metadata (xml).');
  if (url) {
    // The connection's own URL rule: https, plain http only for a loopback test IdP (signing
    // certificates fetched over plain http from elsewhere could be swapped in transit).
    const checked = idpUrl('The metadata URL').safeParse(url);
    if (!checked.success) fail('INVALID_INPUT', URL_FIELD, checked.error.issues[0]?.message ?? 'The metadata URL is not valid.');
    return { url };
  }
  if (Buffer.byteLength(xml!, 'utf8') > METADATA_MAX_BYTES) {
    fail('LIMIT_EXCEEDED', XML_FIELD, `The pasted metadata is larger than ${METADATA_MAX_BYTES} bytes.`);
  }
  return { xml: xml! };
}

export async function importSamlMetadata(
  ctx: ServiceContext,
  connectionId: string,
  input: ImportSamlMetadataInput,
  options: ImportSamlMetadataOptions,
): Promise<ImportSamlMetadataResult> {
  const source = checkSource(input);
  // Visibility and protocol first: nothing is fetched on behalf of a connection the caller cannot see.
  const current = await findVisibleConnection(ctx, connectionId, ['input', 'connectionId']);
  if (current.protocol !== 'SAML') fail('INVALID_INPUT', ['input', 'connectionId'], 'SAML metadata can be imported only into a SAML connection.');

  const metadata = await readSamlMetadata(source, { entityId: input.entityId, current: current.samlEntityId }, options);
  const target = (base: SamlSnapshot): SamlSnapshot => ({
    entityId: metadata.entityId,
    ssoUrl: metadata.ssoUrl,
    ssoBinding: metadata.ssoBinding === 'HTTP-POST' ? 'HTTP_POST' : 'HTTP_REDIRECT',
    signingCertificates: metadata.signingCertificates,
    metadataUrl: 'url' in source ? source.url : base.metadataUrl,
  });

  if (!input.apply) {
    const before = snapshotOf(current);
    return { connection: current, changes: diffSaml(before, target(before)), applied: false, entities: metadata.entities };
  }

  return ctx.db.$transaction(async (tx) => {
    await lockTenantForConfigChange(ctx.db, tx, current.tenantId);
    // Re-read inside the transaction: the diff applied and audited is against the state written over.
    const fresh = await tx.idpConnection.findUnique({ where: { id: current.id } });
    if (!fresh) return fail('NOT_FOUND', ['input', 'connectionId'], 'IdP connection not found.');
    const before = snapshotOf(fresh);
    const after = target(before);
    const changes = diffSaml(before, after);
    if (!changes.length) return { connection: fresh, changes, applied: false, entities: metadata.entities };
    const connection = await tx.idpConnection.update({
      where: { id: fresh.id },
      data: {
        samlEntityId: after.entityId,
        samlSsoUrl: after.ssoUrl,
        samlSsoBinding: after.ssoBinding,
        samlSigningCertificates: JSON.stringify(after.signingCertificates),
        samlMetadataUrl: after.metadataUrl,
      },
    });
    await recordAudit(tx, ctx.viewer, {
      tenantId: fresh.tenantId, action: 'idpConnection.importSamlMetadata', targetType: 'IdpConnection', targetId: fresh.id, before: fresh, after: connection,
    });
    return { connection, changes, applied: true, entities: metadata.entities };
  });
}
