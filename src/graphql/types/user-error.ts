import { builder } from '../builder.ts';
import { USER_ERROR_CODES, type FieldError } from '../../domain/errors.ts';

const UserErrorCode = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input. Stable: clients may branch on it.',
  values: Object.fromEntries(Object.entries(USER_ERROR_CODES).map(([code, description]) => [code, { description }])) as Record<
    keyof typeof USER_ERROR_CODES,
    { description: string }
  >,
});

export const UserError = builder.objectRef<FieldError>('UserError').implement({
  description: 'An expected failure of a mutation: nothing was changed.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCode, resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'Human-readable; safe to show to the admin.' }),
    field: t.exposeStringList('field', { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "accountName"].' }),
    row: t.exposeInt('row', { nullable: true, description: 'For bulk mutations: the 0-based index of the row at fault.' }),
  }),
});
