/** What the steps share: the running environment, what the extension should count, the open tabs. */
import type { Activity } from '@onpace/core/schemas';
import type { Page } from 'playwright-core';
import type { Environment } from '../env/environment.js';
import type { SyncReadiness } from './sync.js';

export interface StoryContext {
  readonly env: Environment;
  /** `off` leaves the CRM sync out even when the extension has it (ONPACE_DEMO_SYNC=off). */
  readonly useSync: 'auto' | 'off';
  /** Whether this build of the extension syncs the CRMs; decided in the first step. */
  sync: SyncReadiness;
  /**
   * Every activity the extension should count by now (imported, synced, logged by hand): the
   * overlay's statuses must equal core's evaluatePlan of the plan over exactly these.
   */
  counted: Activity[];
  readonly tabs: {
    salesforce?: Page;
    hubspot?: Page;
    popup?: Page;
  };
  /** The page on screen, for the screenshot of a failed step. */
  current?: Page;
  /** A progress line under the current step. */
  readonly log: (line: string) => void;
}

/** What a step shows: the page to screenshot and the lines that say what happened. */
export interface StepOutcome {
  readonly page: Page;
  readonly lines: readonly string[];
  /** Screenshot the whole page (long pages, the popup) instead of the viewport. */
  readonly fullPage?: boolean;
}

export interface Step {
  /** File-name part of the screenshot: `02-salesforce-overlay.png`. */
  readonly slug: string;
  /** One sentence of the story, as printed. */
  readonly title: string;
  run(context: StoryContext): Promise<StepOutcome>;
}

/** A failed step, named, with what was expected and what was seen. */
export class StepError extends Error {
  readonly step: string;
  constructor(step: string, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`Step "${step}" failed: ${message}`, { cause });
    this.name = 'StepError';
    this.step = step;
  }
}
