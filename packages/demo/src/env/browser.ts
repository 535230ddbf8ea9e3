/**
 * Debian's Chromium with the built extension in a fresh profile (docs/development.md): the CRM API
 * host names resolve to the fake CRM (`--host-resolver-rules`, its self-signed certificate
 * accepted), the dashboard origin goes through, and every other web request is refused at once,
 * so nothing leaves the machine. CRM pages are added later with `serveHtml`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CRM_API_HOSTS } from '../data/people.js';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../paths.js';

export interface DemoBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

export interface BrowserOptions {
  readonly headless: boolean;
  readonly fakeCrmPort: number;
  /** The dashboard's origin, e.g. http://127.0.0.1:41234 */
  readonly dashboardOrigin: string;
}

function chromiumArgs(port: number): string[] {
  const rules = CRM_API_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
  ];
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }))
  );
}

export async function launchBrowser(options: BrowserOptions): Promise<DemoBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}: run \`pnpm build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`node scripts/ensure-chromium.mjs\` as root.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'onpace-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: chromiumArgs(options.fakeCrmPort),
    // The CLI closes everything itself on Ctrl-C (the dashboard server too), then exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const passes = (url: URL) => CRM_API_HOSTS.includes(url.hostname) || url.origin === options.dashboardOrigin;
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !passes(url),
    (route) => route.abort('blockedbyclient'),
  );
  try {
    const worker = await extensionWorker(context);
    return {
      context,
      worker,
      extensionId: new URL(worker.url()).host,
      close: async () => {
        await context.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Serves a page at a real CRM address from the browser itself, so the extension's matches apply. */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}
