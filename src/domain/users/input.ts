import { z } from 'zod';

const USER_KINDS = ['USER', 'AGENT'] as const;
export const MAX_IMPORT_ROWS = 100_000;

const username = z.string().trim().min(1, 'Username is required.').max(200, 'Username must be at most 200 characters.');
// Emails match case-insensitively at sign-in, so they are stored lower-cased.
const email = z.string().trim().max(320).pipe(z.email('Not a valid email address.')).transform((e) => e.toLowerCase());
const externalId = z.string().trim().min(1, 'External ID must not be empty.').max(200, 'External ID must be at most 200 characters.');
const displayName = z.string().trim().max(200, 'Display name must be at most 200 characters.');

const fields = {
  username,
  email: email.nullish(),
  externalId: externalId.nullish(),
  displayName: displayName.nullish(),
  isAdmin: z.boolean().optional(),
  passwordSignInAllowed: z.boolean().optional(),
};

/** Agents sign in to the softphone client, never to the admin portal. */
const agentsAreNotAdmins = (u: { kind?: string; isAdmin?: boolean }) => !(u.kind === 'AGENT' && u.isAdmin);
const agentAdminIssue = { message: 'An agent cannot be an admin.', path: ['isAdmin'] };

export const createUserInput = z.object({ ...fields, kind: z.enum(USER_KINDS).default('USER') }).refine(agentsAreNotAdmins, agentAdminIssue);
export const updateUserInput = z.object({ ...fields, username: username.optional(), kind: z.enum(USER_KINDS).optional() });

export type CreateUserInput = z.output<typeof createUserInput>;
