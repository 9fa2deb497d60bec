import { type CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src, from the public API schema that `npm run compose` writes.
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
