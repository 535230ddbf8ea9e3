/**
 * What every view reads: one entry per plan with the rollup the engine evaluates and the records
 * shown beside it. Built from a bundle (demo, file or extension) or from the dashboard's database.
 */
import type { Rollup } from '@onpace/core/rollups';
import type { Acknowledgment, Activity, CheckIn, CoachingNote, Plan } from '@onpace/core/schemas';

export interface PlanData {
  readonly plan: Plan;
  /** Daily totals of every activity known for the plan's rep, in the plan's time zone. */
  readonly rollup: Rollup;
  /**
   * Every activity known for the plan's rep, before the plan too (its baseline reads the 90 days
   * before `start`); empty when only a rollup came (the extension bridge sends no raw activity).
   */
  readonly activities?: readonly Activity[];
  readonly notes: readonly CoachingNote[];
  readonly checkIns: readonly CheckIn[];
  readonly acknowledgments: readonly Acknowledgment[];
}

export type DatasetKind = 'demo' | 'stored' | 'bench';

export interface Dataset {
  readonly kind: DatasetKind;
  readonly plans: readonly PlanData[];
  /** The as-of date the dashboard opens on for this data (the demo's fixed "today"). */
  readonly defaultAsOf: string | null;
}
