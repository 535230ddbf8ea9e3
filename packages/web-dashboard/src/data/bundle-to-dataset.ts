/**
 * A bundle (or the database's records, shaped as one) → the dataset the views read. Each plan
 * is evaluated from its rep's activities when there are any, else from the rollup the extension
 * sent for it, else from nothing (every actual 0).
 */
import { attributeActivities, type Rollup, rollupActivities } from '@onpace/core/rollups';
import type { Activity, Bundle, PlanRollup } from '@onpace/core/schemas';
import type { Dataset, DatasetKind, PlanData } from './dataset';

export interface DatasetRecords
  extends Pick<Bundle, 'plans' | 'notes' | 'checkIns' | 'acknowledgments' | 'rollups'> {
  /** rep id → that rep's activities (see attribution.ts). */
  readonly activitiesByRep: ReadonlyMap<string, readonly Activity[]>;
}

function groupByPlan<T extends { planId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.planId);
    if (group) group.push(record);
    else groups.set(record.planId, [record]);
  }
  return groups;
}

function rollupFor(
  plan: Bundle['plans'][number],
  activities: readonly Activity[] | undefined,
  sent: PlanRollup | undefined,
): Rollup {
  if (
    (activities === undefined || activities.length === 0) &&
    sent &&
    sent.rollup.timeZone === plan.timeZone
  ) {
    return sent.rollup;
  }
  // keepDetail off: the dashboard evaluates at the end of a day, where daily totals are exact.
  return rollupActivities(plan, activities ?? [], { keepDetail: false });
}

export function datasetFromBundle(bundle: Bundle, kind: DatasetKind, defaultAsOf: string | null): Dataset {
  const { byRep } = attributeActivities(bundle.plans, bundle.activities);
  return datasetFromRecords({ ...bundle, activitiesByRep: byRep }, kind, defaultAsOf);
}

export function datasetFromRecords(
  source: DatasetRecords,
  kind: DatasetKind,
  defaultAsOf: string | null,
): Dataset {
  const byRep = source.activitiesByRep;
  const rollups = new Map(source.rollups.map((entry) => [entry.planId, entry]));
  const notes = groupByPlan(source.notes.filter((note) => note.deleted !== true));
  const checkIns = groupByPlan(source.checkIns.filter((checkIn) => checkIn.deleted !== true));
  const acknowledgments = groupByPlan(source.acknowledgments);
  const plans: PlanData[] = source.plans.map((plan) => ({
    plan,
    rollup: rollupFor(plan, byRep.get(plan.rep.id), rollups.get(plan.id)),
    activities: byRep.get(plan.rep.id) ?? [],
    notes: (notes.get(plan.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    checkIns: (checkIns.get(plan.id) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
    acknowledgments: acknowledgments.get(plan.id) ?? [],
  }));
  return { kind, plans, defaultAsOf };
}
