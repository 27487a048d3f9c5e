// Prisma's error codes, read in one place: the few database outcomes callers expect
// (a lost insert race, a conditional update that matched nothing, a write conflict).

/** The Prisma error code of `error` (P2002, P2025, …), if it has one. */
const prismaCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;

/** Prisma's unique-constraint violation, raised when a concurrent write won the race. */
export const isUniqueViolation = (error: unknown): boolean => prismaCode(error) === 'P2002';

/** Prisma's "record to update not found": a conditional update matched no row. */
export const isRecordNotFound = (error: unknown): boolean => prismaCode(error) === 'P2025';

/** A concurrent write won: PostgreSQL's serialization failure (P2034), or SQLite busy with another writer. */
export const isWriteConflict = (error: unknown): boolean =>
  prismaCode(error) === 'P2034' || /serializ|could not serialize|SQLITE_BUSY|database is locked/i.test(String((error as Error | undefined)?.message));
