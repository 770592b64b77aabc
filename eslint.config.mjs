// ESLint over the server, scripts and kiosk: typescript-eslint's recommended rules; layout is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'kiosk/.next/**', 'kiosk/src/gql/**', 'kiosk/next-env.d.ts', 'node_modules/**', 'test-output/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // GraphQL answers and ORM rows are loosely typed at the edges; tests read them freely.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // type-graphql and MikroORM take classes as values: `Function` is their own type.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  prettier,
);
