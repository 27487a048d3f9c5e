// The identifier field a connection matches users on (R10, R11): which user column it
// is, how it reads in a message, where an IdP identity carries it, and the one SQL that
// finds values shared by several users. Sign-in matching, readiness, the locked-out list
// and the matching preview all read it from here.
import { Prisma } from '../../db/client.ts';

export const IDENTIFIER_FIELDS = ['EMAIL', 'USERNAME', 'EXTERNAL_ID'] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];

/** The User column that holds each identifier. */
export const IDENTIFIER_COLUMN = { EMAIL: 'email', USERNAME: 'username', EXTERNAL_ID: 'externalId' } as const satisfies Record<IdentifierField, string>;

/** How the identifier reads in a sentence. */
export const IDENTIFIER_LABEL = { EMAIL: 'email', USERNAME: 'username', EXTERNAL_ID: 'external ID' } as const satisfies Record<IdentifierField, string>;

/** The value an IdP identity carries for the field (null when the IdP sent none). */
export function identifierOf(identity: { email?: string | null; username?: string | null; externalId?: string | null }, field: IdentifierField): string | null {
  return (field === 'EMAIL' ? identity.email : field === 'USERNAME' ? identity.username : identity.externalId) ?? null;
}

/** `where` for the users holding `value` in the field (emails are stored lower-case). */
export function userWithIdentifier(field: IdentifierField, value: string): { email: string } | { username: string } | { externalId: string } {
  return field === 'EMAIL' ? { email: value.toLowerCase() } : field === 'USERNAME' ? { username: value } : { externalId: value };
}

/** The quoted column, for raw SQL. */
export const identifierColumnSql = (field: IdentifierField) => Prisma.raw(`"${IDENTIFIER_COLUMN[field]}"`);

/**
 * Values of the field that more than one user of the tenant holds, one row each:
 * `value` and `n` (how many hold it). The one duplicate-identifier query.
 */
export function sharedIdentifierValues(tenantId: string, field: IdentifierField): Prisma.Sql {
  const column = identifierColumnSql(field);
  return Prisma.sql`SELECT ${column} AS value, COUNT(*) AS n FROM "User" WHERE "tenantId" = ${tenantId} AND ${column} IS NOT NULL GROUP BY ${column} HAVING COUNT(*) > 1`;
}
