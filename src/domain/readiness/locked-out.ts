// Who switching SSO on would lock out: people without password sign-in whom no
// connection's identifier field can single out (no value there, or a value someone else
// shares). The one rule behind enableSso's `lockedOut` list and the USERS_UNMATCHABLE
// warning's "would be locked out" count, so the two always agree.
import { Prisma, type Db, type Tx } from '../../db/client.ts';
import { identifierColumnSql, sharedIdentifierValues, type IdentifierField as Field } from '../users/identifier-field.ts';

export interface LockedOut {
  count: number;
  sampleUserIds: string[];
}

/** No value in `field`, or (with `shared`) a value another user of the tenant has too. */
function unmatchableBy(tenantId: string, field: Field, shared: boolean): Prisma.Sql {
  const column = identifierColumnSql(field);
  if (!shared) return Prisma.sql`u.${column} IS NULL`;
  return Prisma.sql`(u.${column} IS NULL OR u.${column} IN (SELECT value FROM (${sharedIdentifierValues(tenantId, field)}) d))`;
}

async function countAndSample(db: Db | Tx, where: Prisma.Sql, sample: number): Promise<LockedOut> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "User" u WHERE ${where}`;
  const ids = sample > 0 ? await db.$queryRaw<{ id: string }[]>`SELECT u."id" FROM "User" u WHERE ${where} ORDER BY u."id" LIMIT ${sample}` : [];
  return { count: Number(row?.n ?? 0), sampleUserIds: ids.map((r) => r.id) };
}

/**
 * People SSO would lock out, given the identifier fields of the tenant's connections.
 * `missingOnly`: only those with no value in any of them (USERS_UNMATCHABLE); otherwise
 * shared values count too (enableSso's list).
 */
export async function lockedOut(db: Db | Tx, tenantId: string, fields: readonly Field[], options: { missingOnly?: boolean; sample?: number } = {}): Promise<LockedOut> {
  const conditions = fields.map((f) => unmatchableBy(tenantId, f, !options.missingOnly));
  const where = Prisma.sql`u."tenantId" = ${tenantId} AND u."passwordSignInAllowed" = ${false}${conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}`;
  return countAndSample(db, where, options.sample ?? 20);
}
