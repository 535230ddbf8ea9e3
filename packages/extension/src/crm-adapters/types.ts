/**
 * What the overlay knows about a CRM page, whichever CRM it is. Features never touch CRM
 * markup: they ask the page's adapter for named things (the page, the record, the place).
 */
export type CrmId = 'hubspot' | 'salesforce';

/** The kind of page, from its URL alone. */
export type CrmPage =
  | {
      readonly crm: CrmId;
      readonly kind: 'record';
      /** HubSpot: contact, company, deal, ticket. Salesforce: the API name (Opportunity). */
      readonly objectType: string;
      readonly recordId: string;
    }
  | { readonly crm: CrmId; readonly kind: 'list'; readonly objectType: string }
  | { readonly crm: CrmId; readonly kind: 'home' }
  /** A page of the CRM the overlay does not show on (settings, reports, editors…). */
  | { readonly crm: CrmId; readonly kind: 'other' };

export type RecordPage = Extract<CrmPage, { kind: 'record' }>;

/** The record open in the tab, as the `page/record` message carries it. */
export interface PageRecord {
  readonly crm: CrmId;
  readonly objectType: string;
  readonly id: string;
  readonly name?: string;
  readonly url: string;
}

/** Space taken by the CRM's fixed chrome at each viewport edge, in CSS pixels. */
export interface ChromeInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: ChromeInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Where the overlay sits. `docked`: the adapter found the CRM's frame and the badge keeps
 * clear of it. `floating`: it did not (a new layout, an error page): the plain bottom-right badge.
 */
export type OverlayPlace =
  | { readonly kind: 'docked'; readonly insets: ChromeInsets }
  | { readonly kind: 'floating'; readonly insets: ChromeInsets; readonly reason: string };

/** Everything the overlay asks of a CRM. Implementations live in hubspot/ and salesforce/. */
export interface CrmAdapter {
  readonly crm: CrmId;
  /** The page kind from the URL. */
  detectPage(url: URL): CrmPage;
  /** The CRM's fixed chrome, measured now; throws a SelectorError when its landmarks are missing. */
  measureChrome(doc: Document): ChromeInsets;
  /** The open record's display name, read from the live (not a stale hidden) view; throws a SelectorError. */
  readRecordName(doc: Document): string;
  /** The record name from the tab title, the last resort when the markup moved. */
  recordNameFromTitle(title: string): string | undefined;
}
