// previewUserMatching: who would match nobody, or several people, if a connection
// matched on another identifier field. Counted in SQL, like readiness.
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { visibleRows } from '../viewer.ts';
import { identifierStats } from './checks/check-user-identifiers.ts';
import type { IdentifierField } from '../users/identifier-field.ts';

export async function previewUserMatching(ctx: ServiceContext, connectionId: string, field: IdentifierField) {
  const connection = await ctx.db.idpConnection.findFirst({ where: visibleRows(ctx.viewer, { id: connectionId }) });
  if (!connection) return notFound(['connectionId'], 'IdP connection');
  const stats = await identifierStats(ctx.db, connection.tenantId, field);
  return {
    identifierField: field,
    currentIdentifierField: connection.identifierField,
    totalUsers: stats.total,
    unmatchable: { count: stats.missing, sampleUserIds: stats.missingIds },
    ambiguous: { count: stats.duplicateUsers, groups: stats.duplicateGroups, sampleUserIds: stats.duplicateIds },
  };
}
