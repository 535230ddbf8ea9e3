/**
 * Reaching into the overlay's closed shadow root from a test. Page scripts cannot (`shadowRoot`
 * is null) and neither can Playwright's locators; the Chrome DevTools Protocol can: the host's
 * `DOM.describeNode` lists its shadow roots, open or closed, and `DOM.resolveNode` turns one into
 * an object that `Runtime.callFunctionOn` runs a function against. Nothing in the product helps:
 * the page's own scripts gain no way in.
 */
import type { CDPSession, Page } from '@playwright/test';
import { type FindStep, findInRoot } from './find-in-root';

const HOST_TAG = 'onpace-overlay';

interface RemoteObject {
  readonly objectId?: string;
  readonly value?: unknown;
}

interface ExceptionDetails {
  readonly text: string;
  readonly exception?: { readonly description?: string };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

let groupCounter = 0;

/**
 * Runs `body` (source of a function `(elements, arg) => result`, `this` being the shadow root)
 * on the elements `steps` find under the overlay's shadow root. Resolves `{ found: false }` when
 * the page has no overlay host (yet); throws what the function threw, with its message.
 */
export async function inOverlayRoot<R>(
  page: Page,
  steps: readonly FindStep[],
  body: string,
  arg: unknown,
): Promise<{ readonly found: false } | { readonly found: true; readonly value: R }> {
  const cdp = await sessionFor(page);
  // One object group per call, released at the end: handles never pile up in the page.
  const objectGroup = `onpace-e2e-${++groupCounter}`;
  try {
    const host = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(HOST_TAG)})`,
      objectGroup,
    });
    const hostId = (host.result as RemoteObject).objectId;
    if (!hostId) return { found: false };
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return { found: false };
    const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup });
    const rootId = (resolved.object as RemoteObject).objectId;
    if (!rootId) return { found: false };
    const call = await cdp.send('Runtime.callFunctionOn', {
      objectId: rootId,
      functionDeclaration: `async function (steps, arg) {
        const findInRoot = ${findInRoot.toString()};
        return await (${body}).call(this, findInRoot(this, steps), arg);
      }`,
      arguments: [{ value: steps }, { value: arg }],
      returnByValue: true,
      awaitPromise: true,
      objectGroup,
    });
    const failure = call.exceptionDetails as ExceptionDetails | undefined;
    if (failure) throw new Error(`in the overlay: ${failure.exception?.description ?? failure.text}`);
    return { found: true, value: (call.result as RemoteObject).value as R };
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}
