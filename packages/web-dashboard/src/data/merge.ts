/**
 * Writing a checked bundle into the dashboard's tables. Ledger events are added by their hash
 * (the same event twice is one event; which record wins is core's fold, never decided here).
 * Activities and rollups, which are CRM data rather than ledger records, are written only when
 * new or newer (an activity's `modifiedAt`, a rollup's `cutoff`). Runs inside one read-write
 * transaction: a problem found half-way throws, and IndexedDB rolls every write back.
 */

import { hashEvent } from '@onpace/core/ledger';
import { attributeActivities } from '@onpace/core/rollups';
import {
  type Bundle,
  type CoachingNote,
  type FieldProblem,
  type Plan,
  ValidationError,
} from '@onpace/core/schemas';
import type { Table, Transaction } from 'dexie';
import { bundleLedgers } from './ledger-events';
import { foldLedgers } from './plan-ledgers';
import type { StoredActivity } from './stored-activity';
import type { StoredEvent } from './stored-event';

/** `notes` holds private notes only: they never become ledger events (they never leave this browser). */
export const RECORD_TABLES = ['events', 'activities', 'rollups', 'notes'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export interface TableChanges {
  added: number;
  updated: number;
  unchanged: number;
}

export type MergeSummary = Record<RecordTable, TableChanges> & {
  /** Activities that belong to no rep of the known plans: not stored. */
  unmatchedActivities: number;
  /** Plans whose rows were left out because their ledger is already stored (see ledger-events.ts). */
  keptLedgers: readonly string[];
};

export interface MergeOptions {
  /** The bundle was read from a version 1 file. */
  readonly fromVersion1?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Writes `incoming` records whose stored version is absent, older, or different. */
async function mergeTable<T, K>(
  table: Table<T, K>,
  incoming: readonly T[],
  keyOf: (record: T) => K,
  isOlder: (incoming: T, stored: T) => boolean,
): Promise<TableChanges> {
  const changes: TableChanges = { added: 0, updated: 0, unchanged: 0 };
  // The last version of each key in the bundle wins, as in core's de-duplication.
  const latest = new Map<string, T>();
  for (const record of incoming) latest.set(JSON.stringify(keyOf(record)), record);
  const records = [...latest.values()];
  const stored = await table.bulkGet(records.map(keyOf));
  const writes: T[] = [];
  records.forEach((record, index) => {
    const existing = stored[index];
    if (existing === undefined) {
      changes.added++;
      writes.push(record);
    } else if (same(existing, record) || isOlder(record, existing)) {
      changes.unchanged++;
    } else {
      changes.updated++;
      writes.push(record);
    }
  });
  if (writes.length > 0) await table.bulkPut(writes);
  return changes;
}

/** A bundle's rollups must name a known plan, in its time zone (core refuses to evaluate otherwise). */
function rollupProblems(bundle: Bundle, plans: ReadonlyMap<string, Plan>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  bundle.rollups.forEach((entry, index) => {
    const plan = plans.get(entry.planId);
    if (!plan) {
      problems.push({ path: `rollups[${index}].planId`, message: `names no known plan ("${entry.planId}")` });
    } else if (plan.timeZone !== entry.rollup.timeZone) {
      problems.push({
        path: `rollups[${index}].rollup.timeZone`,
        message: `is ${entry.rollup.timeZone} but plan ${plan.id} is in ${plan.timeZone}`,
      });
    }
  });
  return problems;
}

/** Events are added, never replaced: an event is its hash. */
async function addEvents(
  table: Table<StoredEvent, string>,
  events: readonly StoredEvent[],
): Promise<TableChanges> {
  const unique = new Map(events.map((event) => [event.hash, event]));
  const stored = await table.bulkGet([...unique.keys()]);
  const fresh = [...unique.values()].filter((_, index) => stored[index] === undefined);
  if (fresh.length > 0) await table.bulkAdd(fresh);
  return { added: fresh.length, updated: 0, unchanged: unique.size - fresh.length };
}

export async function mergeBundle(
  tx: Transaction,
  bundle: Bundle,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  const eventTable = tx.table<StoredEvent, string>('events');
  const storedEvents = await eventTable.toArray();
  const storedHashes = new Set(storedEvents.map((stored) => stored.hash));
  const storedPlanIds = new Set(storedEvents.map((stored) => stored.planId));
  const { events: candidates, madeFromRows } = bundleLedgers(bundle, {
    fromVersion1: options.fromVersion1 === true,
  });
  const made = candidates.map((event) => ({ hash: hashEvent(event), planId: event.plan, event }));
  // Events made from rows for a plan whose record is stored: taken only when they are that record.
  const kept = new Set<string>();
  for (const event of made) {
    if (madeFromRows.has(event.planId) && storedPlanIds.has(event.planId) && !storedHashes.has(event.hash)) {
      kept.add(event.planId);
    }
  }
  const incoming = made.filter((event) => !kept.has(event.planId));
  const events = incoming.map((stored) => stored.event);

  const folded = foldLedgers([...storedEvents.map((stored) => stored.event), ...events]);
  const knownPlans = new Map(folded.plans.map((entry) => [entry.planId, entry.plan]));
  const problems = rollupProblems(bundle, knownPlans);
  if (problems.length > 0) throw new ValidationError('bundle', problems);

  const { byRep, unmatched } = attributeActivities([...knownPlans.values()], bundle.activities);
  const activities: StoredActivity[] = [];
  for (const [repId, list] of byRep) for (const activity of list) activities.push({ ...activity, repId });

  return {
    events: await addEvents(eventTable, incoming),
    activities: await mergeTable(
      tx.table<StoredActivity, [string, string, string, string]>('activities'),
      activities,
      (a): [string, string, string, string] => [a.repId, a.source, a.id, a.metric],
      (a, b) =>
        a.modifiedAt !== undefined &&
        b.modifiedAt !== undefined &&
        Date.parse(a.modifiedAt) < Date.parse(b.modifiedAt),
    ),
    rollups: await mergeTable(
      tx.table('rollups'),
      bundle.rollups,
      (entry) => entry.planId,
      (a, b) =>
        a.rollup.cutoff !== null &&
        b.rollup.cutoff !== null &&
        Date.parse(a.rollup.cutoff) < Date.parse(b.rollup.cutoff),
    ),
    notes: await mergeTable(
      tx.table<CoachingNote, string>('notes'),
      bundle.notes.filter((note) => note.visibility === 'private'),
      (note) => note.id,
      (a, b) => Date.parse(a.updatedAt ?? a.createdAt) < Date.parse(b.updatedAt ?? b.createdAt),
    ),
    unmatchedActivities: unmatched.length,
    keptLedgers: [...kept].sort(),
  };
}
