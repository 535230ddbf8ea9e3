import '../../tooling/vitest-node20-compat';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Replaces `wxt/browser` with WXT's in-memory fakeBrowser and sets WXT's globals.
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts'],
    // The root test summary reads test-results/vitest.json: keep this path.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
