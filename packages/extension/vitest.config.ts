import '../../tooling/vitest-node20-compat';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest does not apply wxt.config.ts's `vite.resolve`, so the '@onpace/source' condition
// (use @onpace/core's TypeScript source, no core build needed) is repeated here, for both the
// client and the server resolution Vitest may use.
const SOURCE_CONDITION = '@onpace/source';

export default defineConfig({
  // Replaces `wxt/browser` with WXT's in-memory fakeBrowser and sets WXT's globals.
  plugins: [WxtVitest()],
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    include: ['test/**/*.test.ts'],
    // IndexedDB for Dexie in Node, installed before any module captures the global.
    setupFiles: ['fake-indexeddb/auto', 'test/support/fresh-secrets.ts'],
    // The root test summary reads test-results/vitest.json: keep this path.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
