// The repository must stand alone: a clean clone with nothing beside it builds, tests and
// reads. This check fails, naming file and line, when a git-tracked text file
//   - refers to a folder outside the repository: an absolute path under the machine's work
//     folder or under the folder that holds the checkout, or a relative path (`../sibling/…`)
//     that climbs above the repository's root from the file's own folder;
//   - links (Markdown `[text](path)`, `<img src="path">`) to a relative path that does not exist,
//     or to a `#section` of a Markdown file that has no such heading;
//   - names `docs/<name>.md` (in a comment, a string or prose) when that file does not exist, or
//     cites a section of it (`docs/pace.md "Attribution"`) that it does not have.
// pnpm-lock.yaml, binary files and this check's own test (its data is broken on purpose) are
// skipped, and so is a line that ends with the marker `self-contained: allow` for the first two
// rules (this script must spell out what it looks for). No dependencies: Node and git only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The lock file names registry paths; this check's own test is deliberately full of broken references. */
const SKIPPED_FILES = new Set(['pnpm-lock.yaml', 'scripts/check-self-contained.test.mjs']);
const ALLOW_MARKER = 'self-contained: allow';
/** Where this project's machines keep checkouts side by side: never referred to. */
const WORK_FOLDER = '/work/'; // self-contained: allow

/** The files git tracks under `root`, as root-relative paths with `/`. */
export function trackedFiles(root) {
  const output = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return output.split('\0').filter((path) => path !== '');
}

function isBinary(buffer) {
  return buffer.subarray(0, 8000).includes(0);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The headings of a Markdown text (outside fenced code), as written and as anchors. */
export function markdownHeadings(text) {
  const titles = [];
  const anchors = new Set();
  const seen = new Map();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const title = heading[1].replace(/`/g, '');
    titles.push(title);
    const slug = headingSlug(title);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return { titles, anchors };
}

/** Markdown text with fenced code blocks and inline code spans blanked out (line numbers kept). */
function withoutCode(text) {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return ' '.repeat(line.length);
      }
      return fenced ? ' '.repeat(line.length) : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

const CLIMBING_PATH = /(?<![\w@.\-/])((?:\.\.\/)+)([\w@.-][\w@.\-/]*)/g;
const DOCS_PATH = /(?<![\w.\-/])docs\/[\w.\-/]*?[\w-]+\.md\b/g;
/** `docs/pace.md "Attribution"` or `docs/crm.md ("Page structure")`: a space or `(` before the quote. */
const CITED_SECTION = /^(?:\s+\(?\s*|\s*\(\s*)"([^"\n]+)"/;
const MARKDOWN_LINK = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_SOURCE = /\b(?:src|href)="([^"]+)"/g;

function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isExternal(target) {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * Every problem in the repository at `root`, as `{ file, line, message }`. `files` defaults to
 * what git tracks there.
 */
export function checkRepository(root, files = trackedFiles(root)) {
  const rootPath = realpathSync(root);
  const problems = [];
  const headingsCache = new Map();
  const outsidePrefixes = [WORK_FOLDER];
  const parent = dirname(rootPath);
  if (parent !== sep && parent !== '/work') outsidePrefixes.push(`${parent}/`);

  const inside = (absolute) => {
    const fromRoot = relative(rootPath, absolute);
    return fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot));
  };
  const headingsOf = (absolute) => {
    if (!headingsCache.has(absolute)) {
      headingsCache.set(absolute, markdownHeadings(readFileSync(absolute, 'utf8')));
    }
    return headingsCache.get(absolute);
  };
  const report = (file, text, index, message) => {
    problems.push({ file, line: lineOf(text, index), message });
  };
  const allowed = (text, index) => {
    const end = text.indexOf('\n', index);
    return text
      .slice(index, end === -1 ? text.length : end)
      .trimEnd()
      .endsWith(ALLOW_MARKER);
  };

  for (const file of files) {
    if (SKIPPED_FILES.has(file)) continue;
    const absoluteFile = join(rootPath, file);
    if (!existsSync(absoluteFile)) continue;
    const buffer = readFileSync(absoluteFile);
    if (isBinary(buffer)) continue;
    const text = buffer.toString('utf8');
    const folder = dirname(absoluteFile);
    const isMarkdown = file.endsWith('.md');

    for (const prefix of outsidePrefixes) {
      let at = text.indexOf(prefix);
      while (at !== -1) {
        const before = at === 0 ? '' : text[at - 1];
        if (!/[\w.\-/:]/.test(before) && !allowed(text, at)) {
          report(file, text, at, `refers to ${prefix}…, a folder outside the repository`);
        }
        at = text.indexOf(prefix, at + prefix.length);
      }
    }

    for (const match of text.matchAll(CLIMBING_PATH)) {
      const target = resolve(folder, match[1] + match[2]);
      if (!inside(target) && !allowed(text, match.index)) {
        report(file, text, match.index, `${match[1]}${match[2]} climbs above the repository's root`);
      }
    }

    for (const match of text.matchAll(DOCS_PATH)) {
      const path = match[0];
      const absolute = join(rootPath, path);
      if (!existsSync(absolute)) {
        report(file, text, match.index, `${path} does not exist`);
        continue;
      }
      const cited = CITED_SECTION.exec(text.slice(match.index + path.length));
      if (cited && !headingsOf(absolute).titles.includes(cited[1])) {
        report(file, text, match.index, `${path} has no section "${cited[1]}"`);
      }
    }

    if (!isMarkdown) continue;
    const prose = withoutCode(text);
    const targets = [
      ...[...prose.matchAll(MARKDOWN_LINK)].map((match) => ({ target: match[1], index: match.index })),
      ...[...prose.matchAll(HTML_SOURCE)].map((match) => ({ target: match[1], index: match.index })),
    ];
    for (const { target, index } of targets) {
      if (isExternal(target)) continue;
      const [pathPart, anchor] = target.split('#');
      const path = decodeURIComponent(pathPart.split('?')[0]);
      const absolute =
        path === '' ? absoluteFile : path.startsWith('/') ? join(rootPath, path) : resolve(folder, path);
      if (!inside(absolute)) {
        report(file, text, index, `link ${target} leaves the repository`);
      } else if (!existsSync(absolute)) {
        report(file, text, index, `link ${target} points to nothing (${relative(rootPath, absolute)})`);
      } else if (anchor && absolute.endsWith('.md') && !headingsOf(absolute).anchors.has(anchor)) {
        report(
          file,
          text,
          index,
          `link ${target}: ${relative(rootPath, absolute)} has no heading #${anchor}`,
        );
      }
    }
  }
  return problems;
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = trackedFiles(root);
  const problems = checkRepository(root, files);
  for (const problem of problems) console.error(`${problem.file}:${problem.line}: ${problem.message}`);
  if (problems.length > 0) {
    console.error(`\ncheck-self-contained: ${problems.length} problem(s); the repository must stand alone.`);
    process.exit(1);
  }
  console.log(
    `check-self-contained: ${files.length} tracked files, every reference resolves inside the repository.`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
