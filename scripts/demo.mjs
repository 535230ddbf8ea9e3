// The README's main job: build every package, then walk the demo story (packages/demo) in Debian's
// Chromium with the built extension, against the fake CRM at the real CRM host names and the
// dashboard preview. Headed with a DISPLAY (the browser stays open until Ctrl-C), else headless.
// Screenshots of each step go to demo-output/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

ensureChromium();
console.log('Building every package (turbo run build)…');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { main } = await import('../packages/demo/dist/cli.js');
const code = await main();

const extension = join(root, 'packages/extension/.output/chrome-mv3');
console.log(`\nThe real extension is built in ${extension}`);
console.log(
  '  Chrome or Edge: chrome://extensions (edge://extensions) → Developer mode → Load unpacked → that folder',
);
console.log(
  '  Firefox: pnpm --filter @onpace/extension build:firefox, then about:debugging → Load Temporary Add-on',
);
process.exit(code);
