// Turns zod's findings into FieldErrors with a path under the GraphQL argument.
import type { z } from 'zod';
import { UserInputError, type FieldError } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: string[] = ['input']): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UserInputError(issuesToErrors(result.error.issues, root));
}

export function issuesToErrors(issues: z.core.$ZodIssue[], root: string[], row?: number): FieldError[] {
  return issues.map((issue) => ({
    code: 'INVALID_INPUT' as const,
    field: [...root, ...issue.path.map(String)],
    message: issue.message,
    ...(row === undefined ? {} : { row }),
  }));
}
