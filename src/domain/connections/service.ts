// IdP connections: how one tenant reaches one identity provider (R14, R15, R18).
// Provider and protocol are fixed at creation; the settings of the other protocol are
// refused, not silently stored.
import { uuidv7 } from '../../db/ids.ts';
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { ServiceContext } from '../context.ts';
import { UserInputError, fail, notFound } from '../errors.ts';
import type { Tx } from '../../db/client.ts';
import { parseInput } from '../validation.ts';
import { recordAudit } from '../audit/record.ts';
import { visibleRows } from '../viewer.ts';
import { findVisibleTenant } from '../tenants/service.ts';
import { createConnectionInput, crossFieldErrors, updateConnectionInput, type UpdateConnectionInput } from './input.ts';
import { lockTenantForConfigChange } from '../readiness/lock.ts';
import { apiAccessColumns, assertApiAccessComplete, assertApiAudienceFree } from './api-access.ts';
import { idpInitiatedColumns } from './idp-initiated.ts';

const DEFAULT_OIDC_SCOPES = 'openid email profile';

/** The associated data that ties a sealed client secret to its connection. */
export const clientSecretContext = (connectionId: string) => `IdpConnection:${connectionId}:oidcClientSecret`;

export async function findVisibleConnection(ctx: ServiceContext, id: string, field: string[]): Promise<IdpConnection> {
  const connection = await ctx.db.idpConnection.findFirst({ where: visibleRows(ctx.viewer, { id }) });
  return connection ?? notFound(field, 'IdP connection');
}

function assertCoherent(provider: string, protocol: string, input: UpdateConnectionInput) {
  const errors = crossFieldErrors(provider, protocol, input);
  if (errors.length) throw new UserInputError(errors.map((e) => ({ code: 'INVALID_INPUT', ...e })));
}

/** Input → columns. `undefined` leaves a column as it is; `null` clears it. */
function columns(ctx: ServiceContext, connectionId: string, input: UpdateConnectionInput) {
  const { oidc, saml } = input;
  const secret = oidc?.clientSecret;
  return {
    name: input.name,
    identifierField: input.identifierField,
    salesforceOrgId: input.salesforceOrgId,
    entraTenantId: input.entraTenantId,
    entraDomain: input.entraDomain,
    oidcIssuer: oidc?.issuer,
    oidcClientId: oidc?.clientId,
    oidcClientSecretEncrypted: secret == null ? secret : ctx.secrets.seal(secret, clientSecretContext(connectionId)),
    oidcScopes: oidc?.scopes === null ? DEFAULT_OIDC_SCOPES : oidc?.scopes?.split(/\s+/).join(' '),
    ...apiAccessColumns(input),
    samlEntityId: saml?.entityId,
    samlSsoUrl: saml?.ssoUrl,
    samlSsoBinding: saml?.ssoBinding,
    samlSigningCertificates: saml?.signingCertificates === undefined ? undefined : JSON.stringify(saml.signingCertificates ?? []),
    samlMetadataUrl: saml?.metadataUrl,
    samlAllowSha1Signatures: saml?.allowSha1Signatures === null ? false : saml?.allowSha1Signatures,
    ...idpInitiatedColumns(input),
  };
}

/**
 * Two connections of one account with the same name (ignoring case and spaces) would be
 * two identical buttons on its login page. Checked under the tenant's config lock, so two
 * concurrent creations cannot both pass.
 */
async function assertNameFree(tx: Tx, tenantId: string, name: string, exceptId?: string): Promise<void> {
  const key = (n: string) => n.trim().replace(/\s+/g, ' ').toLowerCase();
  const others = await tx.idpConnection.findMany({ where: { tenantId }, select: { id: true, name: true } });
  if (others.some((c) => c.id !== exceptId && key(c.name) === key(name))) {
    fail('CONFLICT', ['input', 'name'], `This account already has an IdP connection named "${name.trim()}". Choose another name.`);
  }
}

export async function createConnection(ctx: ServiceContext, tenantId: string, raw: unknown): Promise<IdpConnection> {
  const input = parseInput(createConnectionInput, raw);
  assertCoherent(input.provider, input.protocol, input);
  assertApiAccessComplete(null, input);
  await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);
  const id = uuidv7();
  return ctx.db.$transaction(async (tx) => {
    await lockTenantForConfigChange(ctx.db, tx, tenantId);
    await assertNameFree(tx, tenantId, input.name);
    const connection = await tx.idpConnection.create({
      data: { ...columns(ctx, id, input), id, tenantId, name: input.name, provider: input.provider, protocol: input.protocol },
    });
    await assertApiAudienceFree(tx, connection);
    await recordAudit(tx, ctx.viewer, { tenantId, action: 'idpConnection.create', targetType: 'IdpConnection', targetId: id, after: connection });
    return connection;
  });
}

export async function updateConnection(ctx: ServiceContext, id: string, raw: unknown): Promise<IdpConnection> {
  const input = parseInput(updateConnectionInput, raw);
  const before = await findVisibleConnection(ctx, id, ['input', 'id']);
  assertCoherent(before.provider, before.protocol, input);
  assertApiAccessComplete(before, input);
  return ctx.db.$transaction(async (tx) => {
    await lockTenantForConfigChange(ctx.db, tx, before.tenantId);
    if (input.name !== undefined) await assertNameFree(tx, before.tenantId, input.name, id);
    const connection = await tx.idpConnection.update({ where: { id }, data: columns(ctx, id, input) });
    await assertApiAudienceFree(tx, connection);
    await recordAudit(tx, ctx.viewer, { tenantId: before.tenantId, action: 'idpConnection.update', targetType: 'IdpConnection', targetId: id, before, after: connection });
    return connection;
  });
}

export async function deleteConnection(ctx: ServiceContext, id: string): Promise<IdpConnection> {
  const before = await findVisibleConnection(ctx, id, ['id']);
  return ctx.db.$transaction(async (tx) => {
    await lockTenantForConfigChange(ctx.db, tx, before.tenantId);
    await tx.idpConnection.delete({ where: { id } });
    await recordAudit(tx, ctx.viewer, { tenantId: before.tenantId, action: 'idpConnection.delete', targetType: 'IdpConnection', targetId: id, before });
    return before;
  });
}
