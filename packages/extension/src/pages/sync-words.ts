/**
 * The sync in words, for the options page and the popup: when it last synced, what the CRM says
 * about API usage, what "sync now" did. Faults arrive already worded by the sync (what happened
 * and what to do); these helpers only frame them.
 */

import { formatCount, formatInstant } from '@onpace/core/present';
import type { SourceStatus, SyncNowSource, SyncStatusView } from '../messaging/sync-views';
import type { ApiUsage, SyncSource } from '../sync/state';

export const SOURCE_NAMES: Readonly<Record<SyncSource, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
};

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function lastSyncedWords(status: Pick<SourceStatus, 'state' | 'lastSyncedAt'>): string {
  if (status.state === 'syncing') return 'Syncing…';
  return status.lastSyncedAt === null
    ? 'Not synced yet'
    : `Last synced ${formatInstant(status.lastSyncedAt)}`;
}

/** Salesforce counts the org's calls over the last 24 hours; HubSpot the account's calls today. */
export function apiUsageWords(source: SyncSource, usage: ApiUsage | null): string | null {
  if (usage === null) return null;
  const span = source === 'salesforce' ? 'in the last 24 hours' : 'today';
  return `API usage: ${formatCount(usage.used)} of ${plural(usage.max, 'call', 'calls')} ${span}`;
}

export function syncNowWords(result: SyncNowSource): string {
  const name = SOURCE_NAMES[result.source];
  if (result.outcome !== 'synced') {
    const message = result.message ?? 'not synced.';
    // Most of the sync's messages name their CRM already ("Salesforce session expired — …").
    return message.includes(name) ? message : `${name}: ${message}`;
  }
  // One CRM record can count more than once (a won deal is a deal won and revenue): say both.
  const records = plural(result.records, 'record', 'records');
  return `${name}: synced — ${records} read, ${plural(result.written, 'activity', 'activities')} new or changed.`;
}

export type PopupSyncLine =
  | { readonly kind: 'attention'; readonly messages: readonly string[] }
  | { readonly kind: 'ok'; readonly text: string };

/** The popup's one line about the sync, or null when no CRM syncs in this browser. */
export function popupSyncLine(status: SyncStatusView): PopupSyncLine | null {
  const sources = [status.salesforce, status.hubspot].filter((source) => source.state !== 'off');
  const faults = sources.flatMap((source) => (source.fault === null ? [] : [source.fault.message]));
  if (faults.length > 0) return { kind: 'attention', messages: faults };
  if (sources.length === 0) return null;
  const names = sources.map((source) => SOURCE_NAMES[source.source]).join(' and ');
  if (sources.some((source) => source.state === 'syncing')) return { kind: 'ok', text: `Syncing ${names}…` };
  const last = sources
    .map((source) => source.lastSyncedAt)
    .filter((at) => at !== null)
    .sort()
    .at(-1);
  if (last === undefined) return null;
  return { kind: 'ok', text: `Synced from ${names} · ${formatInstant(last)}` };
}
