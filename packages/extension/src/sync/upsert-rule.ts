/**
 * The one rule every SyncStore applies when a page of activity versions arrives (store.ts): which
 * incoming versions to write over what is stored. Pure, so the in-memory and Dexie stores cannot
 * drift apart.
 */
import { parseInstant } from '@onpace/core/calendar';
import { type Activity, activityKey } from '@onpace/core/schemas';

export type StoredVersion = Activity & { readonly repId: string };

function modifiedMs(activity: Activity): number | null {
  if (activity.modifiedAt === undefined) return null;
  const ms = parseInstant(activity.modifiedAt);
  return Number.isNaN(ms) ? null : ms;
}

function sameVersion(stored: StoredVersion, incoming: StoredVersion): boolean {
  const fields = ['occurredAt', 'amount', 'deleted', 'ownerId', 'recordUrl', 'modifiedAt', 'repId'] as const;
  return fields.every((field) => stored[field] === incoming[field]);
}

/**
 * The rows to write, given the stored row of each incoming activity (same index; undefined when
 * none). Several versions of one key in a batch are taken in order, the later one against the
 * earlier, as if they had come one by one.
 */
export function versionsToWrite(
  stored: readonly (StoredVersion | undefined)[],
  incoming: readonly Activity[],
  repId: string,
): StoredVersion[] {
  const current = new Map<string, StoredVersion | undefined>();
  const writes = new Map<string, StoredVersion>();
  incoming.forEach((activity, index) => {
    const key = activityKey(activity);
    const before = current.has(key) ? current.get(key) : stored[index];
    const next: StoredVersion = { ...activity, repId };
    if (before === undefined && next.deleted === true) return;
    if (before !== undefined) {
      // Already retracted: a second tombstone changes nothing the rollups can see.
      if (before.deleted === true && next.deleted === true) return;
      const beforeMs = modifiedMs(before);
      const nextMs = modifiedMs(next);
      // Stryker disable next-line ConditionalExpression: without the first test, `nextMs < null` compares with 0, false for any instant after 1970
      if (beforeMs !== null && nextMs !== null && nextMs < beforeMs) return;
      if (sameVersion(before, next)) return;
    }
    current.set(key, next);
    writes.set(key, next);
  });
  return [...writes.values()];
}
