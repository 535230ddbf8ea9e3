import type { CrmId } from './types';

/**
 * A CRM landmark the adapter expected is not on the page: the CRM changed its layout, or the
 * page is not the kind we thought. The message names our selector, never page content, so it
 * can be logged without leaking what the rep was looking at.
 */
export class SelectorError extends Error {
  override readonly name = 'SelectorError';
  constructor(
    readonly crm: CrmId,
    /** The key in the adapter's selectors file ("globalToolbar"). */
    readonly landmark: string,
    readonly selector: string,
  ) {
    super(`${crm}: no element for ${landmark} (${selector})`);
  }
}

/** The first element matching `selector` under `root`, or a SelectorError naming the landmark. */
export function querySelectorOrFail(
  root: ParentNode,
  crm: CrmId,
  landmark: string,
  selector: string,
): Element {
  const found = root.querySelector(selector);
  if (!found) throw new SelectorError(crm, landmark, selector);
  return found;
}

/** The trimmed text of the first match of any of `selectors`, in order; a SelectorError when none has text. */
export function textOfFirst(
  root: ParentNode,
  crm: CrmId,
  landmark: string,
  selectors: readonly string[],
): string {
  for (const selector of selectors) {
    const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  throw new SelectorError(crm, landmark, selectors.join(' | '));
}
