/**
 * `pnpm demo` (after the build): the story in Chromium with the built extension. With a display
 * the browser is headed and stays open to explore until Ctrl-C; without one it runs headless and
 * exits 0 when every step passed. Screenshots go to demo-output/ at the repository root.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Environment, startEnvironment } from './env/environment.js';
import { REPO_DIR } from './paths.js';
import { runSteps } from './story/run-story.js';
import { servedLines } from './story/served.js';

export const SCREENSHOT_DIR = join(REPO_DIR, 'demo-output');

async function clearScreenshots(): Promise<void> {
  const names = await readdir(SCREENSHOT_DIR).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.png'))
      .map((name) => rm(join(SCREENSHOT_DIR, name), { force: true })),
  );
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Resolves with what ended the session: a signal (Ctrl-C) or the browser window closed. */
function untilClosed(env: Environment): Promise<string> {
  return new Promise((resolve) => {
    for (const signal of SIGNALS)
      process.once(signal, () => resolve(signal === 'SIGINT' ? 'Ctrl-C' : signal));
    env.browser.context.once('close', () => resolve('the browser was closed'));
  });
}

export async function main(): Promise<number> {
  const headless = !process.env.DISPLAY || process.env.ONPACE_DEMO_HEADLESS === '1';
  const started = Date.now();
  console.log(
    `\nOnPace demo: ${headless ? 'headless (no DISPLAY)' : `headed on display ${process.env.DISPLAY}`}`,
  );
  await clearScreenshots();
  let env: Environment | null = null;
  // Interrupted mid-story: close what was started (no stray server or browser), then leave.
  const interrupt = () => {
    console.log('\nInterrupted: closing the browser, the dashboard and the fake CRM.');
    void (env?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  for (const signal of SIGNALS) process.once(signal, interrupt);
  try {
    env = await startEnvironment({ headless });
    console.log('\nServing:');
    for (const line of servedLines(env)) console.log(`  ${line}`);
    const records = await runSteps(env, {
      screenshotDir: SCREENSHOT_DIR,
      print: (line) => console.log(line),
      useSync: process.env.ONPACE_DEMO_SYNC === 'off' ? 'off' : 'auto',
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nAll ${records.length} steps passed in ${seconds} s. Screenshots: ${SCREENSHOT_DIR}/`);
    for (const signal of SIGNALS) process.off(signal, interrupt);
    if (!headless) {
      console.log('The browser stays open: explore the CRM tabs, the popup and the dashboard.');
      console.log('Press Ctrl-C here (or close the browser) to stop everything.');
      console.log(`Stopped: ${await untilClosed(env)}.`);
    }
    return 0;
  } catch (error) {
    console.error(`\nThe demo stopped. ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await env?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await main());
}
