/**
 * The overlay on a CRM page: `<onpace-overlay>` with a closed shadow root (read through
 * overlay-root.ts) holding the badge, and once opened the panel (`data-as-of` = the instant the background evaluated), one row per target
 * `[data-target-id][data-status]`, and the newest shared note.
 */
import { evaluatePlan } from '@onpace/core/pace';
import type { Activity, Plan } from '@onpace/core/schemas';
import type { Page } from 'playwright-core';
import { eventually, fail, pass } from './eventually.js';
import { clickInOverlay, inOverlayRoot, waitInOverlay } from './overlay-root.js';

export interface PanelReading {
  readonly asOf: string | null;
  readonly rows: readonly { readonly id: string; readonly status: string; readonly figures: string }[];
  readonly note: string | null;
}

/** Everything the panel shows that the story checks, read in one go from the shadow root. */
export async function readPanel(page: Page): Promise<PanelReading | null> {
  const reading = await inOverlayRoot(page, (root): PanelReading | null => {
    const panel = root.querySelector('[data-testid="onpace-panel"]');
    if (!panel) return null;
    return {
      asOf: panel.getAttribute('data-as-of'),
      rows: [...panel.querySelectorAll('[data-target-id]')].map((row) => ({
        id: row.getAttribute('data-target-id') ?? '',
        status: row.getAttribute('data-status') ?? '',
        figures: row.querySelector('.figures')?.textContent?.trim() ?? '',
      })),
      note: panel.querySelector('.note-text')?.textContent ?? null,
    };
  });
  return reading ?? null;
}

/** Waits for the badge (the content script ran and has a plan), then opens the panel. */
export async function openPanel(page: Page): Promise<void> {
  await waitInOverlay(page, '[data-testid="onpace-badge"]', 20_000);
  if ((await readPanel(page)) === null) await clickInOverlay(page, '[data-testid="onpace-badge"]');
  await waitInOverlay(page, '[data-testid="onpace-panel"]');
}

const statusLine = (rows: readonly { id: string; status: string }[]) =>
  rows.map((row) => `${row.id} ${row.status}`).join(', ');

/**
 * The panel's statuses equal core's evaluatePlan of the plan over `counted`, at the panel's own
 * as-of instant. Polls: the background pushes a new state after every change.
 */
export async function expectStatusesFromCore(
  page: Page,
  plan: Plan,
  counted: readonly Activity[],
  timeoutMs = 15_000,
): Promise<PanelReading> {
  return eventually(
    'the overlay statuses to equal core evaluatePlan',
    async () => {
      const reading = await readPanel(page);
      if (!reading?.asOf) return fail('no open panel');
      const expected = evaluatePlan(plan, [...counted], reading.asOf).targets.map((target) => ({
        id: target.targetId,
        status: target.status,
      }));
      const shown = statusLine(reading.rows);
      return shown === statusLine(expected)
        ? pass(reading)
        : fail(`overlay [${shown}] vs evaluatePlan at ${reading.asOf} [${statusLine(expected)}]`);
    },
    { timeoutMs },
  );
}

export function describeRows(reading: PanelReading): string[] {
  return reading.rows.map((row) => `  ${row.id.padEnd(9)} ${row.figures.padEnd(28)} ${row.status}`);
}
