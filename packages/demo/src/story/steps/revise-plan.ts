/**
 * The manager revises the plan (the options page's Edit: calls 40 → 35 a day). Nothing is
 * overwritten: it is revision 2 in the plan's ledger, and the rep's popup shows "What changed"
 * and asks for a new receipt, which the rep gives with a comment. Last in the story, so the
 * figures the earlier steps checked were all against revision 1.
 */
import type { Step } from '../context.js';
import { openExtensionPage } from '../extension-pages.js';

const REVISED_CALLS_GOAL = '35';
const COMMENT = 'Received; 35 a day while the HubSpot list is rebuilt.';

export const revisePlan: Step = {
  slug: 'manager-revises-plan',
  title: 'The manager revises the plan; the rep sees what changed and acknowledges revision 2',
  async run(context) {
    const { env } = context;
    const options = await openExtensionPage(env.browser, 'options.html');
    context.current = options;
    const item = options.locator(`[data-plan-id="${env.plan.id}"]`);
    await item.getByRole('button', { name: 'Edit' }).click({ timeout: 10_000 });
    const edit = options.getByRole('form', { name: /Edit/ });
    const callsGoal = edit.getByRole('textbox', { name: 'Goal' }).first();
    const before = await callsGoal.inputValue({ timeout: 10_000 });
    await callsGoal.fill(REVISED_CALLS_GOAL);
    await edit.getByRole('button', { name: 'Save plan' }).click({ timeout: 10_000 });
    await item.getByText(/revision 2/).waitFor({ timeout: 10_000 });
    await options.close();

    const popup = context.tabs.popup ?? (await openExtensionPage(env.browser, 'popup.html'));
    context.tabs.popup = popup;
    context.current = popup;
    await popup.reload();
    await popup.getByRole('tab', { name: 'My plan' }).click({ timeout: 10_000 });
    const receipt = popup.getByRole('region', { name: 'Acknowledgment' });
    await popup
      .locator('section[aria-label="Acknowledgment"][data-ack-state="changed"]')
      .waitFor({ timeout: 10_000 });
    const change = receipt
      .locator('[data-revision-change]')
      .filter({ hasText: `${before} → ${REVISED_CALLS_GOAL}` });
    const changed = (await change.first().textContent({ timeout: 10_000 }))?.trim() ?? '';
    await receipt.getByLabel('Comment (optional)').fill(COMMENT, { timeout: 10_000 });
    await receipt.getByRole('button', { name: 'Acknowledge revision 2' }).click({ timeout: 10_000 });
    await receipt.getByText(/You acknowledged revision 2/).waitFor({ timeout: 10_000 });

    await popup.getByRole('tab', { name: 'Coaching' }).click({ timeout: 10_000 });
    const receipts = popup.getByRole('region', { name: 'Acknowledgments' });
    await receipts.locator('[data-revision="2"]').getByText(COMMENT).waitFor({ timeout: 10_000 });
    return {
      page: popup,
      fullPage: true,
      lines: [
        `options page: "${env.plan.title}" edited, now revision 2 (${before} → ${REVISED_CALLS_GOAL} calls a day)`,
        `rep's popup, What changed: "${changed}"; acknowledged revision 2 with "${COMMENT}"`,
        "manager's Coaching tab: both receipts, revision 1 and revision 2 with the rep's comment",
      ],
    };
  },
};
