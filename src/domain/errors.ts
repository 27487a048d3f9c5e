// Expected failures. Services throw UserInputError; the GraphQL layer turns it into a
// payload's `userErrors` (code + field path), never a bare string. Anything else is an
// unexpected error and is masked before it reaches a response.

export const USER_ERROR_CODES = {
  INVALID_INPUT: 'A field is missing, malformed or out of range.',
  NOT_FOUND: 'The object does not exist, or is not visible to this token.',
  FORBIDDEN: 'This token may not perform the operation.',
  CONFLICT: 'The change clashes with existing data (for example a name already taken).',
  LIMIT_EXCEEDED: 'The request is larger than the operation allows.',
  NOT_READY: 'SSO cannot be enabled yet: the readiness report lists the blockers.',
} as const;

export type UserErrorCode = keyof typeof USER_ERROR_CODES;

export interface FieldError {
  code: UserErrorCode;
  message: string;
  /** Path to the offending input field, e.g. ["input", "accountName"]. */
  field: string[];
  /** For bulk operations: the 0-based index of the offending row. */
  row?: number;
}

export class UserInputError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'UserInputError';
  }
}

export function fail(code: UserErrorCode, field: string[], message: string): never {
  throw new UserInputError([{ code, field, message }]);
}

export const notFound = (field: string[], what: string): never => fail('NOT_FOUND', field, `${what} not found.`);
