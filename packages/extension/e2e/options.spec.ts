import { parseBundle } from '@onpace/core/schemas';
import type { Page } from '@playwright/test';
import { parseResponse } from '../src/messaging/protocol';
import { openExtensionPage, screenshot, sendFromPage } from './extension-pages';
import { expect, test } from './extension-test';
import { SAMPLE_PLAN_ID, sampleBundle, sampleBundleText, samplePlan } from './sample-bundle';

function importFile(page: Page, name: string, text: string) {
  return page.locator('[data-onpace="import-bundle"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

function filesStatus(page: Page) {
  return page.getByRole('region', { name: 'Import and export' }).getByRole('status');
}

/** Everything stored about the plan, as a backup export without its export time. */
async function storedBackup(page: Page): Promise<unknown> {
  const response = parseResponse(
    'bundle/export',
    await sendFromPage(page, { type: 'bundle/export', planId: SAMPLE_PLAN_ID, purpose: 'backup' }),
  );
  if (!response.ok) throw new Error(response.error);
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(response.text) as { exportedAt: string };
  return rest;
}

test('importing a good bundle stores the plan and makes it my plan', async ({ context, extensionId }) => {
  const { page, errors } = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByText('No plan yet.')).toBeVisible();

  await importFile(page, 'dana.onpace.json', sampleBundleText());

  await expect(filesStatus(page)).toContainText('dana.onpace.json: Added 1 plan');
  const item = page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`);
  await expect(item).toContainText('Dana Reyes — spring plan');
  await expect(item).toContainText('My plan');
  await expect(page.getByLabel('Show on CRM pages')).toHaveValue(SAMPLE_PLAN_ID);
  await screenshot(page, 'options-after-import');
  expect(errors).toEqual([]);
});

test('a malformed bundle is refused naming the field, and nothing stored changes', async ({
  context,
  extensionId,
}) => {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await importFile(page, 'dana.onpace.json', sampleBundleText());
  await expect(filesStatus(page)).toContainText('Added 1 plan');
  const before = await storedBackup(page);

  // A newer revision of the stored plan (which alone would update it) beside a plan whose
  // target has a negative goal: the whole file is refused.
  const bad = sampleBundle({
    plans: [
      samplePlan({ revision: 2, title: 'Renamed by the bad file' }),
      samplePlan({
        id: 'plan-broken',
        targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: -5 }],
      }),
    ],
  });
  await importFile(page, 'broken.onpace.json', JSON.stringify(bad));

  const error = page.locator('[data-onpace="import-error"]');
  await expect(error).toContainText('Nothing was imported');
  await expect(error).toContainText('plans[1].targets[0].goal');
  await expect(error).toContainText('must be greater than 0');
  await screenshot(page, 'options-import-error');
  expect(await storedBackup(page)).toEqual(before);
  await expect(page.locator('[data-plan-id]')).toHaveCount(1);
  await expect(page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`)).toContainText('Dana Reyes — spring plan');
});

test('the plan form shows each problem beside its field, then creates the plan', async ({
  context,
  extensionId,
}) => {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await page.getByRole('button', { name: 'New plan' }).click();
  const form = page.getByRole('form', { name: 'New plan' });
  await form.getByLabel('Title').fill('Lee Park — Q2 plan');
  await form.getByLabel('Ends').fill('2026-01-01');
  await form.getByLabel('Starts').fill('2026-02-02');
  await form.getByRole('textbox', { name: 'Goal' }).fill('0');
  await form.getByRole('button', { name: 'Create plan' }).click();

  await expect(form.getByRole('alert').first()).toContainText(
    'The plan was not saved: see the fields marked below.',
  );
  await expect(form.locator('[data-field="rep.name"] .field-problem')).toHaveText('must not be empty');
  await expect(form.locator('[data-field="targets[0].goal"] .field-problem')).toHaveText(
    'must be greater than 0',
  );
  await expect(form.locator('[data-field="end"] .field-problem')).toContainText('must be on or after start');
  await expect(form.locator('[data-field="targets[0].goal"] input')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'options-plan-form-errors');

  await form.getByLabel('Rep’s name').fill('Lee Park');
  await form.getByLabel('Ends').fill('2026-03-27');
  await form.getByRole('textbox', { name: 'Goal' }).fill('30');
  await form.getByRole('button', { name: 'Create plan' }).click();

  await expect(page.getByRole('region', { name: 'Plans' }).getByRole('status')).toContainText(
    'Saved “Lee Park — Q2 plan” (revision 1)',
  );
  await expect(page.locator('.plan-item')).toContainText('Lee Park — Q2 plan');
  // The first plan created becomes "my plan".
  await expect(page.locator('.plan-item')).toContainText('My plan');
});

test('editing a plan raises its revision', async ({ context, extensionId }) => {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await importFile(page, 'dana.onpace.json', sampleBundleText());
  const item = page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`);
  await item.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: /Edit/ });
  await form.getByLabel('Title').fill('Dana Reyes — spring plan, revised');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(item).toContainText('revision 2');
  await expect(item).toContainText('spring plan, revised');
});

test('exporting a plan downloads a bundle that imports again, without private notes', async ({
  context,
  extensionId,
}) => {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await importFile(page, 'dana.onpace.json', sampleBundleText());
  await expect(filesStatus(page)).toContainText('Added 1 plan');
  for (const visibility of ['shared', 'private'] as const) {
    await sendFromPage(page, {
      type: 'notes/add',
      planId: SAMPLE_PLAN_ID,
      as: 'manager',
      text: `A ${visibility} note`,
      tag: 'skills',
      visibility,
      record: null,
    });
  }

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to share' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^onpace-plan-dana-e2e-r1-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const bundle = parseBundle(JSON.parse(await readFile(path, 'utf8')));
  expect(bundle.plans.map((plan) => plan.id)).toEqual([SAMPLE_PLAN_ID]);
  expect(bundle.activities.length).toBeGreaterThan(0);
  // Shared notes travel as ledger events; private ones never leave the browser.
  const noteTexts = bundle.events.flatMap((event) => (event.type === 'note.added' ? [event.body.text] : []));
  expect(noteTexts).toEqual(['A shared note']);
  expect(JSON.stringify(bundle)).not.toContain('A private note');
});

test('privacy: discreet mode and deleting all data after confirmation', async ({ context, extensionId }) => {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  await importFile(page, 'dana.onpace.json', sampleBundleText());
  await expect(page.locator('[data-plan-id]')).toHaveCount(1);

  await page.getByLabel(/Discreet mode/).check();
  await expect(page.getByLabel(/Discreet mode/)).toBeChecked();
  // The box turns at once; the background stores the setting a moment later.
  await expect
    .poll(async () => parseResponse('settings/get', await sendFromPage(page, { type: 'settings/get' })))
    .toMatchObject({ ok: true, settings: { discreet: true } });

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const confirm = page.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await confirm.click();

  await expect(page.getByText('All OnPace data in this browser was deleted.')).toBeVisible();
  await expect(page.locator('[data-plan-id]')).toHaveCount(0);
  await expect(page.getByLabel(/Discreet mode/)).not.toBeChecked();
  const plans = parseResponse('plans/list', await sendFromPage(page, { type: 'plans/list' }));
  expect(plans).toMatchObject({ ok: true, plans: [], myPlanId: null });
});

test('the connections section starts unset and checks the HubSpot fields beside them', async ({
  context,
  extensionId,
}) => {
  const { page, errors } = await openExtensionPage(context, extensionId, 'options.html');
  const connections = page.getByRole('region', { name: 'Connections' });
  await expect(connections.locator('[data-connection="salesforce"]')).toContainText('None seen yet');
  await expect(connections.locator('[data-token]')).toHaveText('not saved');

  await page.getByLabel('Private-app access token').fill('two words');
  await page.getByLabel('Your HubSpot login email').fill('riley');
  await connections.getByRole('button', { name: 'Save' }).click();
  await expect(connections.locator('[data-field="hubspot.token"] .field-problem')).toHaveText(
    'must be the token alone, with no spaces',
  );
  await expect(connections.locator('[data-field="hubspot.email"] .field-problem')).toHaveText(
    'must be an email address',
  );
  // Nothing invalid was saved.
  await expect(connections.locator('[data-token]')).toHaveText('not saved');
  expect(errors).toEqual([]);
});
