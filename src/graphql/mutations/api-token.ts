import { builder } from '../builder.ts';
import { serviceContext } from '../context.ts';
import { localId } from '../global-id.ts';
import { ApiToken } from '../types/api-token.ts';
import { ApiRole } from '../types/enums.ts';
import { UserError } from '../types/user-error.ts';
import { attempt, payloadType } from './payload.ts';
import { createApiToken, revokeApiToken } from '../../domain/api-tokens/service.ts';

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    role: t.field({ type: ApiRole, required: true }),
    tenantId: t.id({ description: 'Required for TENANT_ADMIN tokens; absent for OPERATOR tokens.' }),
  }),
});
const CreateApiTokenPayload = builder
  .objectRef<{ apiToken: unknown; token: string | null; userErrors: unknown[] }>('CreateApiTokenPayload')
  .implement({
    fields: (t) => ({
      apiToken: t.field({ type: ApiToken, nullable: true, resolve: (p) => p.apiToken as never }),
      token: t.exposeString('token', { nullable: true, description: 'The bearer token. Shown this once: only its hash is stored.' }),
      userErrors: t.field({ type: [UserError], resolve: (p) => p.userErrors as never }),
    }),
  });
builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreateApiTokenPayload,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const outcome = await attempt(() =>
        createApiToken(serviceContext(ctx), input.tenantId ? localId(String(input.tenantId), 'Tenant', ['input', 'tenantId']) : null, input),
      );
      return { apiToken: outcome.result?.apiToken ?? null, token: outcome.result?.token ?? null, userErrors: outcome.userErrors };
    },
  }),
);

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: payloadType('RevokeApiToken', 'apiToken', ApiToken, 'The revoked token.'),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const outcome = await attempt(() => revokeApiToken(serviceContext(ctx), localId(String(input.id), 'ApiToken', ['input', 'id'])));
      if (outcome.result) ctx.auth.forget();
      return outcome;
    },
  }),
);
