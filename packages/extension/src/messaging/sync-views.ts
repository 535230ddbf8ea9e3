/**
 * The answers about CRM sync and connections, for the options page's Connections section and
 * the popup's sync line. They carry states, times and messages, never a credential: a HubSpot
 * token is reported as set or not, a Salesforce session as available or not.
 */
import { z } from 'zod';
import { ApiUsage, SyncFault, SyncSource } from '../sync/state';
import { SyncSummary } from './overlay-protocol';

/** One CRM over the plans this browser syncs (one for a rep, each managed plan for a manager). */
export const SourceStatus = z.object({
  source: SyncSource,
  /** `off`: never synced or not set up; `syncing`: a pass in flight; `attention`: a fault. */
  state: SyncSummary.shape.state,
  lastSyncedAt: z.string().nullable(),
  /** The fault to act on (its message says what to do); the first, when several plans have one. */
  fault: SyncFault.nullable(),
  /** Something to know that is not a failure (a manager who may not see a rep's records). */
  notice: z.string().nullable(),
  /** The CRM's own count of API calls (Salesforce: last 24 hours; HubSpot: today), newest answer. */
  apiUsage: ApiUsage.nullable(),
});
export type SourceStatus = z.infer<typeof SourceStatus>;

export const SyncStatusView = z.object({
  salesforce: SourceStatus.extend({
    /** The My Domain host of the org seen last in a tab (not a secret). */
    apiHost: z.string().nullable(),
  }),
  hubspot: SourceStatus.extend({
    tokenSet: z.boolean(),
    /** The user's own HubSpot login email (not a secret), shown back in its field. */
    email: z.string().nullable(),
  }),
});
export type SyncStatusView = z.infer<typeof SyncStatusView>;

const Count = z.number().int().nonnegative();

/** What "sync now" did with one CRM. */
export const SyncNowSource = z.object({
  source: SyncSource,
  /** False when it stopped on a fault; `message` says what to do. */
  ok: z.boolean(),
  outcome: z.enum(['synced', 'skipped', 'waiting', 'fault']),
  /** The fault, why nothing was synced, or until when it waits; null when it synced. */
  message: z.string().nullable(),
  /** Plans synced from this CRM. */
  plans: Count,
  /** Records read, and activities written (new or changed). */
  records: Count,
  written: Count,
  requests: Count,
});
export type SyncNowSource = z.infer<typeof SyncNowSource>;

export const SyncNowSummary = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  sources: z.array(SyncNowSource),
});
export type SyncNowSummary = z.infer<typeof SyncNowSummary>;

export const SalesforceSessionView = z.object({
  apiHost: z.string().nullable(),
  sessionAvailable: z.boolean(),
});
export type SalesforceSessionView = z.infer<typeof SalesforceSessionView>;

export const HubSpotOwnerView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  archived: z.boolean(),
});
export type HubSpotOwnerView = z.infer<typeof HubSpotOwnerView>;
