// `node bench/team-sync.mjs`: the team sync benchmark (bench/team-sync-bench.ts), printed as
// `name: value unit` lines. The engine is TypeScript; Vite's SSR loader runs it as the unit
// tests do, with @onpace/core from source, so the benchmark needs no build of its own.
import { fileURLToPath } from 'node:url';
import { createServer, defaultServerConditions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const conditions = ['@onpace/source', ...defaultServerConditions];
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const { runTeamSyncBench } = await server.ssrLoadModule('/bench/team-sync-bench.ts');
  for (const line of await runTeamSyncBench()) {
    console.log(`${line.name}: ${line.value}${line.unit ? ` ${line.unit}` : ''}`);
    if (line.value === 'NO') failed = true;
  }
} finally {
  await server.close();
}
if (failed) process.exitCode = 1;
