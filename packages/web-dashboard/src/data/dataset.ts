/**
 * What every view reads: one entry per plan, the fold of its ledger, with the rollup the engine
 * evaluates. Built from a bundle (demo, file or extension) or from the dashboard's database.
 */
import type { LedgerState } from '@onpace/core/ledger';
import type { Rollup } from '@onpace/core/rollups';
import type { Activity, CoachingNote, Plan } from '@onpace/core/schemas';

export interface PlanData {
  /** The ledger's current plan: the latest revision with its extensions. */
  readonly plan: Plan;
  /** The fold of the plan's ledger: lifecycle, revisions, acknowledgments, notes, check-ins, disputes. */
  readonly ledger: LedgerState;
  /** The plan's events as stored (what `ledgerTimeline` reads beside the fold). */
  readonly events: readonly unknown[];
  /**
   * `activities`: the figures are this dashboard's own count of `activities`; `sent-rollup`: the
   * daily totals the extension sent (it keeps raw activity to itself), taken as they came.
   */
  readonly countedFrom: 'activities' | 'sent-rollup';
  /** Daily totals of what counts (CRM activity with the ledger applied), in the plan's time zone. */
  readonly rollup: Rollup;
  /**
   * Every activity counted for the plan's rep, the ledger applied (manual logs, accepted
   * disputes), before the plan too (its baseline reads the 90 days before `start`); empty when
   * only a rollup came (the extension bridge sends no raw activity).
   */
  readonly activities?: readonly Activity[];
  /** The CRM's own activities for the rep, before the ledger: what the report tells apart. */
  readonly crmActivities?: readonly Activity[];
  /** This browser's private notes on the plan: never part of the shared record. */
  readonly privateNotes: readonly CoachingNote[];
}

/** A plan whose ledger gives no plan (for instance two different first revisions): shown, not hidden. */
export interface BrokenLedger {
  readonly planId: string;
  readonly problems: readonly string[];
}

export type DatasetKind = 'demo' | 'stored' | 'bench';

export interface Dataset {
  readonly kind: DatasetKind;
  readonly plans: readonly PlanData[];
  readonly broken?: readonly BrokenLedger[];
  /** The as-of date the dashboard opens on for this data (the demo's fixed "today"). */
  readonly defaultAsOf: string | null;
}
