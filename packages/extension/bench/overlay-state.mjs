// `node bench/overlay-state.mjs`: the overlay-state benchmark (bench/overlay-state-bench.ts),
// printed as `name: value unit` lines. Loaded through Vite like the unit tests: @onpace/core
// from source, WXT's in-memory browser, and fake-indexeddb for Dexie in Node.
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { createServer, defaultServerConditions } from 'vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));
const conditions = ['@onpace/source', ...defaultServerConditions];
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  plugins: [WxtVitest()],
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: { conditions },
  // WXT's packages go through Vite too, so their `wxt/browser` becomes the in-memory fake.
  ssr: { noExternal: [/^wxt/, /^@wxt-dev\//], resolve: { conditions, externalConditions: conditions } },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  // What WXT's Vitest setup does: the extension APIs are its in-memory fake.
  const { fakeBrowser } = await server.ssrLoadModule('wxt/testing/fake-browser');
  globalThis.chrome = fakeBrowser;
  globalThis.browser = fakeBrowser;
  const { runOverlayStateBench } = await server.ssrLoadModule('/bench/overlay-state-bench.ts');
  for (const line of await runOverlayStateBench()) console.log(`${line.name}: ${line.value} ${line.unit}`);
} finally {
  await server.close();
}
