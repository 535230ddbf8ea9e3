/**
 * Shared by the e2e specs: where screenshots go, a guard against console errors, and what core
 * itself says about the demo team (computed here in Node from the same seeded data, so the
 * browser's statuses are checked against an independent evaluation).
 */
import path from 'node:path';
import { evaluatePlan } from '@onpace/core/pace';
import type { Page, TestInfo } from '@playwright/test';
import { demoDataset } from '../src/app/sources';
import { endOfDayInstant } from '../src/model/as-of';

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');

/** Where a screenshot of one element goes (beside the full-page ones). */
export function screenshotPath(name: string): string {
  return path.join(SCREENSHOTS, `${name}.png`);
}

export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Collects console errors, page errors and failed requests; the test asserts the list is empty. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export interface ExpectedPlan {
  readonly planId: string;
  readonly status: string;
  readonly targets: readonly { readonly targetId: string; readonly status: string }[];
}

/** Core's evaluation of every demo plan at the end of `asOf` in its own zone. */
export function expectedDemoStatuses(asOf: string): ExpectedPlan[] {
  return demoDataset().plans.map(({ plan, rollup }) => {
    const evaluation = evaluatePlan(plan, rollup, endOfDayInstant(asOf, plan.timeZone));
    return {
      planId: plan.id,
      status: evaluation.status,
      targets: evaluation.targets.map((target) => ({ targetId: target.targetId, status: target.status })),
    };
  });
}
