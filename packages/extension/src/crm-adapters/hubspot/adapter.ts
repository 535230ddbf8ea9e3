import { insetsFromBoxes } from '../chrome-insets';
import { detectWith } from '../page-detector';
import { querySelectorOrFail, textOfFirst } from '../selector-error';
import type { CrmAdapter } from '../types';
import { HUBSPOT_OTHER_PAGE, HUBSPOT_PAGE_DETECTORS } from './pages';
import { HUBSPOT_SELECTORS as S } from './selectors';

/** HubSpot titles read "Acme renewal | Deal" or "Deal: Acme renewal" depending on the era. */
function nameFromTitle(title: string): string | undefined {
  const piped = title.split(' | ')[0]?.trim();
  if (piped && piped !== title.trim()) return piped;
  const colon = /^[A-Z][a-z]+: (.+)$/.exec(title.trim());
  return colon?.[1]?.trim() || undefined;
}

export const hubspotAdapter: CrmAdapter = {
  crm: 'hubspot',
  detectPage: (url) => detectWith(HUBSPOT_PAGE_DETECTORS, url, HUBSPOT_OTHER_PAGE),
  measureChrome(doc) {
    // The toolbar is the landmark of HubSpot's frame; without it we are not where we think.
    const toolbar = querySelectorOrFail(doc, 'hubspot', 'globalToolbar', S.globalToolbar);
    const nav = doc.querySelector(S.verticalNav);
    return insetsFromBoxes(
      { top: toolbar.getBoundingClientRect(), left: nav?.getBoundingClientRect() },
      doc.documentElement.clientHeight,
    );
  },
  readRecordName(doc) {
    // The highlight card lives in the left sidebar; hidden middle-pane tabs hold other names.
    const scope = doc.querySelector(S.recordLeftSidebar) ?? doc;
    return textOfFirst(scope, 'hubspot', 'recordName', S.recordName);
  },
  recordNameFromTitle: nameFromTitle,
};
