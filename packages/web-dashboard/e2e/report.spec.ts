import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support';

test('the evidence report renders for print on A4 and Letter', async ({ page }, testInfo) => {
  await page.goto('/#/report/plan-taylor-pip');
  const report = page.locator('[data-onpace="evidence-report"]');
  await expect(report.getByRole('heading', { name: 'Evidence report: Taylor Kim' })).toBeVisible();
  await expect(report.locator('[data-onpace="daily-record"] tbody tr')).toHaveCount(30);
  await expect(report.getByText('Revision 1 acknowledged by Taylor Kim')).toBeVisible();
  // Each target's chance when the plan was set, in core's words.
  const chances = report.locator('[data-onpace="report-attainability"] tr[data-attainability-target]');
  await expect(chances.first()).toHaveAttribute('data-verdict', /^(realistic|stretch|unrealistic|no-data)$/);
  await expect(chances.first()).toContainText(/You (reached|averaged)|no verdict/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.locator('.paper-controls')).toBeHidden();
  await expect(report.locator('tr[data-target-id="pipeline"]')).toHaveAttribute('data-status', 'missed');
  await saveScreenshot(page, testInfo, 'report-print');

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThan(12);
    await testInfo.attach(`report-${format}.pdf`, { body: pdf, contentType: 'application/pdf' });
  }
});
