import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:path rather than `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'e2e', 'fixtures');

/** A dated fixture page from e2e/fixtures/, parsed into a fresh document (happy-dom). */
export function fixtureDocument(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}
