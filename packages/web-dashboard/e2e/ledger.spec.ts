import { evaluatePlan } from '@onpace/core/pace';
import { type BundleInput, parseBundle } from '@onpace/core/schemas';
import { expect, type Page, test } from '@playwright/test';
import { datasetFromBundle } from '../src/data/bundle-to-dataset';
import { endOfDayInstant } from '../src/model/as-of';
import { LEDGER_PLAN_ID, ledgerBundle, ledgerEvents } from '../test/ledger-fixture';
import { saveScreenshot, watchProblems } from './support';

const AS_OF = '2026-11-09';

/** Core's own count of calls for the bundle, computed here in Node: what the page must show. */
function expectedCalls(bundle: BundleInput): number {
  const [data] = datasetFromBundle(parseBundle(bundle), 'stored', null).plans;
  if (!data) throw new Error('no plan');
  const evaluation = evaluatePlan(data.plan, data.rollup, endOfDayInstant(AS_OF, data.plan.timeZone));
  const calls = evaluation.targets.find((target) => target.targetId === 'calls');
  if (!calls) throw new Error('no calls target');
  return calls.actual;
}

async function importBundle(page: Page, name: string, bundle: BundleInput): Promise<void> {
  await page.locator('input[type="file"][data-onpace="import-bundle"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await expect(page.locator('[data-onpace="import-status"]')).toContainText(`${name}: added`);
}

async function callsShown(page: Page): Promise<number> {
  await page.goto(`/#/plan/${LEDGER_PLAN_ID}`);
  await page.locator('[data-onpace="as-of"]').fill(AS_OF);
  const actual = page.locator('section[data-target-id="calls"] [data-onpace="actual"]');
  await expect(actual).toBeVisible();
  return Number((await actual.textContent())?.replace(/[^\d.]/g, ''));
}

test.describe('the plan ledger on the dashboard', () => {
  test('a v2 bundle shows its revision change, acknowledgments, edited note and accepted dispute; the dispute moves the figure', async ({
    page,
  }, testInfo) => {
    // Two imports and three pages in one story: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const problems = watchProblems(page);
    const all = ledgerEvents().length;
    // First the record before the manager's decision on the dispute, then the whole record.
    const pending = ledgerBundle(all - 1);
    const full = ledgerBundle();
    await page.goto('/');
    await importBundle(page, 'riley-before.onpace.json', pending);
    const before = await callsShown(page);
    expect(before).toBe(expectedCalls(pending));
    await expect(page.locator('[data-dispute-id="d-1"]')).toHaveAttribute('data-status', 'open');

    await page.goto('/');
    await importBundle(page, 'riley.onpace.json', full);
    const after = await callsShown(page);
    expect(after).toBe(expectedCalls(full));
    // The accepted dispute added the two missing calls.
    expect(after - before).toBe(2);

    // The plan's record: state, revision and who acknowledged what, check-in, dispute.
    const record = page.locator('[data-onpace="plan-record"]');
    await expect(record.locator('[data-onpace="lifecycle"]')).toHaveAttribute('data-lifecycle', 'active');
    await expect(record.locator('[data-onpace="revision"]')).toHaveAttribute('data-revision', '2');
    await expect(record.locator('[data-onpace="acknowledgment"]')).toHaveAttribute(
      'data-acknowledged',
      'current',
    );
    await expect(record.locator('[data-onpace="revision-changes"]')).toContainText('Calls: 6 → 5 a day');
    await expect(record.locator('[data-onpace="revision-changes"]')).toContainText(
      'New target: Meetings held',
    );
    const acks = record.locator('[data-onpace="acknowledgments"] li');
    await expect(acks).toHaveCount(2);
    await expect(acks.nth(1)).toContainText('Riley Chen acknowledged revision 2');
    await expect(acks.nth(1)).toContainText('Received; five a day is fair.');
    await expect(record.locator('[data-check-in-id="c-1"]')).toContainText('The team stand-up runs long.');
    await expect(record.locator('[data-action-id="a-1"]')).toHaveAttribute('data-done', 'true');
    const dispute = record.locator('[data-dispute-id="d-1"]');
    await expect(dispute).toHaveAttribute('data-status', 'accepted');
    await expect(dispute).toContainText('IT confirmed the outage.');

    // The timeline, in the plan's time zone: the edit at 02:30 UTC on Nov 4 was Nov 3 in New York.
    const timeline = page.locator('[data-onpace="timeline"]');
    await expect(timeline.locator('li[data-kind="note.edited"]')).toContainText(
      'Note edited on Nov 3: was “Open every call with the follow-up.”',
    );
    await expect(timeline.locator('li[data-kind="plan.issued"]').nth(1)).toContainText('Calls: 6 → 5 a day');
    await expect(timeline.locator('li[data-kind="dispute.resolved"]')).toContainText('Accepted');
    await expect(page.locator('[data-onpace="ledger-warning"]')).toHaveCount(0);
    await expect(page.locator('[data-onpace="private-notes"]')).toContainText(
      'Ask HR about the stand-up length.',
    );
    await saveScreenshot(page, testInfo, 'ledger-plan');
    // As of the day before the decision, the record shows the dispute still open.
    await page.locator('[data-onpace="as-of"]').fill('2026-11-08');
    await expect(dispute).toHaveAttribute('data-status', 'open');
    await expect(timeline.locator('li[data-kind="dispute.resolved"]')).toHaveCount(0);
    await page.locator('[data-onpace="as-of"]').fill(AS_OF);

    // The evidence report prints the same record.
    await page.goto(`/#/report/${LEDGER_PLAN_ID}`);
    await page.locator('[data-onpace="as-of"]').fill(AS_OF);
    const report = page.locator('[data-onpace="evidence-report"]');
    await expect(report.locator('[data-onpace="report-revisions"] li[data-revision="2"]')).toContainText(
      'Calls: 6 → 5 a day',
    );
    await expect(report.locator('[data-onpace="report-acknowledgments"]')).toContainText(
      'Revision 2 acknowledged by Riley Chen',
    );
    await expect(report.locator('[data-onpace="report-check-ins"]')).toContainText(
      'The team stand-up runs long.',
    );
    await expect(report.locator('[data-onpace="report-disputes"] [data-dispute-id="d-1"]')).toContainText(
      'Accepted',
    );
    await expect(report.locator('[data-onpace="report-notes"]')).toContainText('Earlier text');
    await expect(report.locator('[data-onpace="report-notes"]')).toContainText(
      'Open every call with the follow-up.',
    );
    const sources = report.locator('[data-onpace="report-sources"] tr[data-metric="calls"]');
    await expect(sources.locator('[data-source="manual"]')).toHaveText('1');
    await expect(sources.locator('[data-source="dispute-added"]')).toHaveText('2');
    await expect(sources.locator('[data-source="crm"]')).toHaveText('3');
    await saveScreenshot(page, testInfo, 'ledger-report');

    // The team row shows the record's state.
    await page.goto('/');
    const row = page.locator(`tr[data-plan-id="${LEDGER_PLAN_ID}"]`);
    await expect(row.locator('[data-onpace="lifecycle"]')).toHaveAttribute('data-lifecycle', 'active');
    await expect(row.locator('[data-onpace="acknowledgment"]')).toHaveAttribute(
      'data-acknowledged',
      'current',
    );
    await expect(row.locator('[data-onpace="open-disputes"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
