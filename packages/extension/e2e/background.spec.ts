import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PingResponse } from '../src/messaging/protocol';
import { expect, extensionDir, test } from './extension-test';

/** The `chrome` global of an extension page, typed only as far as these tests use it. */
interface ExtensionPageGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

test('the service worker starts with the stable id and answers ping', async ({ context, extensionId }) => {
  const { version } = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  // A worker does not receive its own runtime messages: send from an extension page.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);

  const response = await page.evaluate(() =>
    (globalThis as unknown as ExtensionPageGlobal).chrome.runtime.sendMessage({ type: 'ping' }),
  );

  expect(PingResponse.parse(response)).toEqual({ ok: true, version });
});

test('the service worker answers a malformed message with an error, not silence', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);

  const response = await page.evaluate(() =>
    (globalThis as unknown as ExtensionPageGlobal).chrome.runtime.sendMessage({ type: 'no-such-message' }),
  );

  expect(response).toMatchObject({ ok: false, error: expect.stringContaining('Invalid OnPace message') });
});
