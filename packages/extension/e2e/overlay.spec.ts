/**
 * The overlay on dated fixture pages at the CRMs' real addresses, with whatever data the
 * extension has (none): mounting, placement, SPA navigation, record reading, keyboard, and a
 * quiet host console. Data-driven checks are in overlay-data.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, serveFixturePage, test } from './extension-test';
import {
  HUBSPOT_CONTACT,
  HUBSPOT_DEAL,
  HUBSPOT_DEAL_LIST,
  overlayEntry,
  recordPageRecords,
  SALESFORCE_NO_ANCHORS,
  SALESFORCE_OPPORTUNITY,
  SALESFORCE_OPPORTUNITY_LIST,
  seenRecords,
  watchHostConsole,
} from './fixtures/overlay-helpers';
import { overlay } from './overlay/overlay-locator';

async function expectOneOverlay(page: Page, placement: 'docked' | 'floating'): Promise<void> {
  await overlayEntry(page).waitFor();
  await expect(page.locator('onpace-overlay')).toHaveCount(1);
  await expect(page.locator('onpace-overlay')).toHaveAttribute('data-placement', placement);
  // Nothing of ours in the page's own DOM: the UI lives in the shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid^="onpace-"]').length)).toBe(0);
}

/** The overlay's box, which must sit inside the free area (clear of the CRM's chrome). */
async function overlayBox(page: Page) {
  // The badge re-renders as its state arrives (status, figures): read its box once it is laid out.
  for (let attempt = 0; attempt < 50; attempt++) {
    const box = await overlayEntry(page).boundingBox();
    if (box) return box;
    await page.waitForTimeout(100);
  }
  throw new Error('the overlay has no box');
}

const PAGES = [
  { name: 'a HubSpot deal record', url: HUBSPOT_DEAL, fixture: 'hubspot-deal-record.html' },
  {
    name: 'a HubSpot contact record (older layout)',
    url: HUBSPOT_CONTACT,
    fixture: 'hubspot-contact-record.html',
  },
  { name: 'a HubSpot deal list', url: HUBSPOT_DEAL_LIST, fixture: 'hubspot-deal-list.html' },
  {
    name: 'a Salesforce opportunity record',
    url: SALESFORCE_OPPORTUNITY,
    fixture: 'salesforce-opportunity-record.html',
  },
  {
    name: 'a Salesforce opportunity list',
    url: SALESFORCE_OPPORTUNITY_LIST,
    fixture: 'salesforce-opportunity-list.html',
  },
];

for (const { name, url, fixture } of PAGES) {
  test(`${name} gets exactly one docked overlay and a quiet console`, async ({ context }) => {
    await serveFixturePage(context, url, fixture);
    const page = await context.newPage();
    const console = watchHostConsole(page);
    await page.goto(url);
    await expectOneOverlay(page, 'docked');
    await page.waitForTimeout(300);
    expect(console.errors).toEqual([]);
    expect(console.overlayWarnings).toEqual([]);
  });
}

test('the overlay keeps clear of the Salesforce header and utility bar', async ({ context }) => {
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const page = await context.newPage();
  await page.goto(SALESFORCE_OPPORTUNITY);
  await expectOneOverlay(page, 'docked');
  const viewport = page.viewportSize();
  const box = await overlayBox(page);
  // The fixture's utility bar is 40 px tall at the bottom, its header 90 px at the top.
  expect(box.y + box.height).toBeLessThanOrEqual((viewport?.height ?? 0) - 40);
  expect(box.y).toBeGreaterThanOrEqual(90);
});

test('a page without the expected anchors still gets the floating badge, and no errors', async ({
  context,
}) => {
  await serveFixturePage(context, SALESFORCE_NO_ANCHORS, 'salesforce-no-anchors.html');
  const page = await context.newPage();
  const console = watchHostConsole(page);
  await page.goto(SALESFORCE_NO_ANCHORS);
  await expectOneOverlay(page, 'floating');
  const viewport = page.viewportSize();
  const box = await overlayBox(page);
  expect((viewport?.width ?? 0) - (box.x + box.width)).toBeLessThan(40);
  expect((viewport?.height ?? 0) - (box.y + box.height)).toBeLessThan(40);
  await page.waitForTimeout(500);
  expect(console.errors).toEqual([]);
  expect(console.overlayWarnings).toEqual([]);
});

test('the open record is reported from the live view, not the stale hidden one', async ({
  context,
  serviceWorker,
}) => {
  await recordPageRecords(serviceWorker);
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const page = await context.newPage();
  await page.goto(SALESFORCE_OPPORTUNITY);
  await expect
    .poll(async () => (await seenRecords(serviceWorker)).at(-1))
    .toEqual({
      crm: 'salesforce',
      objectType: 'Opportunity',
      id: '006xx000001AbcDAAS',
      name: 'Acme renewal',
      url: SALESFORCE_OPPORTUNITY,
    });
});

test('SPA navigation between records leaves exactly one overlay and follows the record', async ({
  context,
  serviceWorker,
}) => {
  await recordPageRecords(serviceWorker);
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  const console = watchHostConsole(page);
  await page.goto(HUBSPOT_DEAL);
  await expectOneOverlay(page, 'docked');

  // HubSpot's router: new URL through history.pushState, then React re-renders the highlight card.
  for (let index = 1; index <= 6; index++) {
    await page.evaluate((n) => {
      history.pushState({}, '', `/contacts/1234567/record/0-3/${1000 + n}`);
      const title = document.querySelector('[data-selenium-test="highlightTitle"]');
      if (title) title.replaceWith(Object.assign(title.cloneNode(), { textContent: `Deal number ${n}` }));
    }, index);
  }
  // And to a list and back, the way a rep moves.
  await page.evaluate(() => history.pushState({}, '', '/contacts/1234567/objects/0-3/views/all/list'));
  await page.evaluate(() => history.back());
  await page.waitForTimeout(300);
  await expectOneOverlay(page, 'docked');
  await expect
    .poll(async () =>
      (await seenRecords(serviceWorker)).filter((record) => record?.name === 'Deal number 6').at(-1),
    )
    .toMatchObject({ crm: 'hubspot', objectType: 'deal', id: '1006', name: 'Deal number 6' });
  expect(console.errors).toEqual([]);
  expect(console.overlayWarnings).toEqual([]);
});

test('a page on another host gets no overlay, even with CRM-like markup', async ({ context }) => {
  const elsewhere = 'https://www.example.com/contacts/123/record/0-3/456';
  await serveFixturePage(context, elsewhere, 'hubspot-deal-record.html');
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const other = await context.newPage();
  await other.goto(elsewhere);
  // Absence needs a reference point: once a CRM page loaded after it shows its overlay,
  // the content scripts have had their chance on the first page.
  const crm = await context.newPage();
  await crm.goto(HUBSPOT_DEAL);
  await overlayEntry(crm).waitFor();
  await other.waitForTimeout(500);
  await expect(other.locator('onpace-overlay')).toHaveCount(0);
});

test('without a plan, "Set one up" opens the options page from the CRM page', async ({
  context,
  extensionId,
}) => {
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  await page.goto(HUBSPOT_DEAL);
  const hint = overlay(page).getByTestId('onpace-no-plan');
  await hint.waitFor();
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    hint.getByRole('button', { name: 'Set one up' }).click(),
  ]);
  await options.waitForLoadState();
  expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
});
