/**
 * The in-page half of the overlay locator: finds elements under the overlay's shadow root
 * from a chain of steps. It is sent to the page as source text (`findInRoot.toString()`), so
 * it must stay self-contained: no imports, no closure over module values.
 */

/** One step of a locator chain, applied to every element the previous step found. */
export type FindStep =
  | { readonly kind: 'css'; readonly selector: string; readonly hasText?: TextMatch }
  | { readonly kind: 'role'; readonly role: string; readonly name?: TextMatch }
  | { readonly kind: 'nth'; readonly index: number };

/** A string (case-insensitive substring, or whole text when `exact`) or a regular expression. */
export type TextMatch =
  | { readonly kind: 'text'; readonly text: string; readonly exact: boolean }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string };

export function findInRoot(root: ParentNode, steps: readonly FindStep[]): Element[] {
  // Implicit ARIA roles of the elements the overlay uses; `[role=…]` always counts too.
  const implicitRoles: Record<string, string> = {
    button: 'button, input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href]',
    textbox:
      'input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="tel"], input[type="url"], textarea',
    spinbutton: 'input[type="number"]',
    checkbox: 'input[type="checkbox"]',
    heading: 'h1, h2, h3, h4, h5, h6',
    list: 'ul, ol',
    listitem: 'li',
    region: 'section[aria-label], section[aria-labelledby]',
    dialog: 'dialog',
    status: 'output',
  };
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (text: string, match: TextMatch) => {
    const plain = squash(text);
    if (match.kind === 'regex') return new RegExp(match.source, match.flags).test(plain);
    return match.exact ? plain === match.text : plain.toLowerCase().includes(match.text.toLowerCase());
  };
  const accessibleName = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labelledBy = element.getAttribute('aria-labelledby');
    const scope = element.getRootNode() as ParentNode;
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => scope.querySelector(`[id="${id}"]`)?.textContent ?? '')
        .join(' ');
    }
    const id = element.getAttribute('id');
    const forLabel = id ? scope.querySelector(`label[for="${id}"]`) : null;
    const wrapping = element.closest('label');
    const labelText = forLabel?.textContent ?? wrapping?.textContent;
    if (labelText) return labelText;
    return element.textContent || element.getAttribute('title') || '';
  };

  let current: Element[] | null = null;
  for (const step of steps) {
    if (step.kind === 'nth') {
      const list: Element[] = current ?? [];
      const picked: Element | undefined = list.at(step.index);
      current = picked ? [picked] : [];
      continue;
    }
    const scopes: ParentNode[] = current ?? [root];
    const selector =
      step.kind === 'css'
        ? step.selector
        : [`[role="${step.role}"]`, implicitRoles[step.role]].filter(Boolean).join(', ');
    const found = new Set<Element>();
    for (const scope of scopes) {
      for (const element of scope.querySelectorAll(selector)) {
        if (step.kind === 'css' && step.hasText && !matches(element.textContent ?? '', step.hasText))
          continue;
        if (step.kind === 'role' && step.name && !matches(accessibleName(element), step.name)) continue;
        found.add(element);
      }
    }
    // Document order, as querySelectorAll gives it, even across several scopes.
    current = [...found].sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }
  return current ?? [];
}
