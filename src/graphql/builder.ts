// The one Pothos builder. Plugins: scope-auth (who may call what), prisma (types backed
// by Prisma models, N+1-free selections), relay (global IDs, node, connections) and
// complexity (depth / breadth / cost limits computed before anything runs).
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ComplexityPlugin from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import type PrismaTypes from '../db/generated/pothos-types.ts';
import { getDatamodel } from '../db/generated/pothos-types.ts';
import type { GraphQLContext } from './context.ts';
import { isAdministrator } from '../domain/viewer.ts';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  /** authenticated: may read and change its tenant (operator, tenant admin); identified: any credential at all. */
  AuthScopes: { authenticated: boolean; operator: boolean; identified: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date }; JSON: { Input: unknown; Output: unknown } };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ authenticated: isAdministrator(ctx.viewer), operator: ctx.viewer?.role === 'OPERATOR', identified: ctx.viewer !== null }),
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new GraphQLError(
            isAdministrator(context.viewer)
              ? 'This token may not perform the operation.'
              : 'This IdP token names no admin of the account: it may only ask who it is (viewer). Use the token of a user who is an admin of the account, or an API token.',
            { extensions: { code: 'FORBIDDEN' } },
          )
        : new GraphQLError('Authentication required: send an API token as "Authorization: Bearer <token>".', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }),
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { authScopes: { authenticated: true } },
    nodesQueryOptions: { authScopes: { authenticated: true } },
  },
  complexity: {
    defaultComplexity: 1,
    // Connections set their own multiplier from `first`/`last` (see pagination.ts).
    defaultListMultiplier: 1,
    limit: (ctx) => ({ complexity: ctx.limits.maxCost, depth: ctx.limits.maxDepth, breadth: 1_000 }),
    complexityError: (kind, result) =>
      new GraphQLError(
        kind === 'Depth'
          ? `Query is too deep: depth ${result.depth} exceeds the limit of ${result.maxDepth}.`
          : kind === 'Breadth'
            ? `Query selects too many fields: ${result.breadth} exceeds the limit of ${result.maxBreadth}.`
            : `Query is too costly: cost ${result.complexity} exceeds the limit of ${result.maxComplexity}. Ask for smaller pages.`,
        { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: kind.toLowerCase() } },
      ),
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string.');
    return date;
  },
});

builder.queryType({});
builder.mutationType({});

builder.scalarType('JSON', {
  description: 'A JSON value (object, array, string, number, boolean or null), as documented on the field.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
