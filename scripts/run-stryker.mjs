// Runs one StrykerJS mutation test, with the options in the JSON file named on the command line,
// through Stryker's own API (the `Stryker` class its CLI drives).
//
// Why not the `stryker` CLI: StrykerJS 10 declares Node 22, and its CLI refuses to start on an older
// Node before doing anything else. This workspace runs on Node 20, as it already does Vitest 5 (which
// declares Node 22 too): the few ES2024 built-ins Vitest calls are supplied by
// tooling/vitest-node20-compat.ts, which each package's vitest.config.ts imports, and Stryker itself
// calls none of them. The Stryker class lives beside the CLI in the package, outside its `exports`
// map, so it is imported by file. StrykerJS 9 (the last to declare Node 20) is no way out: under
// Vitest 5 its runner ran 0.08 tests per mutant, so nearly every mutant "survived" untested.
import { readFileSync } from 'node:fs';

const optionsFile = process.argv[2];
if (!optionsFile) {
  console.error('usage: node scripts/run-stryker.mjs <options.json>');
  process.exit(2);
}
const options = JSON.parse(readFileSync(optionsFile, 'utf8'));
const packageJson = import.meta.resolve('@stryker-mutator/core/package.json');
const { Stryker } = await import(new URL('dist/src/stryker.js', packageJson).href);
await new Stryker(options).runMutationTest();
