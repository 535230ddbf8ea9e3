/**
 * The CRM sync: Salesforce and HubSpot activity into the extension's store, incremental and
 * resumable. See docs/decisions/003-crm-sync.md. The background needs only `startSync`; the rest
 * is exported for the options page (settings), the popup (state, faults) and tests.
 */

export { fromRow as syncStateOfRow } from './dexie-store';
export type { SyncReport, SyncResult, SyncRunOptions, SyncTrigger } from './engine';
export type { HubSpotOwnerCheck, SalesforceSessionCheck } from './handle';
export {
  clearSyncSettings,
  HubSpotEmail,
  HubSpotToken,
  hubspotEmailItem,
  hubspotTokenItem,
} from './settings';
export { type StartSyncOptions, type SyncHandle, startSync } from './start';
export type { SyncFault, SyncState } from './state';
