/**
 * What a full pass depends on. Stored records were mapped with one window, one rep and one set
 * of counting rules: when any of them changes (the plan is edited, its rep's CRM id corrected,
 * "what counts as a call" redefined), the mapping of every record may change, so the next run
 * must read the whole window again rather than only what changed in the CRM.
 */
import type { CountingDefinitions } from '@onpace/core/crm';
import type { SyncSource, TimeWindow } from './state';

export interface SyncKeyParts {
  readonly source: SyncSource;
  readonly window: TimeWindow;
  readonly timeZone: string;
  readonly crmUserId: string;
  readonly definitions: CountingDefinitions;
}

export function syncKey(parts: SyncKeyParts): string {
  // zod builds parsed objects in schema order, so equal rules stringify equally.
  return JSON.stringify([
    parts.source,
    parts.window.fromMs,
    parts.window.toMs,
    parts.timeZone,
    parts.crmUserId,
    parts.definitions[parts.source],
    parts.definitions.civilDateAt,
  ]);
}
