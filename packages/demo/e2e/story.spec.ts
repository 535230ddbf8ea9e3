/**
 * The README's main job as a test: the whole demo story, headless, against the fake CRM, the
 * dashboard preview and the built extension. Every step asserts what it shows (overlay statuses
 * equal core's evaluatePlan at the panel's instant, the note in the overlay, the team table, the
 * evidence report) and fails naming the step; each is a Playwright step in the report.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { type Environment, runSteps, STORY, startEnvironment } from '../src/index.js';

const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots', import.meta.url));

test('a newcomer sees OnPace work end to end (the demo story)', async () => {
  test.setTimeout(240_000);
  let env: Environment | null = null;
  try {
    env = await startEnvironment({ headless: true });
    const records = await runSteps(env, {
      screenshotDir: SCREENSHOTS,
      print: (line) => console.log(line),
      wrapStep: (title, body) => test.step(title, body),
    });
    expect(records.map((record) => record.title)).toEqual(STORY.map((step) => step.title));
    for (const record of records) expect(existsSync(record.screenshot), record.screenshot).toBe(true);
  } finally {
    await env?.close();
  }
});
