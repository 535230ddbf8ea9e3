/** One row of the team table per plan, as core evaluates it at the as-of date. */

import type { Lifecycle, PlanOutcome } from '@onpace/core/ledger';
import type { PlanEvaluation, Status } from '@onpace/core/pace';
import { businessDayOf, nextCheckIn } from '@onpace/core/pace';
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
  readonly lastNote: { readonly at: string; readonly text: string } | null;
  readonly timeZone: string;
  readonly lifecycle: Lifecycle;
  readonly outcome: PlanOutcome | null;
  /** The revision the rep acknowledged last (null when none) against the current one. */
  readonly acknowledgedRevision: number | null;
  readonly revision: number;
  readonly acknowledgedCurrent: boolean;
  readonly openDisputes: number;
  /** Problems the plan's record reports (forks, refused events…): shown as a warning. */
  readonly ledgerProblems: number;
  readonly evaluation: PlanEvaluation;
}

export function targetName(data: PlanData, targetId: string): string {
  const target = data.plan.targets.find((candidate) => candidate.id === targetId);
  if (!target) return targetId;
  const name = target.label ?? metricName(target.metric);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The shared notes as they read at the end of the as-of day (the last version written by then),
 * in the order they were last written; what was written later did not exist yet.
 */
export function notesUntil(data: PlanData, asOfDate: string): { at: string; text: string }[] {
  const until = endOfDayMs(asOfDate, data.plan.timeZone);
  const notes: { at: string; text: string }[] = [];
  for (const note of data.ledger.notes) {
    if (note.deleted && note.deletedAt !== null && Date.parse(note.deletedAt) <= until) continue;
    const written = note.history.filter((version) => Date.parse(version.at) <= until).at(-1);
    if (written) notes.push({ at: written.at, text: written.text });
  }
  return notes.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
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
    nextCheckIn: nextCheckIn(plan, data.ledger.checkIns, asOfDate),
    lastNote: notes.at(-1) ?? null,
    timeZone: plan.timeZone,
    lifecycle: data.ledger.lifecycle,
    outcome: data.ledger.outcome,
    acknowledgedRevision: data.ledger.acknowledgedRevision,
    revision: data.ledger.revision,
    acknowledgedCurrent: data.ledger.acknowledgedCurrent,
    openDisputes: data.ledger.disputes.filter((dispute) => dispute.status === 'open').length,
    ledgerProblems: data.ledger.problems.length,
    evaluation,
  };
}

export function teamRows(dataset: Dataset, asOfDate: string): TeamRow[] {
  return dataset.plans.map((data) => teamRow(data, asOfDate));
}
