/**
 * Writing a checked bundle into the dashboard's tables, record by record, so that reading the
 * same data twice changes nothing: a record is written only when it is new or differs from the
 * stored one, and an older version never replaces a newer one (a plan's `revision`, a note's or
 * check-in's `updatedAt`, an activity's `modifiedAt`). Runs inside one read-write transaction:
 * a problem found half-way throws, and IndexedDB rolls every write back.
 */

import { attributeActivities } from '@onpace/core/rollups';
import { type Bundle, type FieldProblem, type Plan, ValidationError } from '@onpace/core/schemas';
import type { Table, Transaction } from 'dexie';
import type { StoredActivity } from './stored-activity';

export const RECORD_TABLES = [
  'plans',
  'activities',
  'rollups',
  'notes',
  'checkIns',
  'acknowledgments',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export interface TableChanges {
  added: number;
  updated: number;
  unchanged: number;
}

export type MergeSummary = Record<RecordTable, TableChanges> & {
  /** Activities that belong to no rep of the bundle's (or the stored) plans: not stored. */
  unmatchedActivities: number;
};

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

const editedAt = (record: { createdAt: string; updatedAt?: string | undefined }) =>
  Date.parse(record.updatedAt ?? record.createdAt);

/** A bundle's rollups must be in their plan's time zone (core refuses to evaluate otherwise). */
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

export async function mergeBundle(tx: Transaction, bundle: Bundle): Promise<MergeSummary> {
  const planTable = tx.table<Plan, string>('plans');
  const storedPlans = await planTable.toArray();
  const knownPlans = new Map(storedPlans.map((plan) => [plan.id, plan]));
  for (const plan of bundle.plans) knownPlans.set(plan.id, plan);
  const problems = rollupProblems(bundle, knownPlans);
  if (problems.length > 0) throw new ValidationError('bundle', problems);

  const owners = bundle.plans.length > 0 ? bundle.plans : storedPlans;
  const { byRep, unmatched } = attributeActivities(owners, bundle.activities);
  const activities: StoredActivity[] = [];
  for (const [repId, list] of byRep) for (const activity of list) activities.push({ ...activity, repId });

  return {
    plans: await mergeTable(
      planTable,
      bundle.plans,
      (plan) => plan.id,
      (a, b) => a.revision < b.revision,
    ),
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
      tx.table('notes'),
      bundle.notes,
      (note) => note.id,
      (a, b) => editedAt(a) < editedAt(b),
    ),
    checkIns: await mergeTable(
      tx.table('checkIns'),
      bundle.checkIns,
      (checkIn) => checkIn.id,
      (a, b) => editedAt(a) < editedAt(b),
    ),
    acknowledgments: await mergeTable(
      tx.table('acknowledgments'),
      bundle.acknowledgments,
      (ack): [string, number, string] => [ack.planId, ack.planRevision, ack.personId],
      () => false,
    ),
    unmatchedActivities: unmatched.length,
  };
}
