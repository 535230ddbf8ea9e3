import { parseResponse } from '../src/messaging/protocol';
import { openExtensionPage, screenshot, sendFromPage } from './extension-pages';
import { expect, serveFixturePage, test } from './extension-test';
import { SALESFORCE_OPPORTUNITY } from './fixtures/overlay-helpers';
import { SAMPLE_PLAN_ID, sampleBundleText } from './sample-bundle';

/** The service worker's `chrome`, as far as this spec reads it. */
interface SessionGlobal {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
}

const HOSTILE_NOTE = 'Great call block today <img src=x onerror="document.title=\'pwned\'"> keep it up';

test('the manager writes a note and a check-in; the rep sees the note as text', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openExtensionPage(context, extensionId, 'popup.html');
  expect(
    parseResponse(
      'bundle/import',
      await sendFromPage(page, { type: 'bundle/import', text: sampleBundleText() }),
    ),
  ).toMatchObject({
    ok: true,
  });
  await page.reload();

  await page.getByRole('tab', { name: 'Coaching' }).click();
  await expect(page.getByLabel('Plan')).toHaveValue(SAMPLE_PLAN_ID);

  const noteForm = page.getByRole('form', { name: 'New coaching note' });
  await noteForm.getByLabel('Note').fill(HOSTILE_NOTE);
  await noteForm.getByLabel('Tag').selectOption('prospecting');
  await noteForm.getByRole('button', { name: 'Save note' }).click();
  await expect(noteForm.getByRole('status')).toHaveText('Note saved.');
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes.locator('.user-text')).toHaveText(HOSTILE_NOTE);

  const checkInForm = page.getByRole('form', { name: 'New check-in' });
  await checkInForm.getByLabel('The open question').fill('What would make the first call block easier?');
  // The rep answers in their own popup (checkins/answer); the manager's form holds the check-in.
  await checkInForm.getByLabel('Action item 1', { exact: true }).fill('Ask ops for the March list');
  await checkInForm.getByLabel('Action item 1 due date').fill('2030-03-13');
  await checkInForm.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkInForm.getByRole('status')).toContainText('Check-in saved');
  const checkIns = page.getByRole('list', { name: 'Check-ins' });
  await expect(checkIns).toContainText('What would make the first call block easier?');
  await expect(checkIns).toContainText('Ask ops for the March list');
  // The snapshot froze the plan's status at saving.
  await expect(checkIns.locator('[data-status]')).toHaveCount(1);
  await screenshot(page, 'popup-manager');

  await page.getByRole('tab', { name: 'My plan' }).click();
  const repNote = page.locator('.notes .note').first();
  await expect(repNote.locator('.user-text')).toHaveText(HOSTILE_NOTE);
  await expect(repNote).toContainText('New');
  await screenshot(page, 'popup-rep');

  // Rendered as text: no element came out of the note, and its handler never ran.
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');

  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('New ·')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the rep sees every target with a status word, logs by hand, undoes, and acknowledges', async ({
  context,
  extensionId,
}) => {
  const { page } = await openExtensionPage(context, extensionId, 'popup.html');
  await sendFromPage(page, { type: 'bundle/import', text: sampleBundleText() });
  await page.reload();

  const view = parseResponse('view/rep', await sendFromPage(page, { type: 'view/rep' }));
  if (!view.ok) throw new Error(view.error);
  const targets = page.getByRole('list', { name: 'Targets' }).locator('[data-target-id]');
  await expect(targets).toHaveCount(3);
  // Each row's status is the one the background computed with core's evaluatePlan.
  for (const target of view.view.targets) {
    await expect(page.locator(`[data-target-id="${target.targetId}"]`)).toHaveAttribute(
      'data-status',
      target.status,
    );
  }
  await expect(page.getByText(/Business day \d+ of 20/)).toBeVisible();
  await expect(page.getByText(/Next check-in/)).toBeVisible();

  const calls = page.locator('[data-target-id="calls"] .figures');
  const before = await calls.textContent();
  await page.getByRole('button', { name: '+1 calls' }).click();
  await expect(calls).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(calls).toHaveText(before ?? '');

  await page.getByRole('button', { name: 'Acknowledge revision 1' }).click();
  await expect(page.getByText(/You acknowledged revision 1/)).toBeVisible();
});

test('the manager links a note to the CRM record open in the tab, then edits and deletes it', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page: popup } = await openExtensionPage(context, extensionId, 'popup.html');
  await sendFromPage(popup, { type: 'bundle/import', text: sampleBundleText() });
  // A Salesforce opportunity in another tab: its overlay reports the record it shows.
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const crm = await context.newPage();
  await crm.goto(SALESFORCE_OPPORTUNITY);
  await expect(crm.locator('onpace-overlay')).toHaveCount(1);

  // The popup asks for the active tab when its manager view loads: make the CRM tab active
  // first, as it is when the popup opens over it.
  // The overlay reports the record, then again once its name has rendered.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () =>
        JSON.stringify(
          await (globalThis as unknown as SessionGlobal).chrome.storage.session.get('pageRecords'),
        ),
      ),
    )
    .toContain('Acme renewal');
  await crm.bringToFront();
  await popup.getByRole('tab', { name: 'Coaching' }).click();
  const link = popup.getByLabel('Link to the record open in this tab: Acme renewal');
  await expect(link).toBeVisible();
  await expect(link).toBeChecked();
  // Back to the popup: a background tab gets no animation frames, which Playwright waits for.
  await popup.bringToFront();

  const noteForm = popup.getByRole('form', { name: 'New coaching note' });
  await noteForm.getByLabel('Note').fill('Ask about the renewal date');
  await noteForm.getByRole('button', { name: 'Save note' }).click();
  const note = popup.getByRole('list', { name: 'Notes' }).locator('.note');
  await expect(note).toContainText('About Acme renewal');

  await note.getByRole('button', { name: 'Edit' }).click();
  const editForm = popup.getByRole('form', { name: 'Edit coaching note' });
  await expect(editForm.getByLabel('Note')).toHaveValue('Ask about the renewal date');
  await editForm.getByLabel('Note').fill('Ask about the renewal date and the budget owner');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(note.locator('.user-text')).toHaveText('Ask about the renewal date and the budget owner');

  await note.getByRole('button', { name: 'Delete' }).click();
  await note.getByRole('button', { name: 'Delete this note' }).click();
  await expect(popup.getByRole('list', { name: 'Notes' }).locator('.note')).toHaveCount(0);
  const view = parseResponse('view/rep', await sendFromPage(popup, { type: 'view/rep' }));
  expect(view.ok && view.view.notes).toEqual([]);
});
