/**
 * How an imported record meets the stored one with the same key. Pure decisions, so the rules
 * read in one place: plans by revision, everything else by its own timestamps, and the same data
 * twice is never a change.
 */
import { parseInstant } from '@onpace/core/calendar';
import type { Acknowledgment, CheckIn, CoachingNote, Plan } from '@onpace/core/schemas';
import type { StoredActivity } from '../storage/records';
import { sameRecord } from './same-record';

export type Merge<T> =
  | { readonly action: 'add'; readonly record: T }
  | { readonly action: 'replace'; readonly record: T }
  | { readonly action: 'keep' };

/** Epoch ms of an optional instant; a missing one is older than any. */
function instantMs(value: string | undefined): number {
  if (value === undefined) return Number.NEGATIVE_INFINITY;
  const ms = parseInstant(value);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function replaceUnlessSame<T>(existing: T, merged: T): Merge<T> {
  return sameRecord(existing, merged) ? { action: 'keep' } : { action: 'replace', record: merged };
}

/**
 * A newer revision replaces the stored plan in place; the same or an older one changes nothing
 * (an edit made here at the same revision is kept rather than silently overwritten).
 */
export function mergePlan(existing: Plan | undefined, incoming: Plan): Merge<Plan> {
  if (!existing) return { action: 'add', record: incoming };
  return incoming.revision > existing.revision ? { action: 'replace', record: incoming } : { action: 'keep' };
}

/** docs/pace.md: the last version of an activity wins; `modifiedAt` says which is last. */
export function mergeActivity(
  existing: StoredActivity | undefined,
  incoming: StoredActivity,
): Merge<StoredActivity> {
  if (!existing) return { action: 'add', record: incoming };
  if (instantMs(incoming.modifiedAt) < instantMs(existing.modifiedAt)) return { action: 'keep' };
  return replaceUnlessSame(existing, incoming);
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return instantMs(a) <= instantMs(b) ? a : b;
}

/**
 * The newer edit of a note wins (a deletion is an edit), and `readAt` is the rep's own fact: it
 * survives any import, and a manager importing the rep's file learns when the note was read.
 */
export function mergeNote(existing: CoachingNote | undefined, incoming: CoachingNote): Merge<CoachingNote> {
  if (!existing) return { action: 'add', record: incoming };
  const incomingNewer =
    instantMs(incoming.updatedAt ?? incoming.createdAt) >=
    instantMs(existing.updatedAt ?? existing.createdAt);
  const winner = incomingNewer ? incoming : existing;
  const readAt = earliest(existing.readAt, incoming.readAt);
  const { readAt: _dropped, ...rest } = winner;
  return replaceUnlessSame(existing, readAt === undefined ? rest : { ...rest, readAt });
}

export function mergeCheckIn(existing: CheckIn | undefined, incoming: CheckIn): Merge<CheckIn> {
  if (!existing) return { action: 'add', record: incoming };
  if (
    instantMs(incoming.updatedAt ?? incoming.createdAt) < instantMs(existing.updatedAt ?? existing.createdAt)
  ) {
    return { action: 'keep' };
  }
  return replaceUnlessSame(existing, incoming);
}

/** An acknowledgment is a dated fact: the first one recorded stands. */
export function mergeAcknowledgment(
  existing: Acknowledgment | undefined,
  incoming: Acknowledgment,
): Merge<Acknowledgment> {
  return existing ? { action: 'keep' } : { action: 'add', record: incoming };
}
