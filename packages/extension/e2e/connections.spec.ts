/**
 * The options page's Connections section in the real built extension, against the fake CRM at
 * the real host names (fake-crm-test.ts): a HubSpot token and email typed and tested, "Sync now"
 * storing exactly the seeded activity, a refused token shown beside its field, and "delete all
 * data" taking the token with it.
 */
import type { Page, Worker } from '@playwright/test';
import { planFor, REP_EMAIL } from '../test/sync/support/quarter';
import { openExtensionPage, SCREENSHOT_DIR, screenshot, sendFromPage } from './extension-pages';
import {
  addSalesforceSession,
  expect,
  expectExact,
  SALESFORCE_API,
  SALESFORCE_PAGE,
  servePage,
  test,
} from './fake-crm-test';

const WRONG_TOKEN = 'pat-na1-00000000-0000-0000-0000-000000000000';

interface StorageGlobal {
  chrome: { storage: { local: { get(): Promise<Record<string, unknown>> } } };
}

function hubspot(page: Page) {
  return page.locator('[data-connection="hubspot"]');
}

/** The options page with the seeded rep's plan stored (and so chosen as "my plan"). */
async function optionsWithPlan(
  context: Parameters<typeof openExtensionPage>[0],
  extensionId: string,
  plan: unknown,
) {
  const opened = await openExtensionPage(context, extensionId, 'options.html');
  expect(await sendFromPage(opened.page, { type: 'plans/save', mode: 'create', plan })).toMatchObject({
    ok: true,
  });
  await opened.page.reload();
  await expect(opened.page.getByRole('heading', { name: 'Connections' })).toBeVisible();
  return opened;
}

async function saveHubSpot(page: Page, token: string) {
  await page.getByLabel('Private-app access token').fill(token);
  await page.getByLabel('Your HubSpot login email').fill(REP_EMAIL);
  await hubspot(page).getByRole('button', { name: 'Save' }).click();
  await expect(hubspot(page).locator('[data-token]')).toHaveText('✓ saved');
  // Write-only: the field is emptied and never shows the token again.
  await expect(page.getByLabel('Private-app access token')).toHaveValue('');
}

function storedKeys(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as StorageGlobal).chrome.storage.local.get()),
  );
}

test.describe('Connections on the options page', () => {
  test.setTimeout(90_000);

  test('a HubSpot token and email, tested, then Sync now stores exactly the seeded activity', async ({
    context,
    extensionId,
    fake,
  }) => {
    const { quarter } = fake;
    await addSalesforceSession(context, quarter);
    // The rep has Salesforce open in a tab: that is the org OnPace syncs with.
    await servePage(context, SALESFORCE_PAGE, 'salesforce-opportunity-record.html');
    const { page, errors } = await optionsWithPlan(context, extensionId, planFor(quarter));

    const salesforce = page.locator('[data-connection="salesforce"]');
    await expect(salesforce).toContainText(SALESFORCE_API);
    await expect(salesforce.locator('[data-session]')).toHaveText(/Signed in/);
    await expect(hubspot(page).locator('[data-token]')).toHaveText('not saved');

    await saveHubSpot(page, quarter.hubspot.token);
    await hubspot(page).getByRole('button', { name: 'Test connection' }).click();
    await expect(hubspot(page).locator('[data-owner-id]')).toHaveText(
      `✓ Connected: HubSpot owner 71000001, Riley Rep (${REP_EMAIL}).`,
    );

    await page.getByRole('button', { name: 'Sync now' }).click();
    const results = page.getByRole('list', { name: 'Sync result' });
    await expect(results.locator('[data-source="salesforce"]')).toHaveAttribute('data-outcome', 'synced', {
      timeout: 60_000,
    });
    await expect(results.locator('[data-source="hubspot"]')).toHaveAttribute('data-outcome', 'synced');
    await expectExact(page, quarter);

    // Each CRM now says when it synced and how much of its API OnPace's org or account used.
    await expect(salesforce.locator('.sync-facts')).toContainText('Last synced');
    await expect(salesforce.locator('.sync-facts')).toContainText(
      /API usage: [\d,.]+ of [\d,.]+ calls in the last 24 hours/,
    );
    await expect(hubspot(page).locator('.sync-facts')).toContainText('Last synced');
    await expect(hubspot(page).locator('.sync-facts')).toContainText(/API usage: .* today/);
    expect(await page.content()).not.toContain(quarter.hubspot.token);
    expect(await page.content()).not.toContain(quarter.salesforce.sessionId);

    await page.getByRole('region', { name: 'Connections' }).screenshot({
      path: new URL('options-connections.png', SCREENSHOT_DIR).pathname,
    });
    await screenshot(page, 'options-with-connections');

    // The popup's rep tab says when the plan's figures last came from the CRMs.
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.page.locator('.sync-line')).toContainText('Synced from Salesforce and HubSpot');
    await screenshot(popup.page, 'popup-rep-synced');
    expect(errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });

  test('a wrong token shows HubSpot’s refusal beside the token, and the sync says so too', async ({
    context,
    extensionId,
    fake,
  }) => {
    const { page } = await optionsWithPlan(context, extensionId, planFor(fake.quarter));
    await saveHubSpot(page, WRONG_TOKEN);
    await hubspot(page).getByRole('button', { name: 'Test connection' }).click();
    const beside = hubspot(page).locator('[data-field="hubspot.token"] .field-problem');
    await expect(beside).toHaveText(
      'HubSpot refused the access token — paste a valid private-app token in OnPace options.',
    );
    await expect(page.getByLabel('Private-app access token')).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('[data-source="hubspot"]')).toHaveAttribute('data-outcome', 'fault', {
      timeout: 20_000,
    });
    await expect(hubspot(page).locator('.sync-facts .attention')).toContainText(
      'HubSpot refused the access token',
    );
    // No Salesforce org was seen in a tab: nothing to sync there, said plainly.
    await expect(page.locator('[data-source="salesforce"]')).toHaveText(
      'Not synced: no Salesforce org open in a tab.',
    );
    expect(fake.crm.requests().map((entry) => entry.status)).toEqual([401, 401]);
    await page.getByRole('region', { name: 'Connections' }).screenshot({
      path: new URL('options-connections-fault.png', SCREENSHOT_DIR).pathname,
    });

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.page.locator('[data-sync="attention"]')).toContainText(
      'HubSpot refused the access token',
    );
    await screenshot(popup.page, 'popup-rep-sync-fault');
  });

  test('delete all data removes the HubSpot token', async ({ context, extensionId, serviceWorker, fake }) => {
    const { page } = await optionsWithPlan(context, extensionId, planFor(fake.quarter));
    await saveHubSpot(page, fake.quarter.hubspot.token);
    // Saved (see saveHubSpot), and not in storage.local, where content scripts could read it.
    expect(await storedKeys(serviceWorker)).not.toContain('hubspotToken');

    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();

    await expect(hubspot(page).locator('[data-token]')).toHaveText('not saved');
    await expect(hubspot(page).getByRole('button', { name: 'Remove' })).toHaveCount(0);
    await expect(page.getByLabel('Your HubSpot login email')).toHaveValue('');
    const keys = await storedKeys(serviceWorker);
    expect(keys.filter((key) => key.startsWith('hubspot'))).toEqual([]);
  });
});
