/**
 * The rep logs a call the CRM did not capture with the overlay's quick-log (+1): the figure moves
 * at once, and the statuses still equal core's evaluatePlan with that manual log counted.
 */
import type { Step } from '../context.js';
import { eventually, fail, pass } from '../eventually.js';
import { manualActivities } from '../extension-store.js';
import { describeRows, expectStatusesFromCore, openPanel, readPanel } from '../overlay.js';
import { clickInOverlay, inOverlayRoot } from '../overlay-root.js';

const callsToday = (figures: string | undefined) => Number((figures ?? '').split('/')[0]?.replace(/\D/g, ''));

export const logCall: Step = {
  slug: 'log-call',
  title: 'The rep logs a call by hand (+1) and the overlay updates',
  async run(context) {
    const page = context.tabs.hubspot ?? context.tabs.salesforce;
    if (!page) throw new Error('no CRM tab is open');
    context.current = page;
    await page.bringToFront();
    await openPanel(page);
    const before = callsToday((await readPanel(page))?.rows.find((row) => row.id === 'calls')?.figures);
    await clickInOverlay(page, '[data-quick-log="calls"]');
    const after = await eventually(
      `the calls figure to go from ${before} to ${before + 1}`,
      async () => {
        const figures = (await readPanel(page))?.rows.find((row) => row.id === 'calls')?.figures;
        return callsToday(figures) === before + 1 ? pass(figures ?? '') : fail(figures ?? 'no calls row');
      },
      { timeoutMs: 5_000 },
    );
    const manual = await manualActivities(context.env.browser.worker);
    if (manual.length !== 1)
      throw new Error(`expected 1 manual activity in the extension, found ${manual.length}`);
    context.counted = [...context.counted, ...manual];
    await eventually(
      'the overlay to offer Undo',
      async () => {
        const offered = await inOverlayRoot(page, (root) =>
          [...root.querySelectorAll('.undo-line button')].some(
            (button) => button.textContent?.trim() === 'Undo',
          ),
        );
        return offered ? pass(true) : fail('no Undo button');
      },
      { timeoutMs: 5_000 },
    );
    const reading = await expectStatusesFromCore(page, context.env.plan, context.counted);
    return {
      page,
      lines: [
        `+1 call: calls today ${before} → ${after} (logged ${manual[0]?.occurredAt}, undo offered)`,
        'overlay (statuses equal core with the manual log counted):',
        ...describeRows(reading),
      ],
    };
  },
};
