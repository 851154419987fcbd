import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/generator/**/*.test.ts', 'tests/checks/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Build-error tests run full builds; two cores, so keep files from fighting over them.
    fileParallelism: false,
  },
});
