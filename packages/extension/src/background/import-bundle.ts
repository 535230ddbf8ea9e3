/**
 * Importing a bundle file: all or nothing. The text is parsed with core first (a malformed file
 * is refused before anything is touched), then every record is merged inside one Dexie
 * transaction, so a failure halfway leaves the database exactly as it was.
 */
import { type Bundle, safeParseBundleText } from '@onpace/core/schemas';
import type { IndexableType, Table } from 'dexie';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import type { ImportReport, MergeCounts } from '../messaging/views';
import { activityRowKey } from '../storage/records';
import { attributeBundleActivities } from './attribute-activities';
import { type BackgroundEnv, nowIso } from './env';
import { type Merge, mergeAcknowledgment, mergeActivity, mergeCheckIn, mergeNote, mergePlan } from './merge';
import { chooseFirstPlanAsMine } from './plans';
import { refreshRollups } from './rep-activities';

/** Thrown inside the transaction to roll it back; turned into a failure value outside. */
class ImportRefused extends Error {
  constructor(readonly refusal: ReturnType<typeof invalid>) {
    super(refusal.error);
  }
}

function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

/**
 * Merges records into a table with one read and one write for the lot, counting each decision.
 * The read is one cursor walk over the sorted keys (`anyOf`): IndexedDB has no multi-get, and
 * `bulkGet` of 20,000 activity keys issued 20,000 requests (10 s in Chromium).
 */
async function mergeAll<T, K>(
  table: Table<T, K>,
  incoming: readonly T[],
  keyOf: (record: T) => K,
  merge: (existing: T | undefined, record: T) => Merge<T>,
  counts: MergeCounts,
): Promise<T[]> {
  const stored = new Map<string, T>();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only saves a query; `anyOf([])` finds nothing too
  if (incoming.length > 0) {
    const keys = incoming.map((record) => keyOf(record) as IndexableType);
    // Stryker disable next-line StringLiteral: Dexie names the primary key '' inside; ':id' is its public alias
    for (const row of await table.where(':id').anyOf(keys).toArray())
      stored.set(JSON.stringify(keyOf(row)), row);
  }
  // Later rows of the same file see earlier ones, as if written one by one.
  const pending = new Map<string, T>();
  // Stryker disable next-line ArrayDeclaration: a stray element only adds an id no plan or rep has to the rollup refresh
  const written: T[] = [];
  for (const record of incoming) {
    const id = JSON.stringify(keyOf(record));
    const decision = merge(pending.get(id) ?? stored.get(id), record);
    if (decision.action === 'keep') {
      counts.unchanged++;
      continue;
    }
    if (decision.action === 'add') counts.added++;
    else counts.updated++;
    pending.set(id, decision.record);
    written.push(decision.record);
  }
  await table.bulkPut([...pending.values()]);
  return written;
}

export async function importBundleText(
  env: BackgroundEnv,
  text: string,
): Promise<Outcome<{ report: ImportReport }>> {
  const parsed = safeParseBundleText(text);
  if (!parsed.success) return invalid('bundle file', parsed.error.problems);
  return importBundle(env, parsed.data);
}

/**
 * Merges a parsed bundle. Rollups in the file are not imported: this browser computes its own
 * from the activities it holds, so the two can never disagree.
 */
export async function importBundle(
  env: BackgroundEnv,
  bundle: Bundle,
): Promise<Outcome<{ report: ImportReport }>> {
  const { db } = env;
  const at = nowIso(env);
  const tables = [db.plans, db.activities, db.notes, db.checkIns, db.acknowledgments, db.rollups];
  try {
    const report = await db.transaction('rw', tables, async () => {
      const storedPlans = await db.plans.toArray();
      const attribution = attributeBundleActivities(bundle.activities, bundle.plans, storedPlans);
      if (!attribution.ok) throw new ImportRefused(invalid('bundle file', attribution.problems));

      const report: ImportReport = {
        plans: emptyCounts(),
        activities: emptyCounts(),
        notes: emptyCounts(),
        checkIns: emptyCounts(),
        acknowledgments: emptyCounts(),
      };
      const plans = await mergeAll(db.plans, bundle.plans, (plan) => plan.id, mergePlan, report.plans);
      const activities = await mergeAll(
        db.activities,
        attribution.activities,
        activityRowKey,
        mergeActivity,
        report.activities,
      );
      await mergeAll(db.notes, bundle.notes, (note) => note.id, mergeNote, report.notes);
      await mergeAll(db.checkIns, bundle.checkIns, (checkIn) => checkIn.id, mergeCheckIn, report.checkIns);
      await mergeAll(
        db.acknowledgments,
        bundle.acknowledgments,
        (ack): [string, number, string] => [ack.planId, ack.planRevision, ack.personId],
        mergeAcknowledgment,
        report.acknowledgments,
      );
      const changedPlans = plans.map((plan) => plan.id);
      const changedReps = activities.map((activity) => activity.repId);
      await refreshRollups(db, { planIds: changedPlans, repIds: changedReps }, at);
      return report;
    });
    const [firstPlan] = bundle.plans;
    if (firstPlan) await chooseFirstPlanAsMine(firstPlan.id);
    env.changed();
    return succeed({ report });
  } catch (error) {
    if (error instanceof ImportRefused) return error.refusal;
    const reason = error instanceof Error ? error.message : String(error);
    return failure('internal', `The import failed and nothing was changed: ${reason}`);
  }
}
