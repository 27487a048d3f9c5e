import { z } from 'zod';

/**
 * The account name appears in login URLs (`/login?account=AccountName`, R02), so it is
 * URL-safe: letters, digits, '.', '_' and '-', starting with a letter or digit.
 */
const accountName = z
  .string()
  .trim()
  .min(2, 'Account name must be 2 to 64 characters.')
  .max(64, 'Account name must be 2 to 64 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Account name may contain only letters, digits, ".", "_" and "-", and must start with a letter or digit.');

const displayName = z.string().trim().min(1, 'Display name is required.').max(200, 'Display name must be at most 200 characters.');

export const createTenantInput = z.object({ accountName, displayName });
export const updateTenantInput = z.object({
  accountName: accountName.optional(),
  displayName: displayName.optional(),
});

export const accountKey = (name: string) => name.toLowerCase();
