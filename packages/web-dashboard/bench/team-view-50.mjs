// `node bench/team-view-50.mjs`: the team view of 50 reps against a static table of the same rows,
// rendered in the same run, in Debian's Chromium (playwright-core), from the production build
// (dist/; build first). Both are timed the same way: from navigation start to the first frame
// after the rows are in the page (a `requestAnimationFrame` then a task, as the app's own
// `markPainted` does). The static page is the team view's own table, copied out of the rendered
// page with its stylesheet: the same rows and styles without the app's code, data or evaluation.
// Prints `team_view_paint_50_reps: N ms (static table M ms)`; the goal is N ≤ 2 × M.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const REPS = 50;
const RUNS = 5;
const dist = new URL('../dist/', import.meta.url).pathname;

try {
  statSync(join(dist, 'index.html'));
} catch {
  console.error('bench: dist/index.html is missing; run `pnpm --filter @onpace/web-dashboard build` first');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
let staticPage = '<!doctype html><title>empty</title>';

function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/static-table.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(staticPage);
      return;
    }
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function markTime(page, name) {
  await page.waitForFunction((entryName) => performance.getEntriesByName(entryName).length > 0, name, {
    timeout: 30_000,
  });
  return page.evaluate((entryName) => performance.getEntriesByName(entryName)[0].startTime, name);
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const teamView = [];
const staticTable = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const options = { locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1400, height: 900 } };
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${base}/?data=bench&plans=${REPS}`);
    teamView.push(await markTime(page, 'onpace:team-painted'));
    const rows = await page.locator('tbody tr[data-plan-id]').count();
    if (rows !== REPS) throw new Error(`expected ${REPS} rows, saw ${rows}`);
    if (run === 0) {
      const { table, styles } = await page.evaluate(() => ({
        table: document.querySelector('tbody tr[data-plan-id]')?.closest('table')?.outerHTML ?? '',
        styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
          link.getAttribute('href'),
        ),
      }));
      const links = styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
      staticPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">${links}</head><body>${table}<script>requestAnimationFrame(() => setTimeout(() => performance.mark('onpace:static-painted'), 0));</script></body></html>`;
    }
    await context.close();

    const staticContext = await browser.newContext(options);
    const staticTab = await staticContext.newPage();
    await staticTab.goto(`${base}/static-table.html`);
    staticTable.push(await markTime(staticTab, 'onpace:static-painted'));
    const staticRows = await staticTab.locator('tbody tr[data-plan-id]').count();
    if (staticRows !== REPS) throw new Error(`static table: expected ${REPS} rows, saw ${staticRows}`);
    await staticContext.close();
  }
} finally {
  await browser.close();
  server.close();
}

const view = median(teamView);
const table = median(staticTable);
console.log(`team_view_paint_50_reps: ${view.toFixed(0)} ms (static table ${table.toFixed(0)} ms)`);
console.log(`team_view_paint_50_reps_ratio: ${(view / table).toFixed(2)} × (goal ≤ 2)`);
