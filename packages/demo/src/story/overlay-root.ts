/**
 * The overlay's shadow root is closed: the CRM page's scripts get `shadowRoot === null`, and
 * Playwright's locators do not pierce it either. The story reads and clicks inside it through the
 * Chrome DevTools Protocol, which reaches closed roots: `DOM.describeNode` lists the host's shadow
 * root, `DOM.resolveNode` makes it an object, `Runtime.callFunctionOn` runs a function with it.
 * (The extension's e2e have the same reach with a locator API, in its e2e/overlay/.)
 */
import type { CDPSession, Page } from 'playwright-core';
import { eventually, fail, pass } from './eventually.js';

const HOST_TAG = 'onpace-overlay';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
let groupCounter = 0;

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * Runs `fn` in the page with the overlay's shadow root; null when the page has no overlay (yet).
 * `fn` is sent as source text: it may use only its arguments and the page's globals.
 */
export async function inOverlayRoot<R, A = null>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R | null> {
  const cdp = await sessionFor(page);
  const objectGroup = `onpace-demo-${++groupCounter}`;
  try {
    const host = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(HOST_TAG)})`,
      objectGroup,
    });
    if (!host.result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', {
      objectId: host.result.objectId,
      depth: 1,
      pierce: true,
    });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      objectGroup,
    });
    if (!object.objectId) return null;
    const call = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
      objectGroup,
    });
    if (call.exceptionDetails) {
      throw new Error(
        `in the overlay: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`,
      );
    }
    return call.result.value as R;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** Where a real click lands on the one visible element matching `selector` in the overlay, if any. */
async function clickPoint(page: Page, selector: string): Promise<{ x: number; y: number } | string> {
  const point = await inOverlayRoot(
    page,
    (root, wanted) => {
      const matches = root.querySelectorAll(wanted);
      const element = matches[0];
      if (matches.length !== 1 || !element) return `${matches.length} elements`;
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return 'not shown';
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const onTop = root.elementFromPoint(x, y);
      return onTop && element.contains(onTop) ? { x, y } : 'covered';
    },
    selector,
  );
  return point ?? 'no overlay';
}

/** Waits for the one element matching `selector` to be shown, then clicks it with the mouse. */
export async function clickInOverlay(page: Page, selector: string, timeoutMs = 10_000): Promise<void> {
  const point = await eventually<{ x: number; y: number }>(
    `${selector} in the overlay to be clickable`,
    async () => {
      const found = await clickPoint(page, selector);
      return typeof found === 'string' ? fail(found) : pass(found);
    },
    { timeoutMs, intervalMs: 100 },
  );
  await page.mouse.click(point.x, point.y);
}

/** Waits until `selector` matches something in the overlay. */
export async function waitInOverlay(page: Page, selector: string, timeoutMs = 10_000): Promise<void> {
  await eventually(
    `${selector} in the overlay`,
    async () => {
      const count = await inOverlayRoot(
        page,
        (root, wanted) => root.querySelectorAll(wanted).length,
        selector,
      );
      return count ? pass(count) : fail(count === null ? 'no overlay' : 'not there');
    },
    { timeoutMs, intervalMs: 100 },
  );
}
