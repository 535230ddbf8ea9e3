/** The extension's own pages, opened as tabs: chrome-extension://<id>/popup.html and options.html. */
import type { BundleInput } from '@onpace/core/schemas';
import type { Page } from 'playwright-core';
import type { DemoBrowser } from '../env/browser.js';

export async function openExtensionPage(
  browser: DemoBrowser,
  file: 'popup.html' | 'options.html',
): Promise<Page> {
  const page = await browser.context.newPage();
  // The popup is about 380 px wide (docs/ux.md).
  if (file === 'popup.html') await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

/** The rep picks the manager's file in "Import a bundle file" on the options page. */
export async function importBundleFile(
  options: Page,
  bundle: BundleInput,
  fileName: string,
): Promise<string> {
  const input = options.locator('input[data-onpace="import-bundle"]');
  await input.waitFor({ state: 'attached', timeout: 15_000 });
  await input.setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle, null, 2)),
  });
  const outcome = options.getByText(`${fileName}: Added`);
  await outcome.waitFor({ state: 'visible', timeout: 15_000 });
  return (await outcome.textContent()) ?? '';
}
