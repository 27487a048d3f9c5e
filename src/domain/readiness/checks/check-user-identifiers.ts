// R19 / R11: every user and agent needs a value in the identifier field, and a unique one.
// Counted in SQL (no per-user objects in memory, whatever the account's size).
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';
import { IDENTIFIER_COLUMN, IDENTIFIER_LABEL, identifierColumnSql, sharedIdentifierValues, type IdentifierField } from '../../users/identifier-field.ts';
import { lockedOut } from '../locked-out.ts';

const SAMPLE = 5;

export async function identifierStats(db: ReadinessInput['db'], tenantId: string, field: IdentifierField) {
  const column = identifierColumnSql(field);
  const shared = sharedIdentifierValues(tenantId, field);
  const [totals] = await db.$queryRaw<{ total: bigint | number; missing: bigint | number }[]>`
    SELECT COUNT(*) AS total, COUNT(*) - COUNT(${column}) AS missing FROM "User" WHERE "tenantId" = ${tenantId}`;
  const missingIds = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "tenantId" = ${tenantId} AND ${column} IS NULL ORDER BY "id" LIMIT ${SAMPLE}`;
  const [dupes] = await db.$queryRaw<{ groups: bigint | number | null; users: bigint | number | null }[]>`
    SELECT COUNT(*) AS groups, SUM(n) AS users FROM (${shared}) d`;
  const dupeIds = Number(dupes?.groups ?? 0)
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT u."id" FROM "User" u WHERE u."tenantId" = ${tenantId} AND u.${column} IN (
          SELECT value FROM (${shared}) d LIMIT ${SAMPLE}
        ) ORDER BY u."id" LIMIT ${SAMPLE}`
    : [];
  return {
    total: Number(totals?.total ?? 0),
    missing: Number(totals?.missing ?? 0),
    missingIds: missingIds.map((r) => r.id),
    duplicateGroups: Number(dupes?.groups ?? 0),
    duplicateUsers: Number(dupes?.users ?? 0),
    duplicateIds: dupeIds.map((r) => r.id),
  };
}

export async function checkUserIdentifiers({ db, tenant, connections }: ReadinessInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  const fields = [...new Set(connections.map((c) => c.identifierField))];
  // Of those without a value, the ones no other connection matches and who have no password
  // sign-in: exactly enableSso's locked-out people for a missing value (locked-out.ts).
  const withoutFallback = fields.length ? (await lockedOut(db, tenant.id, fields, { missingOnly: true, sample: 0 })).count : 0;
  for (const field of fields) {
    const using = connections.filter((c) => c.identifierField === field).map(label).join(', ');
    const stats = await identifierStats(db, tenant.id, field);
    const params = { connection: using, field: IDENTIFIER_LABEL[field], column: IDENTIFIER_COLUMN[field] };
    if (stats.total > 0 && stats.missing === stats.total) findings.push(finding('NO_MATCHABLE_USERS', params, { type: 'User', count: stats.missing, firstIds: stats.missingIds }));
    else if (stats.missing > 0) findings.push(finding('USERS_UNMATCHABLE', { ...params, count: stats.missing, lockedOut: withoutFallback }, { type: 'User', count: stats.missing, firstIds: stats.missingIds }));
    if (stats.duplicateGroups > 0)
      findings.push(finding('DUPLICATE_IDENTIFIERS', { ...params, count: stats.duplicateUsers, groups: stats.duplicateGroups }, { type: 'User', count: stats.duplicateUsers, firstIds: stats.duplicateIds }));
  }
  return findings;
}
