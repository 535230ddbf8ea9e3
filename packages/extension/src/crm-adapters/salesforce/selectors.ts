/**
 * Every Salesforce Lightning selector the overlay uses, and nowhere else (docs/architecture.md,
 * rule 2). Sources in brackets; none was verified against a live org. Lightning keeps earlier
 * views in the DOM, renders parts late, translates labels and names some tags per org
 * (`forcegenerated-*`): select on none of those, and scope record reads to the active view.
 * When Lightning changes, change this file and its fixtures in e2e/fixtures/.
 */
export const SALESFORCE_SELECTORS = {
  /** The global header with the app nav (one-appnav); Lightning Experience 2019–2026. */
  header: '#oneHeader',
  /** The optional bottom utility bar; SLDS utility bar, 2019–2026. */
  utilityBar: '.slds-utility-bar',
  /**
   * The live view: Lightning keeps earlier views hidden in the DOM. Standard apps use
   * `.windowViewMode-normal.active`, console apps the maximized tab host
   * [tprouvot/Salesforce-Inspector-reloaded, 2024–2026].
   */
  activeView: [
    '.windowViewMode-normal.active',
    'section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost',
  ],
  /**
   * The record name in the highlights header: records-highlights2 since API 54 (Spring '22),
   * force-highlights2 before it.
   */
  recordName: [
    'records-highlights2 slot[name="primaryField"] lightning-formatted-text',
    'force-highlights2 slot[name="primaryField"] lightning-formatted-text',
    'div.slds-page-header_record-home slot[name="primaryField"] lightning-formatted-text',
  ],
} as const;
