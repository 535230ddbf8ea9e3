/**
 * The overlay with a plan in the extension (seeded by importing a bundle): statuses equal
 * core's evaluatePlan at the instant the background evaluated, a +1 shows at once and can be
 * undone, the note is text and gets marked read, keyboard and the toggle command work, and
 * screenshots of both CRMs (collapsed and open) are saved to test-results/screenshots/.
 */
import { assessAttainability, computeBaseline } from '@onpace/core/diagnosis';
import { evaluatePlan } from '@onpace/core/pace';
import { parsePlan } from '@onpace/core/schemas';
import type { Page } from '@playwright/test';
import { expect, serveFixturePage, test } from './extension-test';
import {
  HUBSPOT_DEAL,
  SALESFORCE_NO_ANCHORS,
  SALESFORCE_OPPORTUNITY,
  SALESFORCE_OPPORTUNITY_LIST,
  sendToggle,
  watchHostConsole,
} from './fixtures/overlay-helpers';
import { importBundle } from './fixtures/seed';
import { type Seed, seedAround } from './fixtures/seed-bundle';
import { overlay } from './overlay/overlay-locator';

const SCREENSHOTS = 'test-results/screenshots';

async function openOverlay(page: Page): Promise<void> {
  await overlay(page).getByTestId('onpace-badge').click();
  await overlay(page).getByTestId('onpace-panel').waitFor();
}

/** Each row's status against evaluatePlan for the seeded plan, at the panel's own asOf. */
async function expectStatusesFromCore(page: Page, seed: Seed): Promise<void> {
  const panel = overlay(page).getByTestId('onpace-panel');
  const asOf = await panel.getAttribute('data-as-of');
  expect(asOf).toBeTruthy();
  const expected = evaluatePlan(parsePlan(seed.plan), seed.activities, asOf ?? '').targets.map((target) => ({
    id: target.targetId,
    status: target.status,
  }));
  const rows = panel.locator('[data-target-id]');
  await expect.poll(() => rows.count()).toBe(expected.length);
  const shown = await rows.evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.getAttribute('data-target-id'),
      status: element.getAttribute('data-status'),
    })),
  );
  expect(shown).toEqual(expected);
}

/** The first target's details carry core's chance of meeting it from here, in core's words. */
async function expectChanceFromCore(page: Page, seed: Seed): Promise<void> {
  const panel = overlay(page).getByTestId('onpace-panel');
  const asOf = (await panel.getAttribute('data-as-of')) ?? '';
  const plan = parsePlan(seed.plan);
  const [first] = assessAttainability(plan, computeBaseline(plan, seed.activities), {
    asOf,
    activities: seed.activities,
  });
  const shown = panel.locator('[data-onpace="attainability"]').first();
  await shown.waitFor();
  await expect.poll(() => shown.getAttribute('data-verdict')).toBe(first?.verdict ?? '');
  await expect.poll(() => shown.textContent()).toBe(first?.reason ?? '');
}

let seed: Seed;

test.beforeEach(async ({ context, extensionId }, testInfo) => {
  seed = seedAround(new Date(), { label: 'Growth plan' });
  await importBundle(context, extensionId, seed.bundle, testInfo);
});

for (const { crm, url, fixture } of [
  { crm: 'hubspot', url: HUBSPOT_DEAL, fixture: 'hubspot-deal-record.html' },
  { crm: 'salesforce', url: SALESFORCE_OPPORTUNITY, fixture: 'salesforce-opportunity-record.html' },
  { crm: 'salesforce-list', url: SALESFORCE_OPPORTUNITY_LIST, fixture: 'salesforce-opportunity-list.html' },
]) {
  test(`${crm}: statuses equal evaluatePlan, and screenshots collapsed and open`, async ({ context }) => {
    await serveFixturePage(context, url, fixture);
    const page = await context.newPage();
    const console = watchHostConsole(page);
    await page.goto(url);
    const badge = overlay(page).getByTestId('onpace-badge');
    await expect.poll(() => badge.getAttribute('data-status')).toMatch(/.+/);
    await expect.poll(() => badge.textContent()).toContain('/');
    await page.screenshot({ path: `${SCREENSHOTS}/${crm}-collapsed.png` });

    await openOverlay(page);
    await expectStatusesFromCore(page, seed);
    await expect.poll(() => overlay(page).getByTestId('onpace-panel').textContent()).toContain('Growth plan');
    await page.screenshot({ path: `${SCREENSHOTS}/${crm}-open.png` });
    await overlay(page).getByTestId('onpace-panel').locator('[aria-expanded="false"]').first().click();
    await expectChanceFromCore(page, seed);
    await page.screenshot({ path: `${SCREENSHOTS}/${crm}-open-details.png` });
    expect(console.errors).toEqual([]);
    expect(console.overlayWarnings).toEqual([]);
  });
}

test('a +1 shows at once and can be undone', async ({ context }) => {
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  await page.goto(HUBSPOT_DEAL);
  await openOverlay(page);
  const calls = overlay(page).locator('[data-target-id="calls"] .figures');
  const before = (await calls.textContent()) ?? '';
  const today = Number(before.split('/')[0]);
  await overlay(page).locator('[data-quick-log="calls"]').click();
  await expect.poll(() => calls.textContent(), { timeout: 1_000 }).toContain(`${today + 1}/`);
  await overlay(page).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => calls.textContent()).toContain(`${today}/`);
});

test('an amount typed in the overlay is logged to the money target, and can be undone', async ({
  context,
}) => {
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  await page.goto(HUBSPOT_DEAL);
  await openOverlay(page);
  const pipeline = overlay(page).locator('[data-target-id="pipeline"] .figures');
  const before = (await pipeline.textContent()) ?? '';
  const amount = overlay(page).getByRole('spinbutton', { name: 'Amount of' });
  const log = overlay(page).locator('.amount-form').getByRole('button', { name: /^Log / });
  // Nothing to log until there is an amount: typing then clearing leaves the button off.
  await amount.fill('7');
  await amount.fill('');
  await expect.poll(() => log.getAttribute('disabled')).not.toBeNull();
  await amount.fill('2500');
  await expect.poll(() => log.getAttribute('disabled')).toBeNull();
  await amount.press('Enter');
  await expect.poll(() => overlay(page).locator('.undo-line').textContent()).toContain('2,500');
  await expect.poll(() => pipeline.textContent()).not.toBe(before);
  // The field empties once the amount is stored.
  await expect.poll(() => amount.evaluate((field) => (field as HTMLInputElement).value)).toBe('');
  await overlay(page).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => pipeline.textContent()).toBe(before);
});

test('the note is text, and is marked read once the panel showed it', async ({ context }) => {
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const page = await context.newPage();
  await page.goto(SALESFORCE_OPPORTUNITY);
  await openOverlay(page);
  const note = overlay(page).locator('[data-note-id="note-e2e"]');
  await expect.poll(() => note.textContent()).toContain('<img src=x onerror=');
  expect(await overlay(page).locator('img').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');
  // Shown unread first (test/overlay/render-rows checks the mark), then marked read in the
  // background as soon as the panel showed it: the next state says so.
  await expect.poll(() => note.getAttribute('data-unread')).toBe('false');
});

test('keyboard: the badge opens the panel, Tab walks it, Escape closes it', async ({ context }) => {
  await serveFixturePage(context, SALESFORCE_OPPORTUNITY, 'salesforce-opportunity-record.html');
  const page = await context.newPage();
  await page.goto(SALESFORCE_OPPORTUNITY);
  const badge = overlay(page).getByTestId('onpace-badge');
  await expect.poll(() => badge.getAttribute('data-status')).toMatch(/.+/);
  await badge.press('Enter');
  const panel = overlay(page).getByTestId('onpace-panel');
  await panel.waitFor();
  await expect.poll(() => badge.getAttribute('aria-expanded')).toBe('true');
  const activeInPanel = () =>
    overlay(page).evaluateRoot((root) => {
      const active = root.activeElement;
      return active ? `${active.tagName}:${active.closest('[data-testid="onpace-panel"]') !== null}` : 'none';
    });
  // Focus moved to the panel's title; Tab walks its controls, all inside the panel.
  for (let step = 0; step < 5; step++) {
    await page.keyboard.press('Tab');
    expect(await activeInPanel()).toMatch(/:true$/);
  }
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  expect(await overlay(page).evaluateRoot((root) => root.activeElement?.getAttribute('data-testid'))).toBe(
    'onpace-badge',
  );
});

test('the toggle-overlay command message opens and closes the panel', async ({ context, serviceWorker }) => {
  await serveFixturePage(context, HUBSPOT_DEAL, 'hubspot-deal-record.html');
  const page = await context.newPage();
  await page.goto(HUBSPOT_DEAL);
  await expect
    .poll(() => overlay(page).getByTestId('onpace-badge').getAttribute('data-status'))
    .toMatch(/.+/);
  await sendToggle(serviceWorker);
  await overlay(page).getByTestId('onpace-panel').waitFor();
  await sendToggle(serviceWorker);
  await overlay(page).getByTestId('onpace-panel').waitFor({ state: 'detached' });
});

for (const { crm, url, fixture, top, left, bottom } of [
  // The fixtures' chrome: HubSpot's 44 px toolbar and 56 px nav; Salesforce's 90 px header and 40 px utility bar.
  { crm: 'HubSpot', url: HUBSPOT_DEAL, fixture: 'hubspot-deal-record.html', top: 44, left: 56, bottom: 0 },
  {
    crm: 'Salesforce',
    url: SALESFORCE_OPPORTUNITY,
    fixture: 'salesforce-opportunity-record.html',
    top: 90,
    left: 0,
    bottom: 40,
  },
]) {
  test(`${crm}: the badge keeps clear of the chrome, even dragged into a corner, and stays there`, async ({
    context,
  }) => {
    await serveFixturePage(context, url, fixture);
    const page = await context.newPage();
    await page.goto(url);
    const badge = overlay(page).getByTestId('onpace-badge');
    await expect.poll(() => badge.getAttribute('data-status')).toMatch(/.+/);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const start = await badge.boundingBox();
    if (!start) throw new Error('no badge box');
    expect(start.y + start.height).toBeLessThanOrEqual(viewport.height - bottom);
    // Drag it to the top-left corner of the window: it stops inside the free area.
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(2, 2, { steps: 8 });
    await page.mouse.up();
    const moved = await badge.boundingBox();
    if (!moved) throw new Error('no badge box');
    expect(moved.y).toBeGreaterThanOrEqual(top);
    expect(moved.x).toBeGreaterThanOrEqual(left);
    expect(moved.y).toBeLessThan(start.y - 100);
    // The drag did not open the panel, and the place is remembered for this CRM.
    expect(await overlay(page).getByTestId('onpace-panel').count()).toBe(0);
    await page.waitForTimeout(200);
    await page.reload();
    await expect.poll(() => badge.getAttribute('data-status')).toMatch(/.+/);
    await expect.poll(async () => Math.round((await badge.boundingBox())?.y ?? -1)).toBe(Math.round(moved.y));
  });
}

test('a page without the expected anchors shows the floating badge with the figures', async ({ context }) => {
  await serveFixturePage(context, SALESFORCE_NO_ANCHORS, 'salesforce-no-anchors.html');
  const page = await context.newPage();
  const console = watchHostConsole(page);
  await page.goto(SALESFORCE_NO_ANCHORS);
  const badge = overlay(page).getByTestId('onpace-badge');
  await expect.poll(() => badge.getAttribute('data-status')).toMatch(/.+/);
  await expect(page.locator('onpace-overlay')).toHaveAttribute('data-placement', 'floating');
  await openOverlay(page);
  await expectStatusesFromCore(page, seed);
  await page.screenshot({ path: `${SCREENSHOTS}/salesforce-no-anchors-open.png` });
  expect(console.errors).toEqual([]);
  expect(console.overlayWarnings).toEqual([]);
});
