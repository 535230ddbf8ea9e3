import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PullResponse } from '@onpace/core/schemas';
import type { Page } from '@playwright/test';
import { ONPACE_EXTENSION_ID } from '../src/extension-id';
import { openExtensionPage, sendFromPage } from './extension-pages';
import { expect, test } from './extension-test';
import { SAMPLE_PLAN_ID, sampleBundleText } from './sample-bundle';

interface LocalPage {
  readonly server: Server;
  readonly origin: string;
}

/** A page on a random local port: the dashboard, or any other program on this machine. */
async function startLocalPage(): Promise<LocalPage> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Local page</title><p>local page</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function stop({ server }: LocalPage): Promise<void> {
  // The browser keeps its connection alive; drop it so close() returns.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** The page's `chrome.runtime`, present on origins the manifest's externally_connectable lists. */
interface PageGlobal {
  chrome?: { runtime?: { sendMessage(extensionId: string, message: unknown): Promise<unknown> } };
}

function pull(page: Page): Promise<unknown> {
  return page.evaluate(
    (id) =>
      (globalThis as unknown as PageGlobal).chrome?.runtime?.sendMessage(id, {
        type: 'onpace/pull',
        protocol: 1,
      }),
    ONPACE_EXTENSION_ID,
  );
}

function expectRefusal(answer: unknown, origin: string): void {
  expect(PullResponse.parse(answer)).toEqual({
    ok: false,
    error: { code: 'origin-not-allowed', message: expect.stringContaining(origin) },
  });
  expect(JSON.stringify(answer)).not.toContain(SAMPLE_PLAN_ID);
}

test.describe('the dashboard bridge', () => {
  const pages: LocalPage[] = [];
  test.afterEach(async () => {
    for (const page of pages.splice(0)) await stop(page);
  });

  async function openLocalPage(context: import('@playwright/test').BrowserContext): Promise<{
    page: Page;
    origin: string;
  }> {
    const local = await startLocalPage();
    pages.push(local);
    await context.route(`${local.origin}/**`, (route) => route.continue());
    const page = await context.newPage();
    await page.goto(`${local.origin}/`);
    return { page, origin: local.origin };
  }

  test('a page on a random local port reads nothing until the user approves it, and nothing once revoked', async ({
    context,
    extensionId,
  }) => {
    const { page: options } = await openExtensionPage(context, extensionId, 'options.html');
    await sendFromPage(options, { type: 'bundle/import', text: sampleBundleText() });
    await sendFromPage(options, {
      type: 'notes/add',
      planId: SAMPLE_PLAN_ID,
      as: 'manager',
      text: 'private words',
      tag: 'other',
      visibility: 'private',
      record: null,
    });
    const access = options.getByRole('region', { name: 'Dashboard access' });
    await expect(access.getByRole('list', { name: 'Approved addresses' })).toContainText('None');

    // A fresh install answers nobody: the page gets a refusal and no data.
    const { page, origin } = await openLocalPage(context);
    expectRefusal(await pull(page), origin);

    // It asked: the options page (already open) offers exactly that address, saying what it reads.
    const waiting = access.getByRole('list', { name: 'Waiting for your approval' });
    await expect(waiting).toContainText(origin);
    await expect(waiting).toContainText('your plans with their targets, daily totals per plan, shared notes');
    await waiting.getByRole('button', { name: `Approve ${origin}` }).click();
    await expect(access.getByRole('list', { name: 'Approved addresses' })).toContainText(origin);

    const started = Date.now();
    const response = PullResponse.parse(await pull(page));
    const roundTripMs = Date.now() - started;
    if (!response.ok) throw new Error(response.error.message);
    expect(response.bundle.plans.map((plan) => plan.id)).toEqual([SAMPLE_PLAN_ID]);
    expect(response.bundle.activities).toEqual([]);
    expect(response.bundle.rollups[0]?.planId).toBe(SAMPLE_PLAN_ID);
    expect(JSON.stringify(response.bundle)).not.toContain('private words');
    test.info().annotations.push({ type: 'bridge pull round trip (ms)', description: String(roundTripMs) });

    // Approval is for that exact address: another port on the same host is another program.
    const other = await openLocalPage(context);
    expectRefusal(await pull(other.page), other.origin);

    await access.getByRole('button', { name: `Revoke ${origin}` }).click();
    await expect(access.getByRole('list', { name: 'Approved addresses' })).not.toContainText(origin);
    expectRefusal(await pull(page), origin);

    const asked = access.getByRole('table');
    await expect(asked).toContainText(origin);
    await expect(asked).toContainText(other.origin);
  });
});
