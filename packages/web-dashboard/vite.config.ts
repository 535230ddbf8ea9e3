import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

// '@onpace/source' makes workspace packages (such as @onpace/core) resolve to their
// TypeScript source instead of their built `dist`, in the browser build and in Vitest
// (which resolves through the server conditions), so no core build is needed first.
const SOURCE_CONDITION = '@onpace/source';

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultServerConditions],
    },
  },
  build: {
    // One bundle of ~510 KB (~155 KB gzip: React DOM, zod, Dexie, core): the benchmark tracks its
    // gzipped size and the 200-plan paint time, so Vite's generic 500 KB warning adds nothing.
    chunkSizeWarningLimit: 600,
  },
  preview: {
    // Several checkouts on one machine can run their e2e suites side by side on their own ports.
    port: Number(process.env.ONPACE_DASHBOARD_PORT ?? 4173),
    strictPort: true,
  },
});
