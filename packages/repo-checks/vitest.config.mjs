import '../../tooling/vitest-node20-compat.ts';
import { defineConfig } from 'vitest/config';

// The tests live beside the scripts they test (scripts/*.test.mjs); this package only gives them
// a place in the workspace, so `turbo run test` runs them and test-all counts them.
export default defineConfig({
  test: {
    dir: '../../scripts',
    include: ['**/*.test.mjs'],
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
