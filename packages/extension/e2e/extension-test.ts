import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, expect, type Worker } from '@playwright/test';
import { ONPACE_EXTENSION_ID } from '../src/extension-id';

/** The Chrome build under test (`pnpm build` writes it; turbo runs build before e2e). */
export const extensionDir = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  /** The extension's running background service worker. */
  serviceWorker: Worker;
  /** The id Chrome gave the loaded extension; always ONPACE_EXTENSION_ID. */
  extensionId: string;
}

/**
 * A fresh Chromium profile with the built extension loaded: Debian's Chromium with the flags of
 * docs/development.md (never `playwright install`), plus any `extraArgs`. `close` also removes
 * the profile.
 */
export async function launchExtensionContext(
  extraArgs: readonly string[] = [],
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${extensionDir}: run \`pnpm --filter @onpace/extension build\` first.`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'onpace-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  context: async ({}, use) => {
    const { context, close } = await launchExtensionContext();
    // Hermetic pages: any web request a test has not routed fails at once
    // instead of waiting on DNS. Routes added later take precedence.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
    await close();
  },
  serviceWorker: async ({ context }, use) => {
    const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs }));
    await use(worker);
  },
  // Automatic, so every test starts once the extension is loaded and its id checked.
  extensionId: [
    async ({ serviceWorker }, use) => {
      const id = new URL(serviceWorker.url()).host;
      // A different id means the manifest key was lost: the dashboard could not reach us.
      expect(id, 'extension id (manifest key in wxt.config.ts)').toBe(ONPACE_EXTENSION_ID);
      await use(id);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves a fixture page from e2e/fixtures/ at a real CRM address, so manifest matches apply. */
export async function serveFixturePage(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8');
  await context.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}
