/** Steps shared by the popup, options and bridge specs: open an extension page, talk to the background. */
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { BackgroundRequest } from '../src/messaging/protocol';

/** The `chrome` global of an extension page, typed only as far as these tests use it. */
interface ExtensionPageGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

export const SCREENSHOT_DIR = new URL('../test-results/screenshots/', import.meta.url);

export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  file: 'popup.html' | 'options.html',
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (file === 'popup.html') await page.setViewportSize({ width: 380, height: 760 });
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return { page, errors };
}

/** Sends one protocol request from an extension page, as the popup and options page do. */
export async function sendFromPage(page: Page, message: BackgroundRequest): Promise<unknown> {
  return page.evaluate(
    (request) => (globalThis as unknown as ExtensionPageGlobal).chrome.runtime.sendMessage(request),
    message,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOT_DIR).pathname, fullPage: true });
}
