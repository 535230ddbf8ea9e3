import { insetsFromBoxes } from '../chrome-insets';
import { detectWith } from '../page-detector';
import { querySelectorOrFail, SelectorError, textOfFirst } from '../selector-error';
import type { CrmAdapter } from '../types';
import { SALESFORCE_OTHER_PAGE, SALESFORCE_PAGE_DETECTORS } from './pages';
import { SALESFORCE_SELECTORS as S } from './selectors';

/** The live view; never the document, or a stale hidden record would be read. */
function activeView(doc: Document): Element {
  for (const selector of S.activeView) {
    const view = doc.querySelector(selector);
    if (view) return view;
  }
  throw new SelectorError('salesforce', 'activeView', S.activeView.join(' | '));
}

/** Lightning titles read "Acme renewal | Opportunity | Salesforce". */
function nameFromTitle(title: string): string | undefined {
  const parts = title.split(' | ');
  return parts.length >= 3 ? parts[0]?.trim() || undefined : undefined;
}

export const salesforceAdapter: CrmAdapter = {
  crm: 'salesforce',
  detectPage: (url) => detectWith(SALESFORCE_PAGE_DETECTORS, url, SALESFORCE_OTHER_PAGE),
  measureChrome(doc) {
    const header = querySelectorOrFail(doc, 'salesforce', 'header', S.header);
    const utilityBar = doc.querySelector(S.utilityBar);
    return insetsFromBoxes(
      { top: header.getBoundingClientRect(), bottom: utilityBar?.getBoundingClientRect() },
      doc.documentElement.clientHeight,
    );
  },
  readRecordName: (doc) => textOfFirst(activeView(doc), 'salesforce', 'recordName', S.recordName),
  recordNameFromTitle: nameFromTitle,
};
