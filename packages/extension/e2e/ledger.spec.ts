/**
 * The plan ledger in the built extension, both people in one profile as in the other specs:
 * the manager issues and changes a plan and the rep sees "What changed" and acknowledges; the
 * rep disputes a day and the accepted dispute moves the overlay's figure; the history shows an
 * edited note with its earlier text.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openExtensionPage, screenshot } from './extension-pages';
import { expect, serveFixturePage, test } from './extension-test';
import { HUBSPOT_DEAL } from './fixtures/overlay-helpers';
import { overlay } from './overlay/overlay-locator';
import { SAMPLE_PLAN_ID, sampleBundleText } from './sample-bundle';

/** The manager's options page with the sample plan imported through its file input. */
async function optionsWithPlan(context: BrowserContext, extensionId: string): Promise<Page> {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await page.locator('[data-onpace="import-bundle"]').setInputFiles({
    name: 'dana.onpace.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sampleBundleText(), 'utf8'),
  });
  await expect(page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`)).toContainText('Dana Reyes');
  return page;
}

async function popupOn(page: Page, tab: 'My plan' | 'Coaching'): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('the manager issues and changes a plan; the rep sees what changed and acknowledges each revision', async ({
  context,
  extensionId,
}) => {
  // The manager issues a plan from the options form: a draft, revision 1.
  const { page: options } = await openExtensionPage(context, extensionId, 'options.html');
  await options.getByRole('button', { name: 'New plan' }).click();
  const create = options.getByRole('form', { name: 'New plan' });
  await create.getByLabel('Title').fill('Lee Park — Q2 plan');
  await create.getByLabel('Rep’s name').fill('Lee Park');
  await create.getByLabel('Manager’s name (optional)').fill('Sam Lee');
  const end = daysFromToday(60);
  await create.getByLabel('Ends').fill(end);
  await create.getByRole('textbox', { name: 'Goal' }).fill('30');
  await create.getByRole('button', { name: 'Create plan' }).click();
  const item = options.locator('.plan-item');
  await expect(item).toContainText('revision 1');
  await expect(item.locator('[data-lifecycle]')).toHaveAttribute('data-lifecycle', 'draft');

  const { page: popup, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  await popupOn(popup, 'Coaching');
  const planState = popup.getByRole('region', { name: 'Lifecycle' });
  const lifecycle = planState.locator('[data-lifecycle]');
  await expect(lifecycle).toHaveAttribute('data-lifecycle', 'draft');
  await planState.getByRole('button', { name: 'Activate' }).click();
  await expect(lifecycle).toHaveAttribute('data-lifecycle', 'active');

  await popupOn(popup, 'My plan');
  await expect(popup.locator('.plan-summary [data-lifecycle]')).toHaveAttribute('data-lifecycle', 'active');
  const receipt = popup.getByRole('region', { name: 'Acknowledgment' });
  await expect(receipt).toHaveAttribute('data-ack-state', 'never');
  await receipt.getByRole('button', { name: 'Acknowledge revision 1' }).click();
  await expect(receipt).toHaveAttribute('data-ack-state', 'current');

  // The manager lowers the calls goal: revision 2 of the same plan.
  await options.reload();
  await item.getByRole('button', { name: 'Edit' }).click();
  const edit = options.getByRole('form', { name: /Edit/ });
  await edit.getByRole('textbox', { name: 'Goal' }).fill('25');
  await edit.getByRole('button', { name: 'Save plan' }).click();
  await expect(item).toContainText('revision 2');
  await expect(item.locator('[data-lifecycle]')).toHaveAttribute('data-lifecycle', 'active');

  await popup.reload();
  await popupOn(popup, 'My plan');
  await expect(receipt).toHaveAttribute('data-ack-state', 'changed');
  await expect(receipt.locator('[data-revision-change]')).toHaveText(['Calls: 30 → 25 a day']);
  await screenshot(popup, 'popup-what-changed');
  await receipt.getByLabel('Comment (optional)').fill('Received; 25 is fair.');
  await receipt.getByRole('button', { name: 'Acknowledge revision 2' }).click();
  await expect(receipt).toHaveAttribute('data-ack-state', 'current');
  await expect(receipt).toContainText('You acknowledged revision 2');

  await popupOn(popup, 'Coaching');
  const receipts = popup.getByRole('region', { name: 'Acknowledgments' });
  await expect(receipts.locator('p[data-ack-state]')).toHaveAttribute('data-ack-state', 'current');
  await expect(receipts.locator('[data-revision="2"]')).toContainText('Lee Park acknowledged revision 2');
  await expect(receipts.locator('[data-revision="2"]')).toContainText('Received; 25 is fair.');
  await expect(receipts.locator('[data-revision="1"]')).toHaveCount(1);

  // Extending moves the end and the state; the rep sees it too.
  await planState.getByRole('button', { name: 'Extend…' }).click();
  await planState.getByLabel(/New last day/).fill(daysFromToday(74));
  await planState.getByLabel('Reason').fill('Two weeks of leave in the middle.');
  await planState.getByRole('button', { name: 'Extend the plan' }).click();
  await expect(lifecycle).toHaveAttribute('data-lifecycle', 'extended');
  await popupOn(popup, 'My plan');
  await expect(popup.locator('.plan-summary [data-lifecycle]')).toHaveText('Extended');
  expect(errors).toEqual([]);
});

/** The first number of a row's figures ("31/40 today" → 31). */
function leadingCount(text: string | null): number {
  const match = /^[\d,]+/.exec(text?.trim() ?? '');
  if (!match) throw new Error(`No figure in "${text}"`);
  return Number(match[0].replaceAll(',', ''));
}

test('the rep disputes a day; the manager accepts and the overlay figure moves', async ({
  context,
  extensionId,
}) => {
  await optionsWithPlan(context, extensionId);
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const crm = await context.newPage();
  await crm.goto(HUBSPOT_DEAL);
  await overlay(crm).getByTestId('onpace-badge').click();
  await overlay(crm).getByTestId('onpace-panel').waitFor();
  // The imported plan is active, and the overlay says so beside its title.
  await expect
    .poll(() => overlay(crm).locator('[data-lifecycle]').getAttribute('data-lifecycle'))
    .toBe('active');
  const calls = overlay(crm).locator('[data-target-id="calls"] .figures');
  const before = leadingCount(await calls.textContent());

  const { page: popup, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  await popupOn(popup, 'My plan');
  const disputes = popup.getByRole('region', { name: 'Disputes' });
  await disputes.getByRole('button', { name: 'Dispute a day’s count' }).click();
  const form = popup.getByRole('form', { name: 'Dispute a day’s count' });
  await form.getByLabel('Target').selectOption('calls');
  await form.getByLabel(/How many are missing/).fill('5');
  await form.getByLabel('Reason').fill('Five calls from my mobile never reached HubSpot.');
  await form.getByRole('button', { name: 'Send dispute' }).click();
  const opened = disputes.locator('[data-dispute-id]');
  await expect(opened).toHaveAttribute('data-dispute-status', 'open');
  // Open disputes change nothing.
  await crm.bringToFront();
  expect(leadingCount(await calls.textContent())).toBe(before);

  await popup.bringToFront();
  await popupOn(popup, 'Coaching');
  const decide = popup.getByRole('region', { name: 'Disputes' }).locator('[data-dispute-id]');
  await decide.getByLabel('Your reason').fill('The phone bill shows them.');
  await decide.getByRole('button', { name: 'Accept' }).click();
  await expect(decide).toHaveAttribute('data-dispute-status', 'accepted');
  await screenshot(popup, 'popup-dispute-accepted');

  await crm.bringToFront();
  await expect.poll(async () => leadingCount(await calls.textContent())).toBe(before + 5);
  expect(errors).toEqual([]);
});

test('the rep disputes a day from a target’s details on the CRM page; the manager accepts and the figure moves', async ({
  context,
  extensionId,
}) => {
  await optionsWithPlan(context, extensionId);
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const crm = await context.newPage();
  await crm.goto(HUBSPOT_DEAL);
  await overlay(crm).getByTestId('onpace-badge').click();
  await overlay(crm).getByTestId('onpace-panel').waitFor();
  const row = overlay(crm).locator('[data-target-id="calls"]');
  const calls = row.locator('.figures');
  const before = leadingCount(await calls.textContent());

  await row.getByRole('button', { name: 'Details' }).click();
  await row.locator('[data-dispute-open="calls"]').click();
  const form = row.locator('form.dispute-form');
  // The form says what it lacks before anything is sent.
  await form.getByRole('button', { name: 'Send dispute' }).click();
  await expect.poll(() => form.locator('.problem').textContent()).toBe('Say why the count is wrong.');
  await form.locator('input[type="number"]').fill('3');
  await form.locator('textarea').fill('Three calls from my mobile never reached HubSpot.');
  await form.getByRole('button', { name: 'Send dispute' }).click();
  await expect
    .poll(() => row.locator('[role="status"]').textContent())
    .toBe('Dispute sent. Your manager will accept or reject it.');
  // Open disputes change nothing.
  expect(leadingCount(await calls.textContent())).toBe(before);

  const { page: popup, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  await popupOn(popup, 'Coaching');
  const decide = popup.getByRole('region', { name: 'Disputes' }).locator('[data-dispute-id]');
  await expect(decide).toContainText('3 missing');
  await expect(decide).toContainText('Three calls from my mobile never reached HubSpot.');
  await decide.getByLabel('Your reason').fill('The phone bill shows them.');
  await decide.getByRole('button', { name: 'Accept' }).click();
  await expect(decide).toHaveAttribute('data-dispute-status', 'accepted');

  await crm.bringToFront();
  await expect.poll(async () => leadingCount(await calls.textContent())).toBe(before + 3);
  expect(errors).toEqual([]);
});

test('the history shows an edited note with its earlier text', async ({ context, extensionId }) => {
  await optionsWithPlan(context, extensionId);
  const { page: popup, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  await popupOn(popup, 'Coaching');
  const noteForm = popup.getByRole('form', { name: 'New coaching note' });
  await noteForm.getByLabel('Note').fill('Open with the follow-up.');
  await noteForm.getByRole('button', { name: 'Save note' }).click();
  const note = popup.getByRole('list', { name: 'Notes' }).locator('.note');
  await expect(note.locator('.user-text')).toHaveText('Open with the follow-up.');
  await note.getByRole('button', { name: 'Edit' }).click();
  const editForm = popup.getByRole('form', { name: 'Edit coaching note' });
  await editForm.getByLabel('Note').fill('Open with the recap, then the follow-up.');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(note.locator('.user-text')).toHaveText('Open with the recap, then the follow-up.');

  const history = popup.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: 'Show the full history' }).click();
  const edited = history.locator('[data-timeline-entry="note.edited"]');
  await expect(edited).toContainText('was “Open with the follow-up.”');
  await expect(edited).toContainText('Sam Lee');
  await expect(history.locator('[data-timeline-entry="note.added"]')).toHaveCount(1);
  await expect(history.locator('[data-timeline-entry="plan.issued"]')).toHaveCount(1);
  await expect(history.locator('[data-problem]')).toHaveCount(0);
  await screenshot(popup, 'popup-history');
  expect(errors).toEqual([]);
});

test('a check-in is two-sided: the manager holds it, the rep answers and ticks an action, both see the same', async ({
  context,
  extensionId,
}) => {
  await optionsWithPlan(context, extensionId);
  const { page: popup, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  await popupOn(popup, 'Coaching');
  const form = popup.getByRole('form', { name: 'New check-in' });
  await form.getByLabel('The open question').fill('What would make the first call block easier?');
  await form.getByLabel('Action item 1', { exact: true }).fill('Ask ops for a fresher list');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  const held = popup.getByRole('list', { name: 'Check-ins' }).locator('[data-checkin-id]');
  await expect(held).toHaveAttribute('data-answered', 'false');
  await expect(held).toContainText('Waiting for the rep’s answer.');

  await popupOn(popup, 'My plan');
  const mine = popup.getByRole('list', { name: 'Check-ins' }).locator('[data-checkin-id]');
  await mine.getByLabel('Your answer').fill('A list of accounts that opened our last email.');
  await mine.getByRole('button', { name: 'Send answer' }).click();
  await expect(mine).toHaveAttribute('data-answered', 'true');
  await mine.getByRole('checkbox', { name: /Ask ops for a fresher list/ }).check();
  await expect(mine.locator('[data-action-id]')).toHaveAttribute('data-done', 'true');

  await popupOn(popup, 'Coaching');
  await expect(held).toHaveAttribute('data-answered', 'true');
  await expect(held).toContainText('A list of accounts that opened our last email.');
  await expect(held.locator('[data-action-id]')).toHaveAttribute('data-done', 'true');
  await expect(held.getByRole('checkbox')).toBeDisabled();
  expect(errors).toEqual([]);
});
