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
import type { Logger } from '../observability/log.ts';
import { describeError } from '../observability/log.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { Authenticator } from '../domain/api-tokens/authenticate.ts';
import { bearerCredential } from '../security/bearer-credential.ts';
import type { Viewer } from '../domain/viewer.ts';
import type { GraphQLContext, IdpTokenCheck } from './context.ts';
import { schema } from './schema.ts';
import { useIntrospectionPolicy } from './plugins/introspection-policy.ts';
import { useOperationMetrics } from './plugins/operation-metrics.ts';
import { renderLocalGraphiQL } from './graphiql-page.ts';

/**
 * By shape, not instanceof: graphql-js may be loaded twice (its ESM and CJS builds, one
 * each for yoga and for us), and an error of the other copy fails instanceof.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error;
}

export interface YogaDeps {
  config: Pick<Config, 'limits' | 'production' | 'publicUrl' | 'allowPrivateNetworks' | 'supportBundleRedaction' | 'graphql'>;
  db: Db;
  secrets: SecretBox;
  logger: Logger;
  metrics?: Metrics;
  /** Validates an IdP access token (R15). Without it a JWT authenticates nothing, like an unknown API token. */
  checkIdpToken?: IdpTokenCheck;
}

export function createGraphQLServer(deps: YogaDeps): YogaServerInstance<Record<string, unknown>, GraphQLContext> {
  const auth = new Authenticator(deps.db);
  /**
   * The viewer of a request. A refused IdP token refuses the whole request (401, or 503
   * when the IdP's keys cannot be read) with its code and trace id: a caller that sent
   * a credential is never silently served as anonymous.
   */
  async function viewerOf(request: Request): Promise<Viewer | null> {
    const credential = bearerCredential(request.headers.get('authorization'));
    if (!credential) return null;
    if (credential.kind === 'API_TOKEN') return auth.viewerFor(credential.token);
    if (!deps.checkIdpToken) return null;
    const outcome = await deps.checkIdpToken(credential.token);
    if (outcome.ok) return outcome.viewer;
    const { code, message, status, traceId, signInCode } = outcome;
    throw new GraphQLError(`${message} Trace ID: ${traceId}.`, {
      extensions: {
        code, traceId, ...(signInCode ? { signInCode } : {}),
        http: { status, headers: status === 401 ? { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${code}"` } : {} },
      },
    });
  }
  const { limits } = deps.config;
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !deps.config.graphql.graphiql ? false : { title: 'SSO control plane', headers: JSON.stringify({ Authorization: 'Bearer <token printed by npm start>' }) },
    renderGraphiQL: renderLocalGraphiQL,
    logging: false,
    maskedErrors: {
      maskError(error) {
        const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
        // Deliberate GraphQL errors (validation, limits, authentication) go out as they are.
        if (isGraphQLError(original)) return error as Error;
        const requestId = randomUUID();
        deps.logger.error({ requestId, ...describeError(original) }, 'graphql.unexpected_error');
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
      useIntrospectionPolicy(deps.config.graphql.introspection),
      ...(deps.metrics ? [useOperationMetrics(deps.metrics)] : []),
    ],
    context: async ({ request }) => ({
      db: deps.db,
      secrets: deps.secrets,
      auth,
      publicUrl: deps.config.publicUrl,
      outbound: { allowPrivateNetworks: deps.config.allowPrivateNetworks, observer: deps.metrics?.observeOutbound },
      supportBundleRedaction: deps.config.supportBundleRedaction,
      observeReadiness: deps.metrics?.observeReadiness ?? (() => {}),
      viewer: await viewerOf(request),
      limits: { maxDepth: limits.maxDepth, maxCost: limits.maxCost },
    }),
  });
}
