// Typed GraphQL documents from schema.graphql, as a frontend would generate them. The
// API tests and benchmarks write their operations with `graphql(...)` from the output.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/graphql/generated/': {
      preset: 'client',
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
