// Bulk import of users and agents: all or nothing. Every row is validated first and
// every problem is reported with its row index and field; only a clean batch is written,
// in one transaction with one audit event.
import { uuidv7 } from '../../db/ids.ts';
import { dialectOf } from '../../db/client.ts';
import { insertUsers } from '../../db/bulk-insert.ts';
import type { ServiceContext } from '../context.ts';
import { UserInputError, fail, type FieldError } from '../errors.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { issuesToErrors } from '../validation.ts';
import { recordAudit } from '../audit/record.ts';
import { findVisibleTenant } from '../tenants/service.ts';
// One row of an import is validated exactly like a createUser input.
import { MAX_IMPORT_ROWS, createUserInput as importUserRow, type CreateUserInput } from './input.ts';
import { lockTenantForConfigChange } from '../readiness/lock.ts';

/** Enough to fix a file by; the total is in the message of the last one. */
const MAX_REPORTED_ERRORS = 100;
/** Usernames per lookup statement: well under SQLite's and PostgreSQL's bind limits. */
const CHUNK = 2_000;

function validateRows(rows: unknown[]): { valid: CreateUserInput[]; errors: FieldError[] } {
  const valid: CreateUserInput[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, row) => {
    const parsed = importUserRow.safeParse(raw);
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.error.issues, ['input', 'users', String(row)], row));
      return;
    }
    const first = seen.get(parsed.data.username);
    if (first !== undefined) {
      errors.push({ code: 'CONFLICT', row, field: ['input', 'users', String(row), 'username'], message: `The username "${parsed.data.username}" also appears in row ${first}.` });
      return;
    }
    seen.set(parsed.data.username, row);
    valid.push(parsed.data);
  });
  return { valid, errors };
}

async function existingUsernameErrors(ctx: ServiceContext, tenantId: string, rows: CreateUserInput[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if ((await ctx.db.user.count({ where: { tenantId } })) === 0) return errors;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const taken = await ctx.db.user.findMany({ where: { tenantId, username: { in: chunk.map((r) => r.username) } }, select: { username: true } });
    const takenSet = new Set(taken.map((t) => t.username));
    chunk.forEach((r, i) => {
      if (takenSet.has(r.username))
        errors.push({ code: 'CONFLICT', row: start + i, field: ['input', 'users', String(start + i), 'username'], message: `The username "${r.username}" is already taken in this account.` });
    });
  }
  return errors;
}

function report(errors: FieldError[]): never {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  if (errors.length > shown.length) {
    const last = shown[shown.length - 1]!;
    shown[shown.length - 1] = { ...last, message: `${last.message} (${errors.length} problems in all; the first ${MAX_REPORTED_ERRORS} are listed)` };
  }
  throw new UserInputError(shown);
}

export async function importUsers(ctx: ServiceContext, tenantId: string, rows: unknown[]): Promise<{ importedCount: number }> {
  if (rows.length > MAX_IMPORT_ROWS) fail('LIMIT_EXCEEDED', ['input', 'users'], `At most ${MAX_IMPORT_ROWS} rows can be imported at once (got ${rows.length}).`);
  if (rows.length === 0) fail('INVALID_INPUT', ['input', 'users'], 'There are no rows to import.');
  await findVisibleTenant(ctx, tenantId, ['input', 'tenantId']);

  const { valid, errors } = validateRows(rows);
  if (errors.length) report(errors);
  const clashes = await existingUsernameErrors(ctx, tenantId, valid);
  if (clashes.length) report(clashes);

  const now = new Date();
  try {
    await ctx.db.$transaction(
      async (tx) => {
        await lockTenantForConfigChange(ctx.db, tx, tenantId);
        await insertUsers(
          tx,
          dialectOf(ctx.db),
          valid.map((r) => ({
            id: uuidv7(), tenantId, kind: r.kind, username: r.username, email: r.email ?? null, externalId: r.externalId ?? null,
            displayName: r.displayName ?? null, isAdmin: r.isAdmin ?? false, passwordSignInAllowed: r.passwordSignInAllowed ?? true, createdAt: now,
          })),
        );
        await recordAudit(tx, ctx.viewer, { tenantId, action: 'user.import', targetType: 'Tenant', targetId: tenantId, after: { importedCount: valid.length } });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // A concurrent writer took a username between the check and the insert.
    if (isUniqueViolation(error)) report(await existingUsernameErrors(ctx, tenantId, valid));
    throw error;
  }
  return { importedCount: valid.length };
}
