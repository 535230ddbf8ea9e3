import type { CrmPage } from './types';

/**
 * One kind of CRM page, recognised from its URL. Every detector carries real sample addresses
 * (refined-github's habit): test/crm-adapters/page-samples.test.ts checks each sample is
 * recognised by its detector and by no other, and fails when a detector has none.
 */
export interface PageDetector {
  readonly name: string;
  /** Addresses of this kind of page as they appear in the CRM (ids changed). At least one. */
  readonly samples: readonly [string, ...string[]];
  detect(url: URL): CrmPage | null;
}

/** The first detector that recognises `url`, else an `other` page of that CRM. */
export function detectWith(detectors: readonly PageDetector[], url: URL, other: CrmPage): CrmPage {
  for (const detector of detectors) {
    const page = detector.detect(url);
    if (page) return page;
  }
  return other;
}
