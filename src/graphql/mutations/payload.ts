// Shopify-style mutation results: every payload carries its object (null on failure)
// and `userErrors` (empty on success). Expected failures never surface as GraphQL errors.
import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.ts';
import { UserError } from '../types/user-error.ts';
import { UserInputError, type FieldError } from '../../domain/errors.ts';

export interface Payload<T> {
  result: T | null;
  userErrors: FieldError[];
}

/** Runs a domain operation; its UserInputError becomes the payload's userErrors. */
export async function attempt<T>(operation: () => Promise<T>): Promise<Payload<T>> {
  try {
    return { result: await operation(), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, userErrors: error.errors };
    throw error;
  }
}

/** `<Name>Payload { <field>: <type>, userErrors: [UserError!]! }` */
export function payloadType<T>(name: string, field: string, type: ObjectRef<any, T>, description: string) {
  return builder.objectRef<Payload<T>>(`${name}Payload`).implement({
    fields: (t) => ({
      [field]: t.field({ type, nullable: true, description, resolve: (p) => p.result as never }),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors }),
    }),
  });
}
