/**
 * Runs the story's steps in order against a started environment: prints each step and what it
 * saw, saves a screenshot of each, and turns any failure into a StepError naming the step (with a
 * screenshot of the page on screen when it failed).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Environment } from '../env/environment.js';
import { type Step, StepError, type StoryContext } from './context.js';
import { STORY } from './steps/index.js';

export type StepWrapper = <T>(title: string, body: () => Promise<T>) => Promise<T>;

export interface RunOptions {
  /** Where each step's screenshot goes: `<dir>/01-import-plan.png`… */
  readonly screenshotDir: string;
  readonly print?: (line: string) => void;
  /** Wraps each step; the e2e test passes Playwright's `test.step`. */
  readonly wrapStep?: StepWrapper;
  readonly steps?: readonly Step[];
  /** `off`: the plan file carries the CRM activity even when the extension could sync it. */
  readonly useSync?: 'auto' | 'off';
}

export interface StepRecord {
  readonly title: string;
  readonly screenshot: string;
  readonly ms: number;
}

const direct: StepWrapper = (_title, body) => body();

export async function runSteps(env: Environment, options: RunOptions): Promise<StepRecord[]> {
  const print = options.print ?? (() => undefined);
  const wrap = options.wrapStep ?? direct;
  const steps = options.steps ?? STORY;
  await mkdir(options.screenshotDir, { recursive: true });
  const context: StoryContext = {
    env,
    useSync: options.useSync ?? 'auto',
    sync: { ready: false, reason: 'not checked yet' },
    counted: [],
    tabs: {},
    log: (line) => print(`    ${line}`),
  };
  const records: StepRecord[] = [];
  for (const [index, step] of steps.entries()) {
    const number = String(index + 1).padStart(2, '0');
    const heading = `[${index + 1}/${steps.length}] ${step.title}`;
    print(`\n${heading}`);
    const started = Date.now();
    try {
      const record = await wrap(heading, async () => {
        const outcome = await step.run(context);
        const screenshot = join(options.screenshotDir, `${number}-${step.slug}.png`);
        await outcome.page.bringToFront();
        await outcome.page.screenshot({ path: screenshot, fullPage: outcome.fullPage ?? false });
        for (const line of outcome.lines) context.log(line);
        return { title: step.title, screenshot, ms: Date.now() - started };
      });
      print(`    screenshot ${record.screenshot} (${(record.ms / 1000).toFixed(1)} s)`);
      records.push(record);
    } catch (error) {
      const failed = join(options.screenshotDir, `${number}-${step.slug}-failed.png`);
      const saved = await context.current
        ?.screenshot({ path: failed })
        .then(() => true)
        .catch(() => false);
      if (saved) print(`    screenshot of the failure: ${failed}`);
      throw error instanceof StepError ? error : new StepError(step.title, error);
    }
  }
  return records;
}
