/** One row of the team table per plan, as core evaluates it at the as-of date. */

import type { PlanEvaluation, Status } from '@onpace/core/pace';
import { businessDayOf, nextCheckIn } from '@onpace/core/pace';
import type { CoachingNote } from '@onpace/core/schemas';
import { metricName } from '@onpace/core/schemas';
import type { Dataset, PlanData } from '../data/dataset';
import { endOfDayMs } from './as-of';
import { evaluateAt } from './evaluate';
import { planPaceRatio } from './plan-ratio';

export interface TargetCell {
  readonly targetId: string;
  readonly name: string;
  readonly status: Status;
  readonly required: boolean;
}

export type PlanPhase = 'before' | 'during' | 'after';

export interface TeamRow {
  readonly planId: string;
  readonly repName: string;
  readonly title: string;
  readonly label: string | null;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly status: Status;
  readonly phase: PlanPhase;
  /** Business days elapsed (`E`) and in the plan (`N`). */
  readonly dayElapsed: number;
  /** `k` of "business day k of N": core's rule, the same the popup and the overlay show. */
  readonly day: number;
  readonly dayTotal: number;
  readonly start: string;
  readonly end: string;
  readonly paceRatio: number | null;
  readonly targets: readonly TargetCell[];
  readonly nextCheckIn: string | null;
  readonly lastNote: CoachingNote | null;
  readonly evaluation: PlanEvaluation;
}

export function targetName(data: PlanData, targetId: string): string {
  const target = data.plan.targets.find((candidate) => candidate.id === targetId);
  if (!target) return targetId;
  const name = target.label ?? metricName(target.metric);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Notes written by the end of the as-of day; what was written later did not exist yet. */
export function notesUntil(data: PlanData, asOfDate: string): CoachingNote[] {
  const until = endOfDayMs(asOfDate, data.plan.timeZone);
  return data.notes.filter((note) => Date.parse(note.createdAt) <= until);
}

export function teamRow(data: PlanData, asOfDate: string): TeamRow {
  const { plan } = data;
  const evaluation = evaluateAt(data, asOfDate);
  const phase: PlanPhase = asOfDate < plan.start ? 'before' : asOfDate > plan.end ? 'after' : 'during';
  const notes = notesUntil(data, asOfDate);
  return {
    planId: plan.id,
    repName: plan.rep.name,
    title: plan.title,
    label: plan.label ?? null,
    managerId: plan.manager?.id ?? null,
    managerName: plan.manager?.name ?? null,
    status: evaluation.status,
    phase,
    dayElapsed: evaluation.businessDays.elapsed,
    day: businessDayOf(plan, evaluation.date).day,
    dayTotal: evaluation.businessDays.total,
    start: plan.start,
    end: plan.end,
    paceRatio: planPaceRatio(evaluation),
    targets: evaluation.targets.map((target) => ({
      targetId: target.targetId,
      name: targetName(data, target.targetId),
      status: target.status,
      required: target.required,
    })),
    nextCheckIn: nextCheckIn(plan, data.checkIns, asOfDate),
    lastNote: notes.at(-1) ?? null,
    evaluation,
  };
}

export function teamRows(dataset: Dataset, asOfDate: string): TeamRow[] {
  return dataset.plans.map((data) => teamRow(data, asOfDate));
}
