import { browser } from 'wxt/browser';

/**
 * The tab the popup was opened over, so the manager can link a note to the CRM record shown
 * there. `tabs.query` returns the id without the `tabs` permission (only url and title need it).
 */
export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}
