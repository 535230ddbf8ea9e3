// scripts/check-self-contained.mjs against small git repositories made for each case: a clean
// one passes; each way of pointing outside the repository, or at nothing, is named with its file
// and line, by the function and by the command (exit code 1).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRepository, headingSlug, markdownHeadings } from './check-self-contained.mjs';

const SCRIPT = fileURLToPath(new URL('./check-self-contained.mjs', import.meta.url));

const made = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A git repository holding `files` (path → text or Buffer), all of them tracked. */
function repository(files) {
  const root = mkdtempSync(join(tmpdir(), 'onpace-self-contained-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

const DOCS = {
  'docs/pace.md': '# Pace\n\n## Attribution\n\nText.\n\n## Daily and weekly targets\n',
  'docs/crm.md': '# CRM\n\n## Page structure\n',
};

const CLEAN = {
  ...DOCS,
  'README.md': [
    '# Project',
    '',
    'The contract is [docs/pace.md](docs/pace.md), its [attribution](docs/pace.md#attribution).',
    '<img src="docs/crm.md" alt="">',
    '',
    '```sh',
    'see [not a link](elsewhere/file.md)',
    '```',
    '',
    'An example in code: `[x](missing.md)`; an address: [site](https://example.com/a/b).',
  ].join('\n'),
  'packages/core/README.md': 'Implements [pace](../../docs/pace.md#daily-and-weekly-targets).\n',
  'packages/core/src/index.ts': [
    '// Counts as docs/pace.md "Attribution" says; placed as in docs/crm.md ("Page structure").',
    "import { x } from '../../other/x.js';",
    "const fixtures = new URL('../test/fixtures/', import.meta.url);",
    'export { fixtures, x };',
  ].join('\n'),
  'packages/core/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x2e, 0x2e, 0x2f]),
  'pnpm-lock.yaml': 'link: ../../../somewhere-else\n',
};

function problemsIn(files) {
  return checkRepository(repository(files)).map(
    (problem) => `${problem.file}:${problem.line}: ${problem.message}`,
  );
}

describe('check-self-contained', () => {
  it('passes a repository whose every reference resolves inside it', () => {
    expect(problemsIn(CLEAN)).toEqual([]);
  });

  it('names a relative path that climbs above the root, with file and line', () => {
    const problems = problemsIn({
      ...CLEAN,
      'packages/core/test/fixtures.ts': [
        '// Payloads read in place.',
        "const FIXTURES = new URL('../../../../sibling/fixtures/crm/', import.meta.url);",
      ].join('\n'),
    });
    expect(problems).toEqual([
      "packages/core/test/fixtures.ts:2: ../../../../sibling/fixtures/crm/ climbs above the repository's root",
    ]);
  });

  it('names an absolute path into the work folder', () => {
    const problems = problemsIn({
      ...CLEAN,
      'notes.txt': 'one\nread /work/sibling/docs/pace.md first\n',
    });
    expect(problems).toEqual(['notes.txt:2: refers to /work/…, a folder outside the repository']);
  });

  it('names a broken relative Markdown link, a link leaving the repository and a missing heading', () => {
    const problems = problemsIn({
      ...CLEAN,
      'docs/guide.md': [
        '# Guide',
        '',
        'See [the contract](pace.md) and [the rules](architecture.md).',
        'And [outside](../../sibling/docs/ux.md).',
        'And [a section](pace.md#no-such-section), [here](#guide).',
      ].join('\n'),
    });
    expect(problems).toEqual([
      "docs/guide.md:4: ../../sibling/docs/ux.md climbs above the repository's root",
      'docs/guide.md:3: link architecture.md points to nothing (docs/architecture.md)',
      'docs/guide.md:4: link ../../sibling/docs/ux.md leaves the repository',
      'docs/guide.md:5: link pace.md#no-such-section: docs/pace.md has no heading #no-such-section',
    ]);
  });

  it('names a docs/<name>.md that does not exist, and a cited section it lacks', () => {
    const problems = problemsIn({
      ...CLEAN,
      'packages/extension/src/pacer.ts': [
        '/**',
        ' * Paced under the search limit (docs/toolchain.md); see docs/crm.md "Limits".',
        ' */',
      ].join('\n'),
    });
    expect(problems).toEqual([
      'packages/extension/src/pacer.ts:2: docs/toolchain.md does not exist',
      'packages/extension/src/pacer.ts:2: docs/crm.md has no section "Limits"',
    ]);
  });

  it('reads only what git tracks', () => {
    const root = repository(CLEAN);
    writeFileSync(join(root, 'untracked.md'), '[gone](nowhere.md)\n');
    expect(checkRepository(root)).toEqual([]);
  });

  it('as a command: exits 1 and prints file:line for a deliberately broken link, 0 once fixed', () => {
    const root = repository({ ...CLEAN, 'README.md': '# Project\n\nRead [the contract](docs/pase.md).\n' });
    mkdirSync(join(root, 'scripts'));
    copyFileSync(SCRIPT, join(root, 'scripts/check-self-contained.mjs'));
    execFileSync('git', ['add', '-A'], { cwd: root });
    const broken = spawnSync(process.execPath, ['scripts/check-self-contained.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('README.md:3: link docs/pase.md points to nothing (docs/pase.md)');

    writeFileSync(join(root, 'README.md'), '# Project\n\nRead [the contract](docs/pace.md).\n');
    const fixed = spawnSync(process.execPath, ['scripts/check-self-contained.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
  });
});

describe('headings', () => {
  it("makes GitHub's anchors, numbering repeated headings", () => {
    expect(headingSlug('Plan-cadence targets (goal `G` over the window)')).toBe(
      'plan-cadence-targets-goal-g-over-the-window',
    );
    const { titles, anchors } = markdownHeadings('# A\n## Voice\n```\n# not a heading\n```\n## Voice\n');
    expect(titles).toEqual(['A', 'Voice', 'Voice']);
    expect([...anchors]).toEqual(['a', 'voice', 'voice-1']);
  });
});
