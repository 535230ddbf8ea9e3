/**
 * Connects HubSpot as a rep does, on the options page: the token is saved where the extension
 * keeps secrets (not chrome.storage.local), so specs type it rather than write storage.
 */
import type { BrowserContext } from '@playwright/test';
import { openExtensionPage } from './extension-pages';
import { expect } from './extension-test';

export async function connectHubSpot(
  context: BrowserContext,
  extensionId: string,
  token: string,
  email: string,
): Promise<void> {
  const { page } = await openExtensionPage(context, extensionId, 'options.html');
  const hubspot = page.locator('[data-connection="hubspot"]');
  await page.getByLabel('Private-app access token').fill(token);
  await page.getByLabel('Your HubSpot login email').fill(email);
  await hubspot.getByRole('button', { name: 'Save' }).click();
  await expect(hubspot.locator('[data-token]')).toHaveText('✓ saved');
  await page.close();
}
