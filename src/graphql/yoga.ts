// graphql-yoga over the Pothos schema. Optional behaviour is a plugin: request-shape
// limits (graphql-armor: aliases, tokens, directives, field suggestions), while depth
// and cost are the Pothos complexity plugin's (it knows page sizes). Unexpected errors
// are masked: the response gets a request id, the log gets a redacted line, neither a
// stack trace.
import { randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { describeError } from '../log.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { Authenticator } from '../domain/api-tokens/authenticate.ts';
import { bearerToken } from '../security/api-tokens.ts';
import type { GraphQLContext } from './context.ts';
import { schema } from './schema.ts';
import { renderLocalGraphiQL } from './graphiql-page.ts';

/**
 * By shape, not instanceof: graphql-js may be loaded twice (its ESM and CJS builds, one
 * each for yoga and for us), and an error of the other copy fails instanceof.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error;
}

export interface YogaDeps {
  config: Pick<Config, 'limits' | 'production' | 'publicUrl' | 'allowPrivateNetworks' | 'supportBundleRedaction'>;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
}

export function createGraphQLServer(deps: YogaDeps): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  const auth = new Authenticator(deps.db);
  const { limits } = deps.config;
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: deps.config.production ? false : { title: 'SSO control plane', headers: JSON.stringify({ Authorization: 'Bearer <token printed by npm start>' }) },
    renderGraphiQL: renderLocalGraphiQL,
    logging: false,
    maskedErrors: {
      maskError(error) {
        const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
        // Deliberate GraphQL errors (validation, limits, authentication) go out as they are.
        if (isGraphQLError(original)) return error as Error;
        const requestId = randomUUID();
        deps.logger.error('graphql.unexpected_error', { requestId, ...describeError(original) });
        return new GraphQLError(`Unexpected error. Quote request id ${requestId} to support.`, { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { enabled: false },
        costLimit: { enabled: false },
        maxAliases: { enabled: true, n: limits.maxAliases },
        maxTokens: { enabled: true, n: limits.maxTokens },
        maxDirectives: { enabled: true, n: 20 },
        blockFieldSuggestion: { enabled: deps.config.production },
      }),
    ],
    context: async ({ request }) => ({
      db: deps.db,
      secrets: deps.secrets,
      auth,
      publicUrl: deps.config.publicUrl,
      allowPrivateNetworks: deps.config.allowPrivateNetworks,
      supportBundleRedaction: deps.config.supportBundleRedaction,
      viewer: await auth.viewerFor(bearerToken(request.headers.get('authorization'))),
      limits: { maxDepth: limits.maxDepth, maxCost: limits.maxCost },
    }),
  });
}
