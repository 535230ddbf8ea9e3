// `pnpm bench` for @onpace/web-dashboard: prints one figure per line as `name: value unit`.
//
// Drives the production build (dist/, so build first; turbo's bench task depends on build) in
// Debian's Chromium with playwright-core, on a generated team of 200 plans of 90 days with 10
// targets each (`?data=bench`), and reads the `onpace:*` performance marks the app sets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const PLANS = 200;
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

/** A static file server for dist/ on a free loopback port (no Vite in the measurement). */
function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Waits for a performance entry of the page and returns it. */
async function entry(page, name) {
  await page.waitForFunction((entryName) => performance.getEntriesByName(entryName).length > 0, name, {
    timeout: 30_000,
  });
  return page.evaluate((entryName) => {
    const [found] = performance.getEntriesByName(entryName);
    return { startTime: found.startTime, duration: found.duration };
  }, name);
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

const painted = [];
const sparklines = [];
const evaluateCold = [];
const evaluateWarm = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each run: no cache, no IndexedDB, as a first visit.
    const context = await browser.newContext({
      locale: 'en-US',
      timezoneId: 'UTC',
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/?data=bench&plans=${PLANS}`);
    // Mark times are from navigation start: the whole load, parse, evaluation and first paint.
    painted.push((await entry(page, 'onpace:team-painted')).startTime);
    evaluateCold.push((await entry(page, 'onpace:evaluate-team')).duration);
    sparklines.push((await entry(page, 'onpace:sparklines-done')).startTime);
    const rows = await page.locator('tbody tr[data-plan-id]').count();
    if (rows !== PLANS) throw new Error(`expected ${PLANS} rows, saw ${rows}`);
    // Changing "as of" re-evaluates the team with warm calendars: what the user waits for.
    await page.evaluate(() => performance.clearMeasures('onpace:evaluate-team'));
    await page.locator('[data-onpace="as-of"]').fill('2026-11-11');
    evaluateWarm.push((await entry(page, 'onpace:evaluate-team')).duration);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const assets = join(dist, 'assets');
const jsFiles = readdirSync(assets).filter((name) => name.endsWith('.js'));
const gzipped = jsFiles.reduce(
  (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
  0,
);
const raw = jsFiles.reduce((sum, name) => sum + statSync(join(assets, name)).size, 0);

const lines = [
  [`team_view_painted_${PLANS}_plans`, median(painted), 'ms', 0],
  [`team_sparklines_done_${PLANS}_plans`, median(sparklines), 'ms', 0],
  [`evaluate_team_${PLANS}_plans_first`, median(evaluateCold), 'ms', 1],
  [`evaluate_team_${PLANS}_plans_as_of_change`, median(evaluateWarm), 'ms', 1],
  ['dashboard_js_gzip', gzipped / 1024, 'KiB', 1],
  ['dashboard_js_raw', raw / 1024, 'KiB', 1],
];
for (const [name, value, unit, digits] of lines) console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
