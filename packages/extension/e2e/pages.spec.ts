import { expect, test } from './extension-test';

for (const { file, heading } of [
  { file: 'popup.html', heading: 'OnPace' },
  { file: 'options.html', heading: 'OnPace settings' },
]) {
  test(`${file} renders without console errors`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`chrome-extension://${extensionId}/${file}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('No plan yet.')).toBeVisible();
    expect(errors).toEqual([]);
  });
}
