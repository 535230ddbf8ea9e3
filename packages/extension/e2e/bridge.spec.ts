import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PullResponse } from '@onpace/core/schemas';
import { ONPACE_EXTENSION_ID } from '../src/extension-id';
import { openExtensionPage, sendFromPage } from './extension-pages';
import { expect, test } from './extension-test';
import { SAMPLE_PLAN_ID, sampleBundleText } from './sample-bundle';

/** A stand-in for the web dashboard: one blank page on 127.0.0.1. */
async function startDashboard(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Dashboard stand-in</title><p>dashboard</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The page's `chrome.runtime`, present on origins the manifest's externally_connectable lists. */
interface DashboardGlobal {
  chrome?: { runtime?: { sendMessage(extensionId: string, message: unknown): Promise<unknown> } };
}

test.describe('the dashboard bridge', () => {
  let dashboard: { server: Server; origin: string };
  test.beforeEach(async () => {
    dashboard = await startDashboard();
  });
  test.afterEach(async () => {
    // The browser keeps its connection alive; drop it so close() returns.
    dashboard.server.closeAllConnections();
    await new Promise((resolve) => dashboard.server.close(resolve));
  });

  test('a page on an allowed origin pulls the bundle, and the options page shows it asked', async ({
    context,
    extensionId,
  }) => {
    const { page: options } = await openExtensionPage(context, extensionId, 'options.html');
    await sendFromPage(options, { type: 'bundle/import', text: sampleBundleText() });
    await sendFromPage(options, {
      type: 'notes/save',
      note: {
        planId: SAMPLE_PLAN_ID,
        text: 'private words',
        tag: 'other',
        visibility: 'private',
        record: null,
      },
    });
    await context.route(`${dashboard.origin}/**`, (route) => route.continue());
    const page = await context.newPage();
    await page.goto(`${dashboard.origin}/`);

    const started = Date.now();
    const answer = await page.evaluate(
      (id) =>
        (globalThis as unknown as DashboardGlobal).chrome?.runtime?.sendMessage(id, {
          type: 'onpace/pull',
          protocol: 1,
        }),
      ONPACE_EXTENSION_ID,
    );
    const roundTripMs = Date.now() - started;
    const response = PullResponse.parse(answer);
    if (!response.ok) throw new Error(response.error.message);
    expect(response.bundle.plans.map((plan) => plan.id)).toEqual([SAMPLE_PLAN_ID]);
    expect(response.bundle.activities).toEqual([]);
    expect(response.bundle.rollups[0]?.planId).toBe(SAMPLE_PLAN_ID);
    expect(JSON.stringify(response.bundle)).not.toContain('private words');
    test.info().annotations.push({ type: 'bridge pull round trip (ms)', description: String(roundTripMs) });

    await options.reload();
    const asked = options.getByRole('region', { name: 'Dashboard access' }).getByRole('table');
    await expect(asked).toContainText(dashboard.origin);
    await expect(asked).toContainText('answered');
  });

  test('a page on an origin that is not allowed gets origin-not-allowed', async ({
    context,
    extensionId,
  }) => {
    const { page: options } = await openExtensionPage(context, extensionId, 'options.html');
    await sendFromPage(options, { type: 'bundle/import', text: sampleBundleText() });
    // Allow only localhost: 127.0.0.1 stays inside the manifest's reach but outside the user's list.
    await options.reload();
    await options.getByRole('button', { name: 'Remove http://127.0.0.1:*' }).click();
    await expect(options.getByRole('list', { name: 'Allowed addresses' })).not.toContainText('127.0.0.1');

    await context.route(`${dashboard.origin}/**`, (route) => route.continue());
    const page = await context.newPage();
    await page.goto(`${dashboard.origin}/`);
    const answer = await page.evaluate(
      (id) =>
        (globalThis as unknown as DashboardGlobal).chrome?.runtime?.sendMessage(id, {
          type: 'onpace/pull',
          protocol: 1,
        }),
      ONPACE_EXTENSION_ID,
    );
    expect(PullResponse.parse(answer)).toEqual({
      ok: false,
      error: { code: 'origin-not-allowed', message: expect.stringContaining(dashboard.origin) },
    });
    expect(JSON.stringify(answer)).not.toContain(SAMPLE_PLAN_ID);

    await options.reload();
    await expect(options.getByRole('region', { name: 'Dashboard access' }).getByRole('table')).toContainText(
      'refused',
    );
  });
});
