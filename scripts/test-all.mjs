// The README's test command: lint, build, typecheck, unit tests and e2e tests of every package,
// then one closing line "N passed, N failed" that totals every test runner's report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir).filter((name) =>
  existsSync(join(packagesDir, name, 'package.json')),
);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

for (const name of packages) {
  for (const report of ['vitest.json', 'playwright.json'])
    rmSync(join(packagesDir, name, 'test-results', report), { force: true });
}

const steps = [
  ['lint', ['pnpm', 'exec', 'biome', 'check', '.']],
  // Nothing may point outside the repository, and every link and docs/<name>.md must resolve.
  ['self-contained', ['node', 'scripts/check-self-contained.mjs']],
  ['import boundaries', ['pnpm', 'check:deps']],
  ['build', ['pnpm', 'exec', 'turbo', 'run', 'build']],
  ['typecheck', ['pnpm', 'exec', 'turbo', 'run', 'typecheck']],
  // Firefox gets the same extension as an MV3 build; CI checks that it still builds.
  ['firefox build', ['pnpm', '--filter', '@onpace/extension', 'build:firefox']],
  ['unit tests', ['pnpm', 'exec', 'turbo', 'run', 'test', '--force', '--continue']],
  ['e2e tests', ['pnpm', 'exec', 'turbo', 'run', 'e2e', '--concurrency=1', '--continue']],
];

const failedSteps = [];
ensureChromium();
for (const [label, [command, ...args]] of steps) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failedSteps.push(label);
  console.log(
    `=== ${label}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${seconds} s`,
  );
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\n=== test reports');
for (const name of packages) {
  const hasScript = (script) => Boolean(readJson(join(packagesDir, name, 'package.json'))?.scripts?.[script]);
  const results = join(packagesDir, name, 'test-results');
  if (hasScript('test')) {
    const vitest = readJson(join(results, 'vitest.json'));
    if (vitest) {
      passed += vitest.numPassedTests;
      failed += vitest.numFailedTests;
      skipped += vitest.numPendingTests + vitest.numTodoTests;
      console.log(`${name} unit: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
    } else {
      failed += 1;
      console.log(`${name} unit: no report (the runner crashed or did not run): counted as 1 failed`);
    }
  }
  if (hasScript('e2e')) {
    const playwright = readJson(join(results, 'playwright.json'));
    if (playwright) {
      const { expected, unexpected, flaky, skipped: skippedE2e } = playwright.stats;
      passed += expected + flaky;
      failed += unexpected;
      skipped += skippedE2e;
      console.log(
        `${name} e2e: ${expected + flaky} passed, ${unexpected} failed${flaky ? ` (${flaky} flaky)` : ''}`,
      );
    } else {
      failed += 1;
      console.log(`${name} e2e: no report (the runner crashed or did not run): counted as 1 failed`);
    }
  }
}
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
