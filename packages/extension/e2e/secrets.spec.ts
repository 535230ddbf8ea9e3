/**
 * A content script runs inside the CRM page: whatever it can read, a flaw in it (or in the page)
 * could leak. The HubSpot token must be out of its reach: saved on the options page, the sync
 * has it, and the content script's world on a HubSpot page finds it nowhere.
 */
import { contentScriptWorld } from './content-script-world';
import { openExtensionPage } from './extension-pages';
import { expect, serveFixturePage, test } from './extension-test';
import { HUBSPOT_DEAL, overlayEntry } from './fixtures/overlay-helpers';

const TOKEN = 'pat-na1-5ec2e7a1-0000-4000-8000-00000000c0de';

test('the HubSpot token is readable by the extension, not by its content script on a CRM page', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const { page: options } = await openExtensionPage(context, extensionId, 'options.html');
  const hubspot = options.locator('[data-connection="hubspot"]');
  await options.getByLabel('Private-app access token').fill(TOKEN);
  await options.getByLabel('Your HubSpot login email').fill('rep@example.com');
  await hubspot.getByRole('button', { name: 'Save' }).click();
  await expect(hubspot.locator('[data-token]')).toHaveText('✓ saved');

  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  await page.goto(HUBSPOT_DEAL);
  await overlayEntry(page).waitFor();

  const world = await contentScriptWorld(context, page, extensionId);
  try {
    // The content script can read extension storage (the email, privacy settings)...
    const local = await world.evaluate<Record<string, unknown>>('chrome.storage.local.get(null)');
    expect(local.hubspotEmail).toBe('rep@example.com');
    // ...but the token is in none of it,
    expect(JSON.stringify(local)).not.toContain(TOKEN);
    const session = await world.evaluate<unknown>(
      'chrome.storage.session.get(null).catch((error) => String(error))',
    );
    expect(JSON.stringify(session)).not.toContain(TOKEN);
    // and its IndexedDB is the CRM page's, which holds no OnPace database.
    const databases = await world.evaluate<{ name: string }[]>(
      'indexedDB.databases().then((list) => list.map(({ name }) => ({ name })))',
    );
    expect(databases.map((database) => database.name)).not.toContain('onpace-secrets');
  } finally {
    await world.detach();
  }

  // The background reads it (the sync sends it to HubSpot and nowhere else).
  const inBackground = await serviceWorker.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('onpace-secrets');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('secrets').objectStore('secrets').get('hubspotToken');
          read.onsuccess = () => resolve((read.result as { value?: string } | undefined)?.value ?? null);
          read.onerror = () => reject(read.error);
        };
      }),
  );
  expect(inBackground).toBe(TOKEN);
});
