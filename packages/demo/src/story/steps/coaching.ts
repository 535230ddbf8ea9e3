/**
 * The manager opens the popup's Coaching tab over the Salesforce opportunity: writes a coaching
 * note shared with the rep (linked to that record) and records this week's check-in.
 */
import { addDays } from '@onpace/core/calendar';
import type { Page } from 'playwright-core';
import type { Step, StoryContext } from '../context.js';
import { openExtensionPage } from '../extension-pages.js';

export interface Coaching {
  readonly note: string;
  readonly question: string;
  readonly answer: string;
  readonly actionItem: string;
  readonly due: string;
}

export function coachingFor(context: StoryContext): Coaching {
  const account = context.env.crm.opportunity.name.split(' — ')[0];
  return {
    note: `Good call rhythm this week. Tomorrow, open with the ${account} follow-up before 10:00.`,
    question: 'What would make next week easier?',
    answer: 'Blocking 9 to 11 for calls, and a fresher lead list for HubSpot.',
    actionItem: 'Ask marketing ops for the December lead list',
    due: addDays(context.env.dates.today, 7),
  };
}

/** The popup reads "the record open in this tab" when its Coaching view loads: the CRM tab is in front. */
async function coachingTabOver(popup: Page, crmTab: Page | undefined): Promise<string> {
  if (crmTab) await crmTab.bringToFront();
  await popup.getByRole('tab', { name: 'Coaching' }).click();
  await popup.getByRole('form', { name: 'New coaching note' }).waitFor({ timeout: 10_000 });
  const link = popup.getByLabel(/Link to the record open in this tab/);
  const shown = await link
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  const linked = shown && (await link.isChecked()) ? ((await link.locator('..').textContent()) ?? '') : '';
  await popup.bringToFront();
  return linked === '' ? 'not linked to a record' : linked.replace(/^.*this tab:\s*/, 'linked to ');
}

export const coaching: Step = {
  slug: 'manager-coaching',
  title: 'The manager writes a coaching note and a check-in from the popup',
  async run(context) {
    const words = coachingFor(context);
    const popup = context.tabs.popup ?? (await openExtensionPage(context.env.browser, 'popup.html'));
    context.tabs.popup = popup;
    context.current = popup;
    await popup.reload();
    const linked = await coachingTabOver(popup, context.tabs.salesforce);

    const noteForm = popup.getByRole('form', { name: 'New coaching note' });
    await noteForm.getByLabel('Note').fill(words.note);
    await noteForm.getByLabel('Tag').selectOption('prospecting');
    await noteForm.getByRole('button', { name: 'Save note' }).click();
    await noteForm.getByText('Note saved.').waitFor({ timeout: 10_000 });

    const checkIn = popup.getByRole('form', { name: 'New check-in' });
    await checkIn.getByLabel('The open question').fill(words.question);
    // The manager holds the check-in; the answer (words.answer) is the rep's, in their own popup.
    await checkIn.getByLabel('Action item 1', { exact: true }).fill(words.actionItem);
    await checkIn.getByLabel('Action item 1 due date').fill(words.due);
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.getByText(/Check-in saved/).waitFor({ timeout: 10_000 });
    await popup
      .getByRole('list', { name: 'Check-ins' })
      .getByText(words.question)
      .waitFor({ timeout: 10_000 });
    await popup.getByRole('list', { name: 'Notes' }).getByText(words.note).waitFor({ timeout: 10_000 });
    return {
      page: popup,
      fullPage: true,
      lines: [
        `note (shared, prospecting, ${linked}): "${words.note}"`,
        `check-in ${context.env.dates.today}: "${words.question}" — action item due ${words.due}`,
      ],
    };
  },
};
