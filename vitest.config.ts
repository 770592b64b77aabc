import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // swc emits the decorator metadata that type-graphql and MikroORM read; esbuild does not.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'es6' },
    }),
  ],
  resolve: {
    // One graphql instance: the packages that require() it and our code must share the CJS build.
    alias: ['graphql', 'graphql-query-complexity', 'graphql-depth-limit'].map((name) => ({
      find: new RegExp(`^${name}$`),
      replacement: require.resolve(name),
    })),
  },
  test: {
    include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts', 'kiosk/tests/**/*.test.ts'],
    setupFiles: ['server/src/test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './scripts/test-summary-reporter.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
