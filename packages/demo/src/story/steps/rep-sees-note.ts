/** Back on the Salesforce tab, the rep sees the manager's note in the overlay, pushed live. */
import type { Step } from '../context.js';
import { eventually, fail, pass } from '../eventually.js';
import { expectStatusesFromCore, openPanel, readPanel } from '../overlay.js';
import { coachingFor } from './coaching.js';

export const repSeesNote: Step = {
  slug: 'rep-sees-note',
  title: 'The rep sees the note in the overlay',
  async run(context) {
    const page = context.tabs.salesforce;
    if (!page) throw new Error('the Salesforce tab is not open');
    context.current = page;
    await page.bringToFront();
    await openPanel(page);
    const { note } = coachingFor(context);
    await eventually(
      'the manager’s note in the overlay',
      async () => {
        const shown = (await readPanel(page))?.note ?? null;
        return shown === note ? pass(shown) : fail(shown === null ? 'no note' : `"${shown}"`);
      },
      { timeoutMs: 10_000 },
    );
    const reading = await expectStatusesFromCore(page, context.env.plan, context.counted);
    return {
      page,
      lines: [
        `overlay on ${page.url()} shows the note: "${note}"`,
        `statuses still equal core at ${reading.asOf}: ${reading.rows.map((row) => `${row.id} ${row.status}`).join(', ')}`,
      ],
    };
  },
};
