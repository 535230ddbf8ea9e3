import '../../tooling/vitest-node20-compat';
import { defineConfig } from 'vitest/config';

// '@onpace/source' resolves workspace packages (@onpace/core) to their TypeScript source, so the
// tests need no core build first. Vitest resolves through the server conditions.
// (Vite's own server conditions follow; spelled out because vite is not a direct dependency here.)
const CONDITIONS = ['@onpace/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions: CONDITIONS },
  ssr: { resolve: { conditions: CONDITIONS } },
  test: {
    include: ['test/**/*.test.ts'],
    // Each test file starts its own server on a free port; certificates take ~0.2 s to make.
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
