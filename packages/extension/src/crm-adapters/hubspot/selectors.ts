/**
 * Every HubSpot selector the overlay uses, and nowhere else (docs/architecture.md, rule 2).
 * Sources are in brackets; none was verified against a live portal. HubSpot's class names
 * are hashed (styled-components): select only on data-test-id / data-selenium-* and ids.
 * When HubSpot changes its layout, change this file and its fixtures in e2e/fixtures/.
 */
export const HUBSPOT_SELECTORS = {
  /** Fixed top bar, about 44 px; seen 2024–2026 [SysAdminDoc/HubSpot-Ticket-Refined, GonzaloTorreras/HubSpot-Developer-Extension]. */
  globalToolbar: '[data-test-id="hs-global-toolbar"]',
  /** Left navigation, width from --global-nav-vertical-nav-width; 2024–2026 [same sources]. */
  verticalNav: '[data-test-id="hs-vertical-nav"]',
  /** Record page left column holding the highlight card; 2024–2026 record layout. */
  recordLeftSidebar: '#record-page-left-sidebar',
  /**
   * The record's display name, newest layout first: highlightTitle [toggl/track-extension,
   * 2026]; highlight-record-label (2024–2025); the older ProfileHighlightContainer (before 2024).
   */
  recordName: [
    '[data-selenium-test="highlightTitle"]',
    '[data-test-id="highlight-record-label"]',
    '[data-selenium-component="ProfileHighlightContainer"] div[data-selenium-test$="-highlight-details"] h3',
  ],
} as const;
