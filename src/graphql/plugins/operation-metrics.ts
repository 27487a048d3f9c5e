// GraphQL operations as metrics: one count per operation by name, type and result (ok,
// error: the response carries errors; invalid: it failed validation and never ran), and
// its execution time. Operation names are the client's choice, so at most 200 distinct
// names are kept and anything else counts as `other`.
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { cappedLabel, type Metrics } from '../../observability/metrics.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function describe(document: DocumentNode, operationName: string | null | undefined, label: (name: string | undefined) => string) {
  const operation = getOperationAST(document, operationName ?? undefined);
  return { operation: label(operation?.name?.value), type: operation?.operation ?? 'unknown' };
}

export function useOperationMetrics(metrics: Metrics): Plugin {
  const label = cappedLabel(200, (name) => NAME.test(name));
  return {
    onValidate({ params }) {
      return ({ valid }) => {
        if (!valid) metrics.graphqlOperations.inc({ ...describe(params.documentAST, undefined, label), result: 'invalid' });
      };
    },
    onExecute({ args }) {
      const began = performance.now();
      const labels = describe(args.document, args.operationName, label);
      return {
        onExecuteDone({ result }) {
          const failed = 'errors' in result && Boolean((result as { errors?: readonly unknown[] }).errors?.length);
          metrics.graphqlOperations.inc({ ...labels, result: failed ? 'error' : 'ok' });
          metrics.graphqlDuration.observe(labels, (performance.now() - began) / 1000);
        },
      };
    },
  };
}
