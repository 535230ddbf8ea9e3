import { SelectorError } from './selector-error';
import type { CrmAdapter, PageRecord, RecordPage } from './types';

/** The record from the URL alone: always right, even while the DOM still shows the previous one. */
export function recordFromPage(page: RecordPage, url: URL): PageRecord {
  return { crm: page.crm, objectType: page.objectType, id: page.recordId, url: url.href };
}

/** The name shown in the live view, or undefined when the landmarks are not (yet) there. */
export function readRecordName(adapter: CrmAdapter, doc: Document): string | undefined {
  try {
    return adapter.readRecordName(doc);
  } catch (error) {
    if (error instanceof SelectorError) return undefined;
    throw error;
  }
}

/** The open record: object and id from the URL, the name from the live view, else the tab title. */
export function readPageRecord(adapter: CrmAdapter, doc: Document, page: RecordPage, url: URL): PageRecord {
  const name = readRecordName(adapter, doc) ?? adapter.recordNameFromTitle(doc.title);
  const record = recordFromPage(page, url);
  return name ? { ...record, name } : record;
}
