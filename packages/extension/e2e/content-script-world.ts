/**
 * Running code where a content script runs: the extension's isolated world inside a CRM page.
 * Playwright evaluates in the page's main world only; Chrome DevTools Protocol lists every
 * execution context of the page, the content script's among them (an `isolated` context whose
 * origin is the extension's).
 */
import type { BrowserContext, Page } from '@playwright/test';

interface ExecutionContextDescription {
  readonly id: number;
  readonly origin: string;
  readonly name: string;
  readonly auxData?: { readonly type?: string; readonly isDefault?: boolean };
}

export interface ContentScriptWorld {
  /** Evaluates `expression` (awaiting a promise) in the content script's world; JSON in, JSON out. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

export async function contentScriptWorld(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<ContentScriptWorld> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    contexts.push(created as ExecutionContextDescription);
  });
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  const ours = contexts.find(
    (candidate) =>
      candidate.auxData?.type === 'isolated' && candidate.origin === `chrome-extension://${extensionId}`,
  );
  if (!ours) {
    await cdp.detach();
    const seen = contexts.map((candidate) => `${candidate.auxData?.type}:${candidate.origin}`).join(', ');
    throw new Error(`no OnPace content script world in this page (contexts: ${seen})`);
  }
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: ours.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in the content script world: ${exceptionDetails.text}`);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
