import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { User } from '../types/user.ts';
import { UserKind } from '../types/enums.ts';
import { UserError } from '../types/user-error.ts';
import { attempt, payloadType } from './payload.ts';
import { createUser, deleteUser, updateUser } from '../../domain/users/service.ts';
import { importUsers } from '../../domain/users/import.ts';

const UserPayload = (name: string, description = 'The user; null when userErrors is not empty.') => payloadType(name, 'user', User, description);

const userFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<{}>, 'InputObject'>) => ({
  email: t.string({ description: 'Matched case-insensitively at sign-in; stored lower-cased. Need not be unique (duplicates are reported by readiness).' }),
  externalId: t.string({ description: 'The IdP-side identifier, when matching by external ID.' }),
  displayName: t.string(),
  isAdmin: t.boolean({ description: 'Admins manage the account; agents cannot be admins.' }),
  passwordSignInAllowed: t.boolean({ description: 'Keep password sign-in while SSO is on (break-glass). Default true.' }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    tenantId: t.id({ required: true }),
    username: t.string({ required: true, description: 'Unique within the account.' }),
    kind: t.field({ type: UserKind, description: 'Default USER.' }),
    ...userFields(t as never),
  }),
});
builder.mutationField('createUser', (t) =>
  t.field({
    type: UserPayload('CreateUser'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => createUser(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']), withoutNulls(input))),
  }),
);

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Absent fields are left as they are; null clears email, externalId and displayName.',
  fields: (t) => ({
    id: t.id({ required: true }),
    username: t.string(),
    kind: t.field({ type: UserKind }),
    ...userFields(t as never),
  }),
});
builder.mutationField('updateUser', (t) =>
  t.field({
    type: UserPayload('UpdateUser'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => updateUser(serviceContext(ctx), localId(String(input.id), 'User', ['input', 'id']), input)),
  }),
);

const DeleteUserInput = builder.inputType('DeleteUserInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
builder.mutationField('deleteUser', (t) =>
  t.field({
    type: UserPayload('DeleteUser', 'The user as it was before deletion.'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteUserInput, required: true }) },
    resolve: (_, { input }, ctx) => attempt(() => deleteUser(serviceContext(ctx), localId(String(input.id), 'User', ['input', 'id']))),
  }),
);

const ImportUserRow = builder.inputType('ImportUserRow', {
  fields: (t) => ({
    username: t.string({ required: true }),
    kind: t.field({ type: UserKind, description: 'Default USER.' }),
    ...userFields(t as never),
  }),
});
const ImportUsersInput = builder.inputType('ImportUsersInput', {
  fields: (t) => ({
    tenantId: t.id({ required: true }),
    users: t.field({ type: [ImportUserRow], required: true, description: 'Up to 100,000 rows. Send them as a variable, not inline.' }),
  }),
});
const ImportUsersPayload = builder.objectRef<{ importedCount: number; userErrors: unknown[] }>('ImportUsersPayload').implement({
  description: 'All or nothing: either every row was imported, or none was and userErrors names each bad row (row index and field).',
  fields: (t) => ({
    importedCount: t.exposeInt('importedCount'),
    userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors as never }),
  }),
});
builder.mutationField('importUsers', (t) =>
  t.field({
    type: ImportUsersPayload,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ImportUsersInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const outcome = await attempt(() =>
        importUsers(serviceContext(ctx), localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']), input.users.map(withoutNulls)),
      );
      return { importedCount: outcome.result?.importedCount ?? 0, userErrors: outcome.userErrors };
    },
  }),
);

/** For create-style inputs, an explicit null means the same as leaving the field out. */
function withoutNulls<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;
}
