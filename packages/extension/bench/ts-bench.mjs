// Runs one TypeScript benchmark module of this folder and prints its lines as `name: value unit`.
// Vite's SSR loader runs the module as the unit tests do, with @onpace/core from source, so the
// benchmarks need no build of their own. A line whose value is `NO` (a goal not met) sets the
// exit code.
import { fileURLToPath } from 'node:url';
import { createServer, defaultServerConditions } from 'vite';

export async function runTsBench(modulePath, exportName) {
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
    const module = await server.ssrLoadModule(modulePath);
    for (const line of await module[exportName]()) {
      console.log(`${line.name}: ${line.value}${line.unit ? ` ${line.unit}` : ''}`);
      if (line.value === 'NO') failed = true;
    }
  } finally {
    await server.close();
  }
  if (failed) process.exitCode = 1;
}
