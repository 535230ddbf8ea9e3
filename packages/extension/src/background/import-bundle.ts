/**
 * Importing a bundle file: all or nothing. The text is parsed with core first (a malformed file
 * is refused before anything is touched; a version 1 file arrives migrated into events), then
 * inside one Dexie transaction the plan ledgers merge by set union of events (the one merge
 * rule, docs/ledger.md), each touched plan is folded again into its projection, and activities
 * merge by their own last-version rule. Every problem the fold finds (a `fork` when the file's
 * history parts from ours) is reported, never silently applied.
 */
import { foldLedger, type LedgerEventInput, legacyRecordsToEvents } from '@onpace/core/ledger';
import { type Bundle, type Plan, safeParseBundleText } from '@onpace/core/schemas';
import type { ImportLedgerReport } from '../messaging/ledger-views';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import type { ImportReport, MergeCounts } from '../messaging/views';
import { forgetFolds, readPlanEvents, storedEvent } from '../storage/ledger-store';
import { activityRowKey, type StoredActivity, type StoredEvent } from '../storage/records';
import { mergeActivity } from './activity-merge';
import { attributeBundleActivities } from './attribute-activities';
import { type BackgroundEnv, nowIso } from './env';
import { projectPlan } from './plan-projection';
import { chooseFirstPlanAsMine } from './plans';
import { refreshRollups } from './rep-activities';

/** Thrown inside the transaction to roll it back; turned into a failure value outside. */
class ImportRefused extends Error {
  constructor(readonly refusal: ReturnType<typeof invalid>) {
    super(refusal.error);
  }
}

type Category = keyof ImportReport;

/** Which line of the report an event counts in, and whether it adds a record or updates one. */
const EVENT_COUNTS: Readonly<Record<LedgerEventInput['type'], readonly [Category, 'added' | 'updated']>> = {
  'plan.issued': ['plans', 'updated'],
  'plan.activated': ['plans', 'updated'],
  'plan.extended': ['plans', 'updated'],
  'plan.closed': ['plans', 'updated'],
  'plan.acknowledged': ['acknowledgments', 'added'],
  'note.added': ['notes', 'added'],
  'note.edited': ['notes', 'updated'],
  'note.deleted': ['notes', 'updated'],
  'checkin.held': ['checkIns', 'added'],
  'checkin.answered': ['checkIns', 'updated'],
  'action.done': ['checkIns', 'updated'],
  'activity.logged': ['activities', 'added'],
  'activity.retracted': ['activities', 'updated'],
  'dispute.opened': ['disputes', 'added'],
  'dispute.resolved': ['disputes', 'updated'],
};

function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

/**
 * The bundle's events, plus events for any plan row that came without a ledger (a version 2
 * file from a writer that still sent rows only): the same conversion a version 1 file gets.
 */
function bundleEvents(bundle: Bundle, storedIds: ReadonlySet<string>): LedgerEventInput[] {
  const withLedger = new Set(bundle.events.map((event) => event.plan));
  const rowsOnly = bundle.plans.filter((plan) => !withLedger.has(plan.id) && !storedIds.has(plan.id));
  // Stryker disable next-line ConditionalExpression: no rows-only plan converts to no event; the return only skips the call
  if (rowsOnly.length === 0) return bundle.events;
  return [
    ...bundle.events,
    ...legacyRecordsToEvents({
      exportedAt: bundle.exportedAt,
      plans: rowsOnly,
      notes: bundle.notes,
      checkIns: bundle.checkIns,
      acknowledgments: bundle.acknowledgments,
    }),
  ];
}

/** The plans a bundle describes: its rows, and the latest revision its events issue. */
function bundlePlans(bundle: Bundle, events: readonly LedgerEventInput[]): Plan[] {
  const plans = new Map(bundle.plans.map((plan) => [plan.id, plan]));
  const byPlan = new Map<string, LedgerEventInput[]>();
  for (const event of events) {
    if (plans.has(event.plan)) continue;
    const list = byPlan.get(event.plan) ?? [];
    list.push(event);
    byPlan.set(event.plan, list);
  }
  for (const [planId, list] of byPlan) {
    const plan = foldLedger(list).plan;
    if (plan) plans.set(planId, plan);
  }
  return [...plans.values()];
}

async function mergeActivities(
  env: BackgroundEnv,
  incoming: readonly StoredActivity[],
  counts: MergeCounts,
): Promise<StoredActivity[]> {
  const { db } = env;
  const stored = new Map<string, StoredActivity>();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: anyOf([]) finds nothing; the check only skips the query
  if (incoming.length > 0) {
    // One cursor walk over the sorted keys: `bulkGet` of 20,000 keys issued 20,000 requests.
    // Stryker disable next-line StringLiteral: Dexie reads an empty index name as the primary key, as it does ':id'
    for (const row of await db.activities.where(':id').anyOf(incoming.map(activityRowKey)).toArray()) {
      stored.set(JSON.stringify(activityRowKey(row)), row);
    }
  }
  const pending = new Map<string, StoredActivity>();
  for (const record of incoming) {
    const id = JSON.stringify(activityRowKey(record));
    const decision = mergeActivity(pending.get(id) ?? stored.get(id), record);
    if (decision.action === 'keep') {
      counts.unchanged++;
      continue;
    }
    counts[decision.action === 'add' ? 'added' : 'updated']++;
    pending.set(id, decision.record);
  }
  const written = [...pending.values()];
  await db.activities.bulkPut(written);
  return written;
}

export interface ImportAnswer {
  readonly report: ImportReport;
  readonly ledger: ImportLedgerReport;
}

export async function importBundleText(env: BackgroundEnv, text: string): Promise<Outcome<ImportAnswer>> {
  const parsed = safeParseBundleText(text);
  if (!parsed.success) return invalid('bundle file', parsed.error.problems);
  return importBundle(env, parsed.data);
}

/**
 * Merges a parsed bundle. Rollups in the file are not imported: this browser computes its own
 * from the activities it holds, so the two can never disagree.
 */
export async function importBundle(env: BackgroundEnv, bundle: Bundle): Promise<Outcome<ImportAnswer>> {
  const { db } = env;
  const at = nowIso(env);
  const touched = new Set<string>();
  try {
    const answer = await db.transaction('rw', [db.plans, db.activities, db.events, db.rollups], async () => {
      const storedPlans = await db.plans.toArray();
      const events = bundleEvents(bundle, new Set(storedPlans.map((plan) => plan.id)));
      const attribution = attributeBundleActivities(
        bundle.activities,
        bundlePlans(bundle, events),
        storedPlans,
      );
      if (!attribution.ok) throw new ImportRefused(invalid('bundle file', attribution.problems));

      const report: ImportReport = {
        plans: emptyCounts(),
        activities: emptyCounts(),
        notes: emptyCounts(),
        checkIns: emptyCounts(),
        acknowledgments: emptyCounts(),
        disputes: emptyCounts(),
      };
      const ledger: ImportLedgerReport = { events: { added: 0, unchanged: 0 }, problems: [] };

      // Set union by hash: an event already here is the same event.
      const rows = new Map<string, StoredEvent>();
      for (const event of events) {
        const row = storedEvent(event);
        rows.set(row.hash, row);
      }
      // Stryker disable next-line StringLiteral: Dexie reads an empty index name as the primary key, as it does ':id'
      const byHash = db.events.where(':id');
      const present = new Set((await byHash.anyOf([...rows.keys()]).primaryKeys()).map(String));
      const storedIds = new Set(storedPlans.map((plan) => plan.id));
      const fresh: StoredEvent[] = [];
      const planEvents = new Set<string>();
      for (const row of rows.values()) {
        const [category, kind] = EVENT_COUNTS[row.event.type];
        const isNew = !present.has(row.hash);
        if (isNew) {
          ledger.events.added++;
          fresh.push(row);
          touched.add(row.planId);
        } else ledger.events.unchanged++;
        // Plans count once each (below); the other records once per event.
        if (category === 'plans') {
          if (isNew) planEvents.add(row.planId);
          continue;
        }
        report[category][isNew ? kind : 'unchanged']++;
      }
      for (const planId of new Set([
        ...bundle.plans.map((plan) => plan.id),
        ...[...rows.values()].map((row) => row.planId),
      ])) {
        if (!planEvents.has(planId)) report.plans.unchanged++;
        else report.plans[storedIds.has(planId) ? 'updated' : 'added']++;
      }
      // Stryker disable next-line CallExpression: the forget after the commit (below) drops these folds too; a fold read meanwhile waits for the commit and is not kept
      forgetFolds(db, touched);
      await db.events.bulkAdd(fresh);

      // Stryker disable next-line ArrayDeclaration: a stray id matches no plan and no rep
      const projected: string[] = [];
      for (const planId of new Set([...touched, ...events.map((event) => event.plan)])) {
        const state = foldLedger(await readPlanEvents(db, planId));
        for (const problem of state.problems) ledger.problems.push({ ...problem, planId });
        if (!touched.has(planId)) continue;
        const plan = projectPlan(state);
        if (plan) {
          await db.plans.put(plan);
          projected.push(planId);
        }
      }
      const activities = await mergeActivities(env, attribution.activities, report.activities);
      await refreshRollups(db, { planIds: projected, repIds: activities.map((row) => row.repId) }, at);
      return { report, ledger };
    });
    // Stryker disable next-line CallExpression: the transaction's own forget already dropped these folds, and no fold read since was kept
    forgetFolds(db, touched);
    const first = bundle.events.find((event) => event.type === 'plan.issued')?.plan ?? bundle.plans[0]?.id;
    if (first !== undefined && (await db.plans.get(first))) await chooseFirstPlanAsMine(first);
    env.changed();
    return succeed(answer);
  } catch (error) {
    // Stryker disable next-line CallExpression: the rolled-back transaction left the ledgers as the folds kept them; forgetting only costs a fold
    forgetFolds(db, touched);
    if (error instanceof ImportRefused) return error.refusal;
    const reason = error instanceof Error ? error.message : String(error);
    return failure('internal', `The import failed and nothing was changed: ${reason}`);
  }
}
