/**
 * Playwright-like locators inside the overlay's closed shadow root, which Playwright's own
 * locators do not pierce:
 *
 *   const panel = overlay(page).getByTestId('onpace-panel');
 *   await panel.waitFor();
 *   await expect.poll(() => panel.locator('[data-target-id]').count()).toBe(3);
 *   await overlay(page).locator('[data-quick-log="calls"]').click();
 *
 * Like Playwright: locators are lazy (found again on every call), single-element methods are
 * strict (two matches is an error), actions and `getAttribute`/`textContent` wait up to their
 * timeout for the element, `count`/`isVisible`/`boundingBox` answer at once. Assertions poll
 * with `expect.poll(() => locator.…)`. Clicks and keys are real input (`page.mouse`,
 * `page.keyboard`) at the element's place, after checking nothing covers it.
 */
import type { Page } from '@playwright/test';
import { inOverlayRoot } from './closed-root';
import type { FindStep, TextMatch } from './find-in-root';

/** How long actions and reads wait by default: expect's timeout in playwright.config.ts. */
const DEFAULT_TIMEOUT_MS = 5_000;
const RETRY_MS = 50;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface TimeoutOption {
  readonly timeout?: number;
}

type Text = string | RegExp;

function textMatch(text: Text, exact = false): TextMatch {
  return typeof text === 'string'
    ? { kind: 'text', text, exact }
    : { kind: 'regex', source: text.source, flags: text.flags };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one element looks like to a click: visible, where, and whether it gets the pointer there. */
interface Target {
  readonly count: number;
  readonly visible: boolean;
  readonly box: Box | null;
  readonly hit: boolean;
}

export class OverlayLocator {
  constructor(
    private readonly page: Page,
    private readonly steps: readonly FindStep[],
  ) {}

  /** Descendants matching a CSS selector, optionally only those whose text matches `hasText`. */
  locator(selector: string, options: { readonly hasText?: Text } = {}): OverlayLocator {
    const hasText = options.hasText === undefined ? undefined : textMatch(options.hasText);
    return this.narrowed({ kind: 'css', selector, ...(hasText ? { hasText } : {}) });
  }

  getByTestId(testId: string): OverlayLocator {
    return this.locator(`[data-testid=${JSON.stringify(testId)}]`);
  }

  /** By ARIA role (explicit or the element's implicit one) and accessible name. */
  getByRole(role: string, options: { readonly name?: Text; readonly exact?: boolean } = {}): OverlayLocator {
    const name = options.name === undefined ? undefined : textMatch(options.name, options.exact);
    return this.narrowed({ kind: 'role', role, ...(name ? { name } : {}) });
  }

  nth(index: number): OverlayLocator {
    return this.narrowed({ kind: 'nth', index });
  }

  first(): OverlayLocator {
    return this.nth(0);
  }

  last(): OverlayLocator {
    return this.nth(-1);
  }

  async count(): Promise<number> {
    return (await this.run((elements) => elements.length, null)) ?? 0;
  }

  async isVisible(): Promise<boolean> {
    return (
      (await this.run((elements) => {
        const [element] = elements;
        if (!element || elements.length > 1) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
      }, null)) ?? false
    );
  }

  /** The element's box in the page's viewport (what `page.mouse` uses), or null if not shown. */
  async boundingBox(): Promise<Box | null> {
    return (
      (await this.run((elements) => {
        const [element] = elements;
        if (!element) return null;
        const { x, y, width, height } = element.getBoundingClientRect();
        return width > 0 || height > 0 ? { x, y, width, height } : null;
      }, null)) ?? null
    );
  }

  async getAttribute(name: string, options: TimeoutOption = {}): Promise<string | null> {
    await this.waitFor({ state: 'attached', ...options });
    return this.runOnOne((element, attribute) => element.getAttribute(attribute), name);
  }

  async textContent(options: TimeoutOption = {}): Promise<string | null> {
    await this.waitFor({ state: 'attached', ...options });
    return this.runOnOne((element) => element.textContent, null);
  }

  /** Every match's text, in document order (no waiting). */
  async allTextContents(): Promise<string[]> {
    return (await this.run((elements) => elements.map((element) => element.textContent ?? ''), null)) ?? [];
  }

  /**
   * Runs `fn` in the page with the one matching element. The function is sent as source text:
   * it may use only its arguments (and the page's globals), as with Playwright's `evaluate`.
   */
  async evaluate<R, A = null>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R> {
    await this.waitFor({ state: 'attached' });
    return this.runOnOne(fn, (arg ?? null) as A);
  }

  /** Runs `fn` in the page with every matching element (none is fine). */
  async evaluateAll<R, A = null>(fn: (elements: Element[], arg: A) => R, arg?: A): Promise<R> {
    const result = await inOverlayRoot<R>(this.page, this.steps, fn.toString(), arg ?? null);
    if (!result.found) return fn([], (arg ?? null) as A);
    return result.value;
  }

  /** Waits until the element is attached, visible (the default), hidden or detached. */
  async waitFor(
    options: { readonly state?: 'attached' | 'detached' | 'visible' | 'hidden' } & TimeoutOption = {},
  ): Promise<void> {
    const state = options.state ?? 'visible';
    await this.poll(`to be ${state}`, options.timeout, async () => {
      const count = await this.count();
      if (count > 1 && state !== 'detached') throw this.strictError(count);
      if (state === 'attached') return count === 1;
      if (state === 'detached') return count === 0;
      const visible = await this.isVisible();
      return state === 'visible' ? visible : !visible;
    });
  }

  /** A real mouse click at the element's centre, once it is visible, still and uncovered. */
  async click(options: TimeoutOption = {}): Promise<void> {
    const box = await this.actionPoint(options.timeout);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async focus(options: TimeoutOption = {}): Promise<void> {
    await this.waitFor({ state: 'visible', ...options });
    await this.runOnOne((element) => {
      if (element instanceof HTMLElement) element.focus();
    }, null);
  }

  /** Focuses the element and presses `key` (Playwright's key names: 'Enter', 'Escape', …). */
  async press(key: string, options: TimeoutOption = {}): Promise<void> {
    await this.focus(options);
    await this.page.keyboard.press(key);
  }

  /** Replaces a field's value the way typing does: focus, select all, insert the text. */
  async fill(value: string, options: TimeoutOption = {}): Promise<void> {
    await this.waitFor({ state: 'visible', ...options });
    const editable = await this.runOnOne((element) => {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return false;
      if (element.disabled || element.readOnly) return false;
      element.focus();
      element.select();
      return true;
    }, null);
    if (!editable) throw new Error(`${this.describe()} is not an enabled input or textarea`);
    if (value === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(value);
  }

  /** "overlay › [data-testid=…] › nth(0)", for messages. */
  describe(): string {
    const parts = this.steps.map((step) =>
      step.kind === 'css' ? step.selector : step.kind === 'role' ? `role=${step.role}` : `nth(${step.index})`,
    );
    return ['overlay', ...parts].join(' › ');
  }

  private narrowed(step: FindStep): OverlayLocator {
    return new OverlayLocator(this.page, [...this.steps, step]);
  }

  /** `fn` on all matches; null when the page has no overlay host. */
  private async run<R, A>(fn: (elements: Element[], arg: A) => R, arg: A): Promise<R | null> {
    const result = await inOverlayRoot<R>(this.page, this.steps, fn.toString(), arg);
    return result.found ? result.value : null;
  }

  /** `fn` on the one match; an error naming the locator when there is none or several. */
  private async runOnOne<R, A>(fn: (element: Element, arg: A) => R, arg: A): Promise<R> {
    const body = `function (elements, arg) {
      if (elements.length !== 1) return { count: elements.length };
      return { value: (${fn.toString()})(elements[0], arg) };
    }`;
    const result = await inOverlayRoot<{ count?: number; value?: R }>(this.page, this.steps, body, arg);
    const outcome = result.found ? result.value : { count: 0 };
    if (outcome.count === undefined) return outcome.value as R;
    if (outcome.count > 1) throw this.strictError(outcome.count);
    throw new Error(`${this.describe()}: no such element`);
  }

  private strictError(count: number): Error {
    return new Error(`strict mode: ${this.describe()} matches ${count} elements`);
  }

  /** Waits for one visible, unmoving, uncovered element, scrolled into view; returns its box. */
  private async actionPoint(timeout: number | undefined): Promise<Box> {
    let point: Box | null = null;
    await this.poll('to be visible, still and not covered', timeout, async () => {
      const target = await this.run(async (elements) => {
        const [element] = elements;
        const none = { count: elements.length, visible: false, box: null, hit: false };
        if (!element || elements.length > 1) return none;
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const before = element.getBoundingClientRect();
        await frame();
        await frame();
        const box = element.getBoundingClientRect();
        const still = ['x', 'y', 'width', 'height'].every(
          (key) => before[key as keyof DOMRect] === box[key as keyof DOMRect],
        );
        const visible =
          box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
        if (!visible || !still) return { ...none, count: 1 };
        const root = element.getRootNode() as ShadowRoot;
        const onTop = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        const hit = onTop !== null && (onTop === element || element.contains(onTop));
        return { count: 1, visible, box: { x: box.x, y: box.y, width: box.width, height: box.height }, hit };
      }, null);
      if (!target) return false;
      const { count, visible, box, hit } = target as Target;
      if (count > 1) throw this.strictError(count);
      point = visible && hit ? box : null;
      return point !== null;
    });
    if (!point) throw new Error(`${this.describe()}: no point to act on`);
    return point;
  }

  /** Retries `check` until true; strict-mode errors end it at once, page hiccups are retried. */
  private async poll(
    what: string,
    timeout: number | undefined,
    check: () => Promise<boolean>,
  ): Promise<void> {
    const deadline = Date.now() + (timeout ?? DEFAULT_TIMEOUT_MS);
    let lastError: unknown = null;
    for (;;) {
      try {
        if (await check()) return;
        lastError = null;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('strict mode')) throw error;
        // A navigation or re-render between two protocol calls: try again.
        lastError = error;
      }
      if (Date.now() >= deadline) {
        const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
        throw new Error(
          `timed out after ${timeout ?? DEFAULT_TIMEOUT_MS} ms waiting for ${this.describe()} ${what}${cause}`,
        );
      }
      await sleep(RETRY_MS);
    }
  }
}

/**
 * The overlay's shadow root on `page`: where every locator of the overlay starts. It matches no
 * element itself; narrow it with `locator`, `getByTestId` or `getByRole`.
 */
export function overlay(page: Page): OverlayLocator & {
  /** Runs `fn` with the shadow root itself (its `activeElement`, …); resolves null without an overlay. */
  evaluateRoot<R, A = null>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null>;
} {
  const root = new OverlayLocator(page, []);
  return Object.assign(root, {
    async evaluateRoot<R, A = null>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null> {
      const body = `function (_elements, arg) { return (${fn.toString()})(this, arg); }`;
      const result = await inOverlayRoot<R>(page, [], body, arg ?? null);
      return result.found ? result.value : null;
    },
  });
}
