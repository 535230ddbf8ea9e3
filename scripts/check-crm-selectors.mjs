// House rule: CSS selectors for CRM pages live only in packages/extension/src/crm-adapters (each
// CRM's selectors.ts, read through its adapter), so a CRM redesign is fixed in one place.
// dependency-cruiser checks that no code outside the adapters imports a selectors.ts; this
// script checks that none writes a selector of its own: a DOM query with a literal selector
// outside crm-adapters fails. Part of `pnpm check:deps`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sources = join(root, 'packages/extension/src');
const adapters = join(sources, 'crm-adapters');
const QUERY_WITH_LITERAL =
  /\.(querySelector|querySelectorAll|closest|matches|getElementsByClassName)\(\s*['"`]/g;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== adapters) yield* sourceFiles(path);
    } else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

const problems = [];
for (const file of sourceFiles(sources)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(QUERY_WITH_LITERAL)) {
        problems.push(`${relative(root, file)}:${index + 1}: ${match[1]} with a literal selector`);
      }
    });
}
if (problems.length > 0) {
  console.error(
    `CRM selectors belong in packages/extension/src/crm-adapters/<crm>/selectors.ts:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log('crm selectors: none outside crm-adapters');
