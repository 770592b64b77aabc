// ESLint over the server, scripts and kiosk: typescript-eslint's recommended rules; layout is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'kiosk/.next/**', 'kiosk/src/gql/**', 'kiosk/next-env.d.ts', 'node_modules/**', 'test-output/**', 'data/**', '.ci/node24/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // type-graphql and MikroORM take classes as values: `Function` is their own type.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // The exceptions: tests read GraphQL answers loosely (the harness's `gql<T = any>`, `gqlAt`),
    // and the benchmarks and scripts likewise, until they take codegen's typed documents.
    files: ['server/src/**/*.test.ts', 'server/src/test/**', 'kiosk/tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['kiosk/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  prettier,
);
