import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, serveFixturePage, test } from './extension-test';

const HUBSPOT_DEAL = 'https://app.hubspot.com/contacts/123/record/0-3/456';
const SALESFORCE_OPPORTUNITY =
  'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcD/view';

/** Collects what the overlay logs when it fails, so a silent failure is visible. */
function overlayWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.text().includes('[OnPace]')) warnings.push(message.text());
  });
  return warnings;
}

async function expectOneOverlayWithBadge(page: Page): Promise<void> {
  // Playwright's test-id locator pierces the open shadow root.
  const badge = page.getByTestId('onpace-badge');
  await expect(badge).toHaveText('OnPace');
  await expect(page.locator('onpace-overlay')).toHaveCount(1);

  // The badge lives inside the host element's shadow root, not in the page DOM.
  const inShadow = await page
    .locator('onpace-overlay')
    .evaluate((host) => host.shadowRoot?.querySelector('[data-testid="onpace-badge"]')?.textContent ?? null);
  expect(inShadow).toBe('OnPace');
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="onpace-badge"]').length)).toBe(0);

  // Our stylesheet reached the shadow root: the badge is pinned bottom-right.
  await expect(badge).toHaveCSS('position', 'fixed');
  const box = await badge.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (box && viewport) {
    expect(viewport.width - (box.x + box.width)).toBeLessThan(40);
    expect(viewport.height - (box.y + box.height)).toBeLessThan(40);
  }
}

test('a HubSpot deal record gets exactly one overlay with the badge', async ({ context }) => {
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  const warnings = overlayWarnings(page);

  await page.goto(HUBSPOT_DEAL);

  await expectOneOverlayWithBadge(page);
  expect(warnings).toEqual([]);
});

test('a Salesforce Lightning opportunity gets exactly one overlay with the badge', async ({ context }) => {
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const page = await context.newPage();
  const warnings = overlayWarnings(page);

  await page.goto(SALESFORCE_OPPORTUNITY);

  await expectOneOverlayWithBadge(page);
  expect(warnings).toEqual([]);
});

test('a page on another host gets no overlay, even with CRM-like markup', async ({ context }) => {
  const elsewhere = 'https://www.example.com/contacts/123/record/0-3/456';
  await serveFixturePage(context, elsewhere, 'hubspot-deal-record.html');
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');

  const other = await context.newPage();
  await other.goto(elsewhere);
  // Absence needs a reference point: once a CRM page loaded after it shows
  // its overlay, the content scripts have had their chance on the first page.
  const crm = await context.newPage();
  await crm.goto(HUBSPOT_DEAL);
  await expect(crm.getByTestId('onpace-badge')).toBeVisible();
  await other.waitForTimeout(500);

  await expect(other.locator('onpace-overlay')).toHaveCount(0);
});
