// Mutation testing (StrykerJS): do the tests notice when the code they cover is changed?
// Not part of CI or test:all: a run takes minutes to hours. One module at a time, one test
// process (the machine is shared): `pnpm mutate` runs every module in turn, `pnpm mutate
// core-bundle extension-sync-store` only those. Each module's score is printed as
// `mutation score <module>: N %`, and its HTML/JSON reports go to reports/mutation/<module>/
// inside the package.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** package directory, and the files whose mutants are made (globs relative to the package). */
const MODULES = {
  'core-pace': { dir: 'packages/core', mutate: ['src/pace/**/*.ts'], excludeTests: ['test/crm/**'] },
  'core-ledger': { dir: 'packages/core', mutate: ['src/ledger/**/*.ts'], excludeTests: ['test/crm/**'] },
  'core-bundle': {
    dir: 'packages/core',
    mutate: [
      'src/schemas/bundle.ts',
      'src/schemas/bundle-integrity.ts',
      'src/schemas/problem-list.ts',
      'src/schemas/plan-window.ts',
      'src/schemas/validation.ts',
    ],
    excludeTests: ['test/crm/**'],
  },
  'extension-storage': { dir: 'packages/extension', mutate: ['src/storage/**/*.ts'] },
  'extension-import': { dir: 'packages/extension', mutate: ['src/background/import-bundle.ts'] },
  'extension-sync-store': {
    dir: 'packages/extension',
    mutate: ['src/sync/dexie-store.ts', 'src/sync/upsert-rule.ts'],
  },
};

/**
 * The package's own vitest config, less `exclude`d tests: the CRM recordings tests read fixtures
 * outside the package, which a Stryker sandbox does not hold (they mutate nothing here anyway).
 */
function writeVitestConfig(packageDir, name, exclude) {
  if (exclude.length === 0) return 'vitest.config.ts';
  const excluded = exclude.map((pattern) => JSON.stringify(pattern)).join(', ');
  const file = `.stryker-${name}.vitest.config.ts`;
  writeFileSync(
    join(packageDir, file),
    [
      "import { configDefaults, mergeConfig } from 'vitest/config';",
      "import base from './vitest.config';",
      `export default mergeConfig(base, { test: { exclude: [...configDefaults.exclude, ${excluded}] } });`,
      '',
    ].join('\n'),
  );
  return file;
}

// StrykerJS 10 needs Node 22. Stryker 9 (the last for Node 20) is no way out: under Vitest 5 its
// runner ran 0.08 tests per mutant (measured), so nearly every mutant "survived" untested.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  console.error(
    `pnpm mutate needs Node 22 or later (StrykerJS 10); this is Node ${process.versions.node}. Nothing was run.`,
  );
  process.exit(1);
}

const asked = process.argv.slice(2);
for (const name of asked) {
  if (!(name in MODULES)) {
    console.error(`unknown module ${name}; choose from: ${Object.keys(MODULES).join(', ')}`);
    process.exit(2);
  }
}
const chosen = asked.length > 0 ? asked : Object.keys(MODULES);
const scores = [];

for (const name of chosen) {
  const { dir, excludeTests } = MODULES[name];
  // ONPACE_MUTATE=src/a.ts,src/b.ts narrows a run to some of the module's files.
  const mutate = process.env.ONPACE_MUTATE ? process.env.ONPACE_MUTATE.split(',') : MODULES[name].mutate;
  const packageDir = join(root, dir);
  const present = mutate.some((pattern) => existsSync(join(packageDir, pattern.split('/*')[0])));
  if (!present) {
    console.log(`mutation score ${name}: skipped (no ${mutate.join(', ')} on this branch)`);
    continue;
  }
  const reportDir = join('reports', 'mutation', name);
  // The sandbox (<temp dir>/sandbox-…) sits two levels below the repository root, as the package
  // does, so the package's relative imports of the root's tooling/ still resolve from inside it.
  const tempDirName = join('..', '..', `.stryker-tmp-${name}`);
  const vitestConfig = writeVitestConfig(packageDir, name, excludeTests ?? []);
  const config = {
    $schema: relative(
      packageDir,
      join(root, 'node_modules/@stryker-mutator/core/schema/stryker-schema.json'),
    ),
    packageManager: 'pnpm',
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: vitestConfig },
    coverageAnalysis: 'perTest',
    concurrency: 1,
    mutate,
    tempDirName,
    // Stryker would rewrite tsconfig `extends` paths for the sandbox through TypeScript's JS API,
    // which TypeScript 7 no longer has; the sandbox's depth keeps those paths right anyway.
    tsconfigFile: 'no-tsconfig-rewrite.json',
    cleanTempDir: true,
    timeoutMS: 60_000,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: join(reportDir, 'index.html') },
    jsonReporter: { fileName: join(reportDir, 'mutation.json') },
    thresholds: { high: 80, low: 60, break: null },
  };
  const configFile = join(packageDir, `.stryker-${name}.config.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  mkdirSync(join(packageDir, reportDir), { recursive: true });
  console.log(`\n== ${name}: mutating ${mutate.join(', ')} in ${dir}`);
  const run = spawnSync('pnpm', ['exec', 'stryker', 'run', configFile], {
    cwd: packageDir,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '1' },
  });
  rmSync(configFile, { force: true });
  if (vitestConfig !== 'vitest.config.ts') rmSync(join(packageDir, vitestConfig), { force: true });
  const score = readScore(join(packageDir, reportDir, 'mutation.json'));
  scores.push([name, run.status === 0 ? score : `failed (exit ${run.status})`]);
}

console.log('');
for (const [name, score] of scores) console.log(`mutation score ${name}: ${score}`);

/** Killed and timed-out mutants over all that were tested (Stryker's "mutation score"). */
function readScore(file) {
  if (!existsSync(file)) return 'no report';
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let detected = 0;
  let valid = 0;
  for (const entry of Object.values(report.files)) {
    for (const mutant of entry.mutants) {
      if (['CompileError', 'RuntimeError', 'Ignored'].includes(mutant.status)) continue;
      valid += 1;
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') detected += 1;
    }
  }
  return valid === 0 ? 'no mutants' : `${((100 * detected) / valid).toFixed(1)} %`;
}
