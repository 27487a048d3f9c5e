// Who may introspect the schema (GRAPHQL_INTROSPECTION): everyone, platform operators
// only (production's default), or no one. Checked at execution, where the caller's token
// is known; an introspection query refused here never runs. `__typename` is not
// introspection and is always allowed.
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { IntrospectionPolicy } from '../../config.ts';
import type { GraphQLContext } from '../context.ts';

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function useIntrospectionPolicy(policy: IntrospectionPolicy): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (policy === 'on' || !asksForIntrospection(args.document)) return;
      const viewer = (args.contextValue as GraphQLContext).viewer;
      if (policy === 'operator' && viewer?.role === 'OPERATOR') return;
      const message = policy === 'off' ? 'Introspection is disabled on this server.' : 'Introspection is only available to platform operators on this server.';
      setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code: 'INTROSPECTION_DISABLED' } })] });
    },
  };
}
