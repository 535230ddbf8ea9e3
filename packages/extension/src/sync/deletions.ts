/**
 * Deletions a full pass finds by absence. HubSpot search never returns archived (deleted)
 * records, and a record given to another owner leaves the rep's query in both CRMs: neither
 * shows up as a change. A full pass reads every record that can count in the window, so a stored,
 * live activity of that window whose record did not come back is no longer the rep's: it becomes
 * a tombstone. The tombstone keeps the stored `modifiedAt`, so if the record does come back (a
 * later read, another plan of the same rep) its version, as new or newer, replaces the tombstone.
 */
import type { Activity } from '@onpace/core/schemas';
import type { SyncSource, TimeWindow } from './state';
import type { SyncStore } from './store';

export interface AbsenceQuestion {
  readonly repId: string;
  readonly source: SyncSource;
  readonly metrics: readonly string[];
  readonly window: TimeWindow;
  /** Ids of every record the full read of this object type returned. */
  readonly seen: readonly string[];
}

export async function tombstonesForMissing(store: SyncStore, question: AbsenceQuestion): Promise<Activity[]> {
  const live = await store.liveActivities({
    repId: question.repId,
    source: question.source,
    metrics: question.metrics,
    fromMs: question.window.fromMs,
    toMs: question.window.toMs,
  });
  const seen = new Set(question.seen);
  return live
    .filter((activity) => !seen.has(activity.id))
    .map((activity) => {
      const tombstone: Activity = {
        source: activity.source,
        id: activity.id,
        metric: activity.metric,
        occurredAt: activity.occurredAt,
        deleted: true,
      };
      if (activity.modifiedAt !== undefined) tombstone.modifiedAt = activity.modifiedAt;
      if (activity.ownerId !== undefined) tombstone.ownerId = activity.ownerId;
      return tombstone;
    });
}
