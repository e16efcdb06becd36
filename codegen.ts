// GraphQL Code Generator: typed documents for the tests (test/gql/), from the printed schema.
// `npm run codegen` after changing schema.graphql or a graphql(`…`) document in test/;
// `npm run codegen:check` (run by the test suite) fails when test/gql/ is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // NodeNext resolution wants explicit .js extensions in the generated imports.
        importExtension: '.js',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'any' },
      },
    },
  },
};

export default config;
