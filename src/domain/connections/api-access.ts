// The "API access" setting of an OIDC connection (R15): what it needs to be on, and the
// one clash it must not create. The token side lives in src/signin/access-token.
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { Tx } from '../../db/client.ts';
import { UserInputError, fail, type FieldError } from '../errors.ts';
import type { UpdateConnectionInput } from './input.ts';

const AUDIENCE_FIELD = ['input', 'oidc', 'apiAccess', 'audience'];

type Stored = Pick<IdpConnection, 'oidcIssuer' | 'oidcClientId' | 'oidcApiAccessEnabled' | 'oidcApiAudience'>;

/** The columns an input writes: absent leaves them, null switches access off and forgets the audience. */
export function apiAccessColumns(input: UpdateConnectionInput): { oidcApiAccessEnabled?: boolean; oidcApiAudience?: string | null } {
  const access = input.oidc?.apiAccess;
  if (access === undefined) return {};
  if (access === null) return { oidcApiAccessEnabled: false, oidcApiAudience: null };
  return { oidcApiAccessEnabled: access.enabled, oidcApiAudience: access.audience };
}

/** The settings as they will be once the input is applied to `before` (nothing stored for a creation). */
function merged(before: Stored | null, input: UpdateConnectionInput): Stored {
  const columns = apiAccessColumns(input);
  const pick = <T>(next: T | undefined, stored: T | null | undefined): T | null => (next === undefined ? (stored ?? null) : next);
  return {
    oidcIssuer: pick(input.oidc?.issuer, before?.oidcIssuer),
    oidcClientId: pick(input.oidc?.clientId, before?.oidcClientId),
    oidcApiAccessEnabled: columns.oidcApiAccessEnabled ?? before?.oidcApiAccessEnabled ?? false,
    oidcApiAudience: pick(columns.oidcApiAudience, before?.oidcApiAudience),
  };
}

/** Refuses API access switched on without what token validation needs. */
export function assertApiAccessComplete(before: Stored | null, input: UpdateConnectionInput): void {
  const after = merged(before, input);
  if (!after.oidcApiAccessEnabled) return;
  const errors: FieldError[] = [];
  if (!after.oidcApiAudience)
    errors.push({ code: 'INVALID_INPUT', field: AUDIENCE_FIELD, message: 'API access needs the audience the IdP puts in access tokens for the platform\'s API.' });
  if (!after.oidcIssuer)
    errors.push({ code: 'INVALID_INPUT', field: ['input', 'oidc', 'issuer'], message: 'API access needs the issuer: it is how an access token finds this connection.' });
  if (after.oidcApiAudience && after.oidcApiAudience === after.oidcClientId)
    errors.push({ code: 'INVALID_INPUT', field: AUDIENCE_FIELD, message: 'The audience must differ from the client ID: ID tokens carry the client ID as their audience, and an ID token is no API token.' });
  if (errors.length) throw new UserInputError(errors);
}

/**
 * One issuer and audience belong to one connection with API access: a token carries no
 * other sign of the account it is for. Checked across all accounts (the message names
 * none), inside the transaction that writes the change.
 */
export async function assertApiAudienceFree(tx: Tx, connection: IdpConnection): Promise<void> {
  if (!connection.oidcApiAccessEnabled || !connection.oidcIssuer || !connection.oidcApiAudience) return;
  const clash = await tx.idpConnection.findFirst({
    where: { oidcIssuer: connection.oidcIssuer, oidcApiAudience: connection.oidcApiAudience, oidcApiAccessEnabled: true, NOT: { id: connection.id } },
    select: { id: true },
  });
  if (clash)
    fail('CONFLICT', AUDIENCE_FIELD, 'Another connection already accepts API tokens from this issuer with this audience. Register an API audience of its own for this account at the IdP and enter it here.');
}
