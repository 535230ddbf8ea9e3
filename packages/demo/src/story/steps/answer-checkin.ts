/**
 * The rep answers the manager's check-in in their own popup (My plan) and ticks its action item:
 * the check-in is two-sided, and the manager's Coaching tab shows the same answer.
 */
import type { Step } from '../context.js';
import { openExtensionPage } from '../extension-pages.js';
import { coachingFor } from './coaching.js';

export const answerCheckIn: Step = {
  slug: 'rep-answers-checkin',
  title: 'The rep answers the check-in in their popup; the manager sees the answer',
  async run(context) {
    const words = coachingFor(context);
    const popup = context.tabs.popup ?? (await openExtensionPage(context.env.browser, 'popup.html'));
    context.tabs.popup = popup;
    context.current = popup;
    await popup.reload();
    await popup.getByRole('tab', { name: 'My plan' }).click({ timeout: 10_000 });
    const mine = popup
      .getByRole('list', { name: 'Check-ins' })
      .locator('[data-checkin-id]')
      .filter({ hasText: words.question });
    await mine.getByLabel('Your answer').fill(words.answer, { timeout: 10_000 });
    await mine.getByRole('button', { name: 'Send answer' }).click({ timeout: 10_000 });
    await mine.and(popup.locator('[data-answered="true"]')).waitFor({ timeout: 10_000 });
    await mine
      .getByRole('checkbox', { name: new RegExp(escaped(words.actionItem)) })
      .check({ timeout: 10_000 });
    await mine.locator('[data-action-id][data-done="true"]').waitFor({ timeout: 10_000 });

    // The manager's side of the same check-in.
    await popup.getByRole('tab', { name: 'Coaching' }).click({ timeout: 10_000 });
    const held = popup
      .getByRole('list', { name: 'Check-ins' })
      .locator('[data-checkin-id][data-answered="true"]')
      .filter({ hasText: words.question });
    await held.getByText(words.answer).waitFor({ timeout: 10_000 });
    await popup.getByRole('tab', { name: 'My plan' }).click({ timeout: 10_000 });
    await mine.scrollIntoViewIfNeeded({ timeout: 10_000 });
    return {
      page: popup,
      fullPage: true,
      lines: [
        `rep's answer to "${words.question}": "${words.answer}"`,
        `action item "${words.actionItem}" ticked by the rep; the manager's Coaching tab shows both`,
      ],
    };
  },
};

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
