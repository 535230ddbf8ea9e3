// Mutation testing (StrykerJS): do the tests notice when the code they cover is changed?
// Not part of CI or test:all: a run takes minutes to hours. One module at a time, one test
// process (the machine is shared): `pnpm mutate` runs every module in turn, `pnpm mutate
// core-bundle extension-sync-store` only those. Each module's score is printed as
// `mutation score <module>: N %`, and its HTML/JSON reports go to reports/mutation/<module>/
// inside the package.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// Core's tests outside test/crm.
const CORE_TESTS_BUT_CRM = ['test/*.test.ts', 'test/{diagnosis,ledger,pace,present}/**/*.test.ts'];

/**
 * Per module: the package directory, the files whose mutants are made, and the tests that can
 * kill them (globs relative to the package). Only those tests run: Stryker's first run of them
 * finds which test covers which mutant ("perTest"), then each mutant runs just its own tests.
 * The CRM recordings tests are never among them: they read fixtures that a Stryker sandbox does
 * not hold, and they mutate nothing here.
 */
const MODULES = {
  'core-pace': { dir: 'packages/core', mutate: ['src/pace/**/*.ts'], tests: CORE_TESTS_BUT_CRM },
  'core-ledger': {
    dir: 'packages/core',
    mutate: ['src/ledger/**/*.ts'],
    tests: ['test/ledger/**/*.test.ts'],
  },
  'core-bundle': {
    dir: 'packages/core',
    mutate: [
      'src/schemas/bundle.ts',
      'src/schemas/bundle-integrity.ts',
      'src/schemas/problem-list.ts',
      'src/schemas/plan-window.ts',
      'src/schemas/validation.ts',
    ],
    tests: CORE_TESTS_BUT_CRM,
  },
  'extension-storage': {
    dir: 'packages/extension',
    // The migrations (each schema version and its upgrade) and the code that runs inside the
    // background's transactions: the ledger's rows and fold cache, the rollup cache. The folder's
    // settings, secrets, page-records and rollup-record files are left out: the whole folder ran
    // over 40 minutes on the shared machine.
    mutate: [
      'src/storage/db.ts',
      'src/storage/schema-versions.ts',
      'src/storage/upgrades.ts',
      'src/storage/upgrade-to-ledger.ts',
      'src/storage/ledger-store.ts',
      'src/storage/rollup-cache.ts',
    ],
    // The storage tests, and the commit, import and ledger-append tests that write through the
    // storage code. The background's other tests reach it too, but each mutant of the rollup
    // record then ran a hundred of them (over a minute a mutant on a loaded machine).
    tests: [
      'test/storage/**/*.test.ts',
      'test/sync/dexie-rollback.test.ts',
      'test/sync/dexie-commit.test.ts',
      'test/background/import-*.test.ts',
      'test/background/ledger-append.test.ts',
    ],
  },
  'extension-import': {
    dir: 'packages/extension',
    // The import's one transaction, and the one-transaction-per-event append every other ledger
    // write goes through.
    mutate: ['src/background/import-bundle.ts', 'src/background/ledger-append.ts'],
    tests: [
      'test/background/import-*.test.ts',
      'test/background/ledger-*.test.ts',
      'test/background/plan-lifecycle.test.ts',
      'test/background/bridge.test.ts',
      'test/storage/rollup-transaction.test.ts',
    ],
  },
  'extension-sync-store': {
    dir: 'packages/extension',
    mutate: ['src/sync/dexie-store.ts', 'src/sync/upsert-rule.ts'],
    // Not the full sync over the fake CRM (test/sync/dexie-sync.test.ts): it covers most mutants
    // here at 25 s a run (16 minutes for the module), near its own 20 s timeout once instrumented
    // on a loaded machine; the contract, commit and rollback tests cover the same code.
    tests: [
      'test/sync/dexie-commit.test.ts',
      'test/sync/dexie-rollback.test.ts',
      'test/sync/store-contract.test.ts',
      'test/sync/upsert-*.test.ts',
      'test/storage/rollup-transaction.test.ts',
    ],
  },
};

/** The package's own vitest config, running only the module's tests. */
function writeVitestConfig(packageDir, name, tests) {
  const file = `.stryker-${name}.vitest.config.ts`;
  writeFileSync(
    join(packageDir, file),
    [
      "import { mergeConfig } from 'vitest/config';",
      "import base from './vitest.config';",
      "// Replaces (not extends) the package's test list: mergeConfig would concatenate the arrays.",
      `const config = mergeConfig(base, {});`,
      '// Instrumented code runs slower than the original: a test near its own timeout would fail.',
      `config.test = { ...config.test, include: ${JSON.stringify(tests)}, testTimeout: 120_000 };`,
      'export default config;',
      '',
    ].join('\n'),
  );
  return file;
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
  const { dir, tests } = MODULES[name];
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
  const vitestConfig = writeVitestConfig(packageDir, name, tests);
  // The extension's tsconfig extends WXT's generated .wxt/tsconfig.json, which the sandbox needs.
  if (dir === 'packages/extension' && !existsSync(join(packageDir, '.wxt', 'tsconfig.json'))) {
    spawnSync('pnpm', ['exec', 'wxt', 'prepare'], { cwd: packageDir, stdio: 'inherit' });
  }
  const config = {
    packageManager: 'pnpm',
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: vitestConfig },
    coverageAnalysis: 'perTest',
    // A static mutant (one in code run when a module loads, such as a zod schema built at the top
    // level) can only be tested by running every test in the package, about a minute each here;
    // a module like the ledger's event schema holds hundreds. They are left out of the score.
    ignoreStatic: true,
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
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'run-stryker.mjs'), configFile], {
    cwd: packageDir,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '1' },
  });
  rmSync(configFile, { force: true });
  rmSync(join(packageDir, vitestConfig), { force: true });
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
