/**
 * A bundle (or the database's records) → the dataset the views read. Each plan is its ledger's
 * fold (core's `foldLedger`, the one merge rule); what counts is `applyLedger` over the rep's
 * CRM activities, evaluated from those when there are any, else from the rollup the extension
 * sent for the plan, else from nothing (every actual 0).
 */
import { applyLedger } from '@onpace/core/ledger';
import { attributeActivities, type Rollup, rollupActivities } from '@onpace/core/rollups';
import type { Activity, Bundle, CoachingNote, Plan, PlanRollup } from '@onpace/core/schemas';
import type { Dataset, DatasetKind, PlanData } from './dataset';
import { bundleLedgers } from './ledger-events';
import { type FoldedLedgers, foldLedgers } from './plan-ledgers';

export interface DatasetRecords {
  /** Every plan's ledger events, as stored or carried. */
  readonly events: readonly unknown[];
  /** rep id → that rep's CRM activities (see attribution.ts). */
  readonly activitiesByRep: ReadonlyMap<string, readonly Activity[]>;
  readonly rollups: readonly PlanRollup[];
  readonly privateNotes: readonly CoachingNote[];
}

/** The sender's daily totals, when it sent no activity: the extension's pull holds what it counts. */
function sentRollup(plan: Plan, crmCount: number, sent: PlanRollup | undefined): Rollup | null {
  return crmCount === 0 && sent && sent.rollup.timeZone === plan.timeZone ? sent.rollup : null;
}

export function datasetFromBundle(bundle: Bundle, kind: DatasetKind, defaultAsOf: string | null): Dataset {
  const { events } = bundleLedgers(bundle);
  const folded = foldLedgers(events);
  const { byRep } = attributeActivities(
    folded.plans.map((entry) => entry.plan),
    bundle.activities,
  );
  return datasetFromFolded(
    folded,
    {
      activitiesByRep: byRep,
      rollups: bundle.rollups,
      privateNotes: bundle.notes.filter((note) => note.visibility === 'private'),
    },
    kind,
    defaultAsOf,
  );
}

export function datasetFromRecords(
  source: DatasetRecords,
  kind: DatasetKind,
  defaultAsOf: string | null,
): Dataset {
  return datasetFromFolded(foldLedgers(source.events), source, kind, defaultAsOf);
}

/** The dataset from ledgers already folded (a bundle folds once, to attribute its activities too). */
function datasetFromFolded(
  folded: FoldedLedgers,
  source: Omit<DatasetRecords, 'events'>,
  kind: DatasetKind,
  defaultAsOf: string | null,
): Dataset {
  const rollups = new Map(source.rollups.map((entry) => [entry.planId, entry]));
  const plans: PlanData[] = folded.plans.map(({ plan, state, events }) => {
    const crm = source.activitiesByRep.get(plan.rep.id) ?? [];
    const counted = applyLedger(crm, state);
    const sent = sentRollup(plan, crm.length, rollups.get(plan.id));
    return {
      plan,
      ledger: state,
      events,
      // keepDetail off: the dashboard evaluates at the end of a day, where daily totals are exact.
      rollup: sent ?? rollupActivities(plan, counted, { keepDetail: false }),
      countedFrom: sent ? 'sent-rollup' : 'activities',
      activities: counted,
      crmActivities: crm,
      privateNotes: source.privateNotes
        .filter((note) => note.planId === plan.id && note.deleted !== true)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  });
  const broken = folded.broken.map(({ planId, state }) => ({
    planId,
    problems: state.problems.map((problem) => `${problem.code}: ${problem.message}`),
  }));
  return { kind, plans, broken, defaultAsOf };
}
