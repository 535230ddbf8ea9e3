/**
 * The CRM page's own scripts must not read a rep's plan and notes from the overlay. The page
 * finds `<onpace-overlay>` (a stable hook) but its shadow root is closed: `shadowRoot` is null,
 * and neither walking every node the page can reach (its documents, same-origin frames, every
 * open shadow root) nor the page's rendered text (innerText, a select-all selection) finds plan
 * or note text, though the open panel shows both. A page that hooks
 * `attachShadow` before the content script loads catches nothing either: the content script
 * calls it from its own isolated world.
 */
import type { Page } from '@playwright/test';
import { expect, serveFixturePage, test } from './extension-test';
import { HUBSPOT_DEAL, SALESFORCE_OPPORTUNITY } from './fixtures/overlay-helpers';
import { importBundle } from './fixtures/seed';
import { seedAround } from './fixtures/seed-bundle';
import { overlay } from './overlay/overlay-locator';

const LABEL = 'Closed-root plan';
const NOTE_TEXT = 'Block 9-11 for calls.';

interface PageView {
  readonly hosts: number;
  readonly hostShadowRoot: 'null' | 'present' | 'no host';
  /** Every text, comment, attribute, field value and rendered text the page's scripts can reach. */
  readonly reachable: string;
  readonly targetRows: number;
  readonly captured: number;
}

/** What a script in the page's main world sees, walking every node it can reach. */
function pageView(page: Page): Promise<PageView> {
  return page.evaluate(() => {
    const parts: string[] = [];
    let targetRows = 0;
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE)
          parts.push(node.nodeValue ?? '');
        if (!(node instanceof Element)) continue;
        for (const attribute of node.attributes) parts.push(attribute.value);
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
        if (node.hasAttribute('data-target-id')) targetRows += 1;
        if (node.shadowRoot) visit(node.shadowRoot);
        if (node instanceof HTMLIFrameElement && node.contentDocument) visit(node.contentDocument);
      }
    };
    visit(document);
    // Rendered text as the page can ask for it: innerText and a select-all selection.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
    parts.push(document.body.innerText);
    const selection = window.getSelection();
    selection?.selectAllChildren(document.body);
    parts.push(selection?.toString() ?? '');
    selection?.removeAllRanges();
    const hosts = document.querySelectorAll('onpace-overlay');
    const host = hosts[0];
    const captured = (window as unknown as { __capturedRoots?: unknown[] }).__capturedRoots?.length ?? 0;
    return {
      hosts: hosts.length,
      hostShadowRoot: host ? (host.shadowRoot === null ? 'null' : 'present') : 'no host',
      reachable: [document.title, ...parts].join('\n'),
      targetRows,
      captured,
    };
  });
}

test.beforeEach(async ({ context, extensionId }, testInfo) => {
  await importBundle(context, extensionId, seedAround(new Date(), { label: LABEL }).bundle, testInfo);
});

for (const { crm, url, fixture } of [
  { crm: 'HubSpot', url: HUBSPOT_DEAL, fixture: 'hubspot-deal-record.html' },
  { crm: 'Salesforce', url: SALESFORCE_OPPORTUNITY, fixture: 'salesforce-opportunity-record.html' },
]) {
  test(`${crm}: the page finds the overlay host, not the plan or the note inside it`, async ({ context }) => {
    await serveFixturePage(context, url, fixture);
    const page = await context.newPage();
    // A hostile page hooks attachShadow before any other script, to keep every root it sees.
    await page.addInitScript(() => {
      const captured: ShadowRoot[] = [];
      (window as unknown as { __capturedRoots: ShadowRoot[] }).__capturedRoots = captured;
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        captured.push(root);
        return root;
      };
    });
    await page.goto(url);

    // The panel is open and shows the plan, the figures and the note (read through CDP).
    const panel = overlay(page).getByTestId('onpace-panel');
    await overlay(page).getByTestId('onpace-badge').click();
    await expect.poll(() => panel.textContent()).toContain(LABEL);
    await expect.poll(() => panel.locator('[data-note-id="note-e2e"]').textContent()).toContain(NOTE_TEXT);
    await expect.poll(() => panel.locator('[data-target-id]').count()).toBe(3);
    // Each row's whole text (metric, figures, status, next step) is what a page must not read.
    const rows = (await panel.locator('[data-target-id]').allTextContents()).map((text) => text.trim());
    expect(rows.every((text) => text.length > 0)).toBe(true);

    // Soft: a failure lists every way in, not only the first.
    const seen = await pageView(page);
    expect(seen.hosts).toBe(1);
    expect.soft(seen.hostShadowRoot, 'the host element.shadowRoot').toBe('null');
    expect.soft(seen.captured, 'shadow roots caught by the hooked attachShadow').toBe(0);
    expect.soft(seen.targetRows, 'target rows in reach').toBe(0);
    for (const secret of [LABEL, NOTE_TEXT, ...rows]) {
      expect.soft(seen.reachable, `the page's DOM holds "${secret}"`).not.toContain(secret);
    }
    // The host tells the page only which CRM, where the overlay sits and whether it loaded.
    const onHost = await page.evaluate(() =>
      [...(document.querySelector('onpace-overlay')?.attributes ?? [])].map((attribute) => attribute.name),
    );
    for (const name of onHost) expect(['data-crm', 'data-placement', 'data-state', 'style']).toContain(name);
  });
}
