/**
 * Renders a component into happy-dom with React's own `act`, so a test can click, type and read
 * the markup a user would. Needs `// @vitest-environment happy-dom` in the test file.
 */
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  readonly container: HTMLElement;
  rerender<P extends object>(component: FunctionComponent<P>, props: P): Promise<void>;
  unmount(): Promise<void>;
}

export async function mount<P extends object>(component: FunctionComponent<P>, props: P): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(createElement(component, props));
  });
  return {
    container,
    async rerender(next, nextProps) {
      await act(async () => root?.render(createElement(next, nextProps)));
    },
    async unmount() {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}

/** Types into an input or textarea the way React notices (its value setter, then an input event). */
export async function type(element: Element | null, text: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error(`Cannot type into ${element?.tagName ?? 'nothing'}`);
  }
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  await act(async () => {
    setter?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLSelectElement))
    throw new Error(`Not a select: ${element?.tagName ?? 'nothing'}`);
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click');
  await act(async () => {
    element.click();
  });
}

/** The first button whose text is `label`. */
export function button(container: HTMLElement, label: string): HTMLButtonElement | null {
  return [...container.querySelectorAll('button')].find((each) => each.textContent?.trim() === label) ?? null;
}

/** The control inside the `<label>` whose text starts with `text`. */
export function field(container: HTMLElement, text: string): Element | null {
  const label = [...container.querySelectorAll('label')].find((each) =>
    each.textContent?.trim().startsWith(text),
  );
  return label?.querySelector('input, textarea, select') ?? null;
}
